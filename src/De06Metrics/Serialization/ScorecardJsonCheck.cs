using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Scorecards;
using De06Metrics.Units;

namespace De06Metrics.Serialization;

/// <summary>
/// Proves a scorecard JSON file sound without building it, in one pass over a window of its bytes: what
/// <c>de06 validate</c> needs to say "no problems" of a large file. The units, indicators and targets, a small part of
/// such a file, are read by <see cref="ScorecardJson.Read(ReadOnlyMemory{byte}, string)"/> itself, so every rule that
/// applies to them is the reader's own. The observations are then checked one by one where they lie, each keeping only
/// a compact key (the slots of its indicator, unit and period packed into a <see langword="long"/>): the rules of the
/// reader's plain observation and those <see cref="Scorecard.Validate(IEnumerable{Indicator}, UnitRegistry, IEnumerable{Target}, IEnumerable{Observation})"/>
/// applies across them (a known indicator and unit, a period, a value its measure accepts, no key repeated).
/// </summary>
/// <remarks>
/// The check proves or gives up; it never reports. It gives up at the first problem and at anything it does not
/// handle: a top-level property other than <c>version</c>, <c>units</c>, <c>indicators</c>, <c>targets</c> and
/// <c>observations</c> (which come last); units that change over time; an observation with any field but its
/// indicator, unit, period and a value or a numerator and denominator, or with escapes in its texts; a figure of a
/// computed indicator, or of a money indicator that has a target. The caller then reads the file the ordinary way,
/// which reports every problem. So whenever the check proves a file, the full reading finds no problem in it, and
/// counts the same items. Not thread-safe: one instance per check.
/// </remarks>
internal sealed class ScorecardJsonCheck
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>The most bytes of units, indicators and targets held to read them; a larger catalog is not checked.</summary>
    private const int MostCatalogBytes = 64 * 1024 * 1024;

    private readonly ValueText values = new();
    private readonly Utf8Lookup<int> indicatorsByText = new();
    private readonly Utf8Lookup<int> unitsByText = new();
    private readonly Utf8Lookup<int> periodsByText = new();
    private readonly Dictionary<IndicatorCode, int> indicatorSlots = [];
    private readonly List<Indicator> indicators = [];
    private readonly Dictionary<UnitId, int> unitSlots = [];
    private readonly Dictionary<ReportingPeriod, int> periodSlots = [];
    private SeenKeys keys = null!;
    private readonly PlainObservation.Probe probe = new();
    private HashSet<IndicatorCode> moneyWithTargets = [];
    private Scorecard catalog = null!;
    private int observations;

    private ScorecardJsonCheck()
    {
    }

    /// <summary>What a proved file holds: the counts <c>de06 validate</c> states.</summary>
    internal sealed record Proof(int Units, int Indicators, int Targets, int Observations);

    /// <summary>Checks a JSON file; <see langword="null"/> when it is not proved sound.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static Proof? CheckFile(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        return Check(stream);
    }

    /// <summary>Checks UTF-8 JSON read from a stream's position to its end; <see langword="null"/> when it is not proved sound.</summary>
    /// <param name="utf8">The stream.</param>
    /// <param name="window">The first window's size in bytes; it grows only to hold an item whole.</param>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static Proof? Check(Stream utf8, int window = JsonTokenStream.InitialWindow)
    {
        try
        {
            return new ScorecardJsonCheck().Run(new JsonTokenStream(utf8, Options, window, countPlaces: false));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private Proof? Run(JsonTokenStream tokens)
    {
        if (tokens.IsBlank() || !tokens.Read() || tokens.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        var catalogJson = new ArrayBufferWriter<byte>(4096);
        catalogJson.Write("{"u8);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var checkedObservations = false;
        while (tokens.Read() && tokens.TokenType == JsonTokenType.PropertyName)
        {
            var name = tokens.PropertyName;
            if (checkedObservations || !seen.Add(name))
            {
                return null;
            }

            switch (name)
            {
                case "version" or "units" or "indicators" or "targets":
                    if (!tokens.ReadValue(out var bytes, out _) || catalogJson.WrittenCount + bytes.Length > MostCatalogBytes)
                    {
                        return null;
                    }

                    if (catalogJson.WrittenCount > 1)
                    {
                        catalogJson.Write(","u8);
                    }

                    catalogJson.Write(System.Text.Encoding.UTF8.GetBytes($"\"{name}\":"));
                    catalogJson.Write(bytes.Span);
                    break;
                case "observations":
                    if (!ReadCatalog(catalogJson) || !tokens.Read() || tokens.TokenType != JsonTokenType.StartArray || !CheckObservations(tokens))
                    {
                        return null;
                    }

                    checkedObservations = true;
                    break;
                default:
                    return null;
            }
        }

        return checkedObservations && tokens.TokenType == JsonTokenType.EndObject && tokens.AtEnd()
            ? new Proof(catalog.Units.Count, catalog.Indicators.Length, catalog.Targets.Length, observations)
            : null;
    }

    // The file without its observations, read the ordinary way: sound, and of one unit tree.
    private bool ReadCatalog(ArrayBufferWriter<byte> catalogJson)
    {
        catalogJson.Write((catalogJson.WrittenCount > 1 ? ",\"observations\":[]}"u8 : "\"observations\":[]}"u8));
        var read = JsonScorecardReader.Read(catalogJson.WrittenMemory, ScorecardJson.DefaultFileName);
        if (!read.Problems.IsEmpty || read.Scorecard.Timeline is not null || read.Scorecard.Indicators.Length >= 1 << SeenKeys.IndicatorBits ||
            read.Scorecard.Units.Count >= 1 << SeenKeys.UnitBits)
        {
            return false;
        }

        catalog = read.Scorecard;
        keys = new SeenKeys(catalog.Indicators.Length, catalog.Units.Count);
        moneyWithTargets = [.. catalog.Targets.Where(target => catalog.TryGetIndicator(target.Indicator, out var indicator) && indicator.Measure.Kind == MeasureKind.Money)
            .Select(target => target.Indicator)];
        return true;
    }

    private bool CheckObservations(JsonTokenStream tokens)
    {
        JsonTokenStream.InPlaceReader inPlace = (ref Utf8JsonReader reader, long _) => CheckObservation(ref reader);
        var afterAnItem = false;
        while (true)
        {
            // Once an item has been read, those that follow it written plainly in the window are read straight from
            // its bytes, without a reader's tokens; the first item that is not (or not whole) goes to the reader.
            if (afterAnItem)
            {
                var taken = CheckPlainItems(tokens.AfterItem);
                if (taken < 0)
                {
                    return false;
                }

                if (taken > 0)
                {
                    tokens.SkipItems(taken);
                }
            }

            afterAnItem = true;
            if (tokens.TryReadInPlace(inPlace))
            {
                continue;
            }

            // Not whole in the window (or not sound): read whole, then checked again.
            if (!tokens.ReadValue(out var whole, out _))
            {
                return true;
            }

            var reader = new Utf8JsonReader(whole.Span, Options);
            reader.Read();
            if (!CheckObservation(ref reader) || reader.Read())
            {
                return false;
            }
        }
    }

    // Checks the items written plainly at the start of the bytes, one after another: the bytes they take, or -1 at the
    // first that is not sound. One call a window, so that it is soon compiled again at the runtime's best.
    private int CheckPlainItems(ReadOnlySpan<byte> bytes)
    {
        var taken = 0;
        while (PlainObservation.ScanNext(bytes[taken..], out var item) is var length and > 0)
        {
            var slots = new Slots(this);
            if (!slots.FindIndicator(item.Indicator) || !slots.FindUnit(item.Unit) || !slots.FindPeriod(item.Period) ||
                !Keep(slots, item.Value, item.Numerator, item.Denominator))
            {
                return -1;
            }

            taken += length;
        }

        return taken;
    }

    /// <summary>
    /// Checks an observation written plainly, from a reader on its first token, as the reader's plain observation is
    /// read: its indicator, unit and period as strings without escapes, a value or a numerator and denominator as
    /// numbers a decimal holds exactly, nothing else. Its key is kept only once it is whole and sound.
    /// </summary>
    private bool CheckObservation(ref Utf8JsonReader reader)
    {
        var slots = new Slots(this);
        return PlainObservation.TryRead(ref reader, ref slots, out var value, out var numerator, out var denominator) &&
            Keep(slots, value, numerator, denominator);
    }

    // The item's own rules, then those the scorecard applies to it: no formula, a value its measure accepts, no money
    // margin to check against a target, a key not seen before; the key is kept.
    private bool Keep(Slots slots, decimal? value, decimal? numerator, decimal? denominator)
    {
        var of = indicators[slots.Indicator];
        probe.Reset();
        var measured = ItemRules.Value(of, value, numerator, denominator, probe);
        if (measured is not { } sound || probe.Failed || of.Formula is not null || !of.Measure.Accepts(sound, out _) ||
            (moneyWithTargets.Count > 0 && moneyWithTargets.Contains(of.Code)) ||
            !keys.Add(slots.Indicator, slots.Unit, slots.Period))
        {
            return false;
        }

        observations++;
        return true;
    }

    // The slots of a plain observation's indicator, unit and period, each found by its bytes as it comes.
    private struct Slots(ScorecardJsonCheck check) : IPlainObservationKeys
    {
        public int Indicator;
        public int Unit;
        public int Period;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool FindIndicator(ReadOnlySpan<byte> utf8) => check.indicatorsByText.TryGet(utf8, out Indicator) || check.IndicatorSlot(utf8, out Indicator);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool FindUnit(ReadOnlySpan<byte> utf8) => check.unitsByText.TryGet(utf8, out Unit) || check.UnitSlot(utf8, out Unit);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool FindPeriod(ReadOnlySpan<byte> utf8) => check.periodsByText.TryGet(utf8, out Period) || check.PeriodSlot(utf8, out Period);
    }

    // The slot of the catalog's indicator of a code as written (trimmed, as the reader trims it).
    private bool IndicatorSlot(ReadOnlySpan<byte> utf8, out int slot)
    {
        if (indicatorsByText.TryGet(utf8, out slot))
        {
            return true;
        }

        if (PlainObservation.TextOf(utf8) is not { } text || text.Trim() is not { Length: > 0 } code)
        {
            return false;
        }

        Indicator? indicator;
        try
        {
            if (!catalog.TryGetIndicator(new IndicatorCode(code), out indicator))
            {
                return false;
            }
        }
        catch (ArgumentException)
        {
            return false;
        }

        if (!indicatorSlots.TryGetValue(indicator.Code, out slot))
        {
            slot = indicators.Count;
            indicatorSlots.Add(indicator.Code, slot);
            indicators.Add(indicator);
        }

        indicatorsByText.Add(utf8, slot);
        return true;
    }

    // The slot of a registered unit's id as written (trimmed).
    private bool UnitSlot(ReadOnlySpan<byte> utf8, out int slot)
    {
        if (unitsByText.TryGet(utf8, out slot))
        {
            return true;
        }

        if (PlainObservation.TextOf(utf8) is not { } text || text.Trim() is not { Length: > 0 } id)
        {
            return false;
        }

        UnitId unit;
        try
        {
            unit = new UnitId(id);
        }
        catch (ArgumentException)
        {
            return false;
        }

        if (!catalog.Units.Contains(unit))
        {
            return false;
        }

        if (!unitSlots.TryGetValue(unit, out slot))
        {
            slot = unitSlots.Count;
            unitSlots.Add(unit, slot);
        }

        unitsByText.Add(utf8, slot);
        return true;
    }

    // The slot of a period's label as written (trimmed); two labels of one period share it.
    private bool PeriodSlot(ReadOnlySpan<byte> utf8, out int slot)
    {
        if (periodsByText.TryGet(utf8, out slot))
        {
            return true;
        }

        if (PlainObservation.TextOf(utf8) is not { } text || text.Trim() is not { Length: > 0 } label || !values.TryPeriod(label, out var period, out _))
        {
            return false;
        }

        if (!periodSlots.TryGetValue(period, out slot))
        {
            if (periodSlots.Count >= 1 << SeenKeys.PeriodBits)
            {
                return false;
            }

            slot = periodSlots.Count;
            periodSlots.Add(period, slot);
        }

        periodsByText.Add(utf8, slot);
        return true;
    }
}
