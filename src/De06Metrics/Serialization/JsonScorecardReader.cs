using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Scorecards;
using De06Metrics.Text;
using De06Metrics.Units;
using NodaTime;

namespace De06Metrics.Serialization;

/// <summary>
/// Reads the JSON form of a scorecard (see <c>docs/data-format.md</c>) item by item from a stream: each item of an
/// array is read whole, interpreted, and let go, so memory follows the largest item, not the file. Units and
/// indicators are read in a first pass and targets and observations, when they come first, in a second, so the
/// top-level properties may come in any order. Nothing may follow the top-level object. Not thread-safe: one instance
/// per read.
/// </summary>
internal sealed class JsonScorecardReader : IFieldProblems
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private static readonly Dictionary<string, string[]> UnitShape = new(StringComparer.Ordinal)
    {
        [""] = ["id", "name", "kind", "parent", "validFrom", "validTo"],
        ["name"] = ["vi", "en"],
    };

    private static readonly Dictionary<string, string[]> SuccessionShape = new(StringComparer.Ordinal)
    {
        [""] =
        [
            "kind", "effectiveOn", "operationalOn", "unit", "merged", "into", "parts", "name", "from", "to", "indicators", "description",
            "childrenTo", "responsibilitiesTo", "source",
        ],
        ["name"] = ["vi", "en"],
        ["description"] = ["vi", "en"],
        ["source"] = ["document", "issuedOn", "note"],
    };

    private static readonly string[] PartShape = ["unit", "share", "children"];

    private static readonly Dictionary<string, string[]> IndicatorShape = new(StringComparer.Ordinal)
    {
        [""] = ["code", "name", "measure", "polarity", "decimals", "rollUp", "accumulation", "responsibility", "formula"],
        ["name"] = ["vi", "en"],
        ["measure"] = ["kind", "unit", "unitSingular", "currency", "scale", "maximum", "per", "perSingular", "perQuantity"],
        ["measure.unit"] = ["vi", "en"],
        ["measure.per"] = ["vi", "en"],
        ["formula"] = ["kind", "parts"],
        ["responsibility"] = ["lead", "coordinating"],
    };

    private static readonly Dictionary<string, string[]> TargetShape = new(StringComparer.Ordinal)
    {
        [""] = ["indicator", "unit", "period", "goal", "responsibility", "source", "start"],
        ["goal"] = ["kind", "value", "high", "tolerance", "scale"],
        ["responsibility"] = ["lead", "coordinating"],
        ["source"] = ["document", "issuedOn", "note"],
        ["start"] = ["value", "date"],
    };

    // A start written as a word ("start": "previous") has no properties to check.
    private static readonly Dictionary<string, string[]> TargetShapeWithWordStart = new(TargetShape.Where(pair => pair.Key != "start"), StringComparer.Ordinal);

    private static readonly Dictionary<string, string[]> ObservationShape = new(StringComparer.Ordinal)
    {
        [""] = ["indicator", "unit", "period", "value", "scale", "numerator", "denominator", "asOf", "source", "status", "statusNote", "publishedOn"],
        ["source"] = ["document", "issuedOn", "note"],
    };

    private static readonly Dictionary<string, string[]> NoteShape = new(StringComparer.Ordinal)
    {
        [""] = ["indicator", "unit", "period", "text", "override"],
        ["override"] = ["status", "reason", "setBy"],
    };

    private static readonly Dictionary<string, string[]> TrajectoryShape = new(StringComparer.Ordinal)
    {
        [""] = ["indicator", "unit", "method", "baseline", "end", "milestones"],
        ["baseline"] = ["year", "value"],
        ["end"] = ["year", "value"],
    };

    private static readonly string[] MilestoneShape = ["year", "value"];

    private static readonly string[] TopLevel =
        ["version", "successionDates", "dataClosing", "options", "units", "indicators", "successions", "targets", "observations", "notes", "trajectories"];

    private readonly Func<JsonTokenStream> open;
    private readonly bool canReadTwice;
    private readonly string file;
    private readonly ScorecardBuilder builder = new();
    private readonly ValueText values = new();
    private readonly Utf8Lookup<Indicator> knownIndicators = new();
    private readonly Utf8Lookup<UnitId> knownUnits = new();
    private readonly Utf8Lookup<ReportingPeriod> knownPeriods = new();
    private readonly PlainObservation.Probe probe = new();
    private JsonTokenStream.InPlaceReader? readPlainObservation;
    private readonly List<(string Array, List<KeptItem> Items)> kept = [];
    private JsonTokenStream tokens = null!;
    private ItemArray table;
    private string arrayName = string.Empty;
    private JsonPlaces places = null!;
    private int itemIndex;
    private LocatedJsonValue item = null!;
    private ReadOnlyMemory<byte> itemBytes;
    private long itemOffset;
    private (int Line, int Column) itemPlace;
    private bool itemFailed;

    private JsonScorecardReader(Func<JsonTokenStream> open, bool canReadTwice, string file)
    {
        this.open = open;
        this.canReadTwice = canReadTwice;
        this.file = file;
    }

    /// <summary>The largest window this read held, in bytes: what reading cost beyond what it built.</summary>
    private int largestWindow;

    public static ScorecardReadResult Read(ReadOnlyMemory<byte> utf8, string file) =>
        Read(() => new JsonTokenStream(utf8, Options), canReadTwice: true, file, out _);

    /// <summary>
    /// Reads a stream from its position. A stream that can seek is read again from there when the targets and
    /// observations come before the units and indicators; one that cannot keeps those arrays' items until the units
    /// and indicators are read. <paramref name="largestWindow"/> is the most bytes of the stream held at once.
    /// </summary>
    public static ScorecardReadResult Read(Stream utf8, string file, out int largestWindow, int window = JsonTokenStream.InitialWindow)
    {
        if (utf8.CanSeek)
        {
            var origin = utf8.Position;
            return Read(() => new JsonTokenStream(Rewound(utf8, origin), Options, window), canReadTwice: true, file, out largestWindow);
        }

        return Read(() => new JsonTokenStream(utf8, Options, window), canReadTwice: false, file, out largestWindow);

        static Stream Rewound(Stream stream, long origin)
        {
            stream.Position = origin;
            return stream;
        }
    }

    /// <summary>Reads a file, opening it once for each pass.</summary>
    public static ScorecardReadResult ReadFile(string path)
    {
        FileStream? current = null;
        try
        {
            return Read(
                () =>
                {
                    current?.Dispose();
                    current = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
                    return new JsonTokenStream(current, Options);
                },
                canReadTwice: true,
                path,
                out _);
        }
        finally
        {
            current?.Dispose();
        }
    }

    private static ScorecardReadResult Read(Func<JsonTokenStream> open, bool canReadTwice, string file, out int largestWindow)
    {
        var reader = new JsonScorecardReader(open, canReadTwice, file);
        reader.ReadAll();
        largestWindow = reader.largestWindow;
        return reader.builder.Build([file]);
    }

    private void ReadAll()
    {
        tokens = open();
        try
        {
            if (tokens.IsBlank())
            {
                builder.Report(new DataProblem(new DataLocation(file), "the file is empty; a scorecard is a JSON object with units, indicators, targets and observations."));
                _ = builder.Units;
                return;
            }

            // One pass reads a file whose units and indicators come before its targets and observations, as written. When
            // they come after, the targets and observations are skipped and read in a second pass, once the catalog is
            // known (or, from a stream that cannot be read twice, kept until then).
            var read = new HashSet<string>(StringComparer.Ordinal);
            if (Pass(read, first: true))
            {
                if (canReadTwice)
                {
                    largestWindow = Math.Max(largestWindow, tokens.LargestWindow);
                    tokens = open();
                    Pass(read, first: false);
                }
                else
                {
                    ReadKept(read);
                }
            }

            _ = builder.Units;
        }
        finally
        {
            largestWindow = Math.Max(largestWindow, tokens.LargestWindow);
        }
    }

    /// <summary>Reads the top-level object; returns whether targets or observations were left for a second pass.</summary>
    private bool Pass(HashSet<string> read, bool first)
    {
        try
        {
            tokens.Read();
            if (tokens.TokenType != JsonTokenType.StartObject)
            {
                Report(tokens.PlaceOf(tokens.TokenOffset), "$", "a scorecard is a JSON object with units, indicators, targets and observations.", null, null);
                return false;
            }

            var deferred = ReadTopLevel(read, first);
            if (first)
            {
                CheckNothingFollows();
            }

            return deferred;
        }
        catch (JsonException exception) when (first)
        {
            var (line, column) = exception.LineNumber is { } lineNumber
                ? tokens.PlaceOfLineByte(lineNumber, exception.BytePositionInLine ?? 0)
                : tokens.PlaceOfEnd();
            builder.Report(new DataProblem(new DataLocation(file, line, column), $"the JSON is malformed: {MessageOf(exception)} Nothing after this point was read."));
            return read.Count < 4 && (read.Contains("units") || read.Contains("indicators"));
        }
        catch (JsonException)
        {
            // The first pass reported it.
            return false;
        }
    }

    /// <summary>
    /// Reports anything but white space and comments after the scorecard's object: a pasted tail or a second export
    /// would otherwise be dropped without a word.
    /// </summary>
    private void CheckNothingFollows()
    {
        try
        {
            if (!tokens.AtEnd())
            {
                Report(tokens.PlaceOf(tokens.TokenOffset), "$", TrailingContent, null, null);
            }
        }
        catch (JsonException exception)
        {
            var (line, column) = exception.LineNumber is { } lineNumber
                ? tokens.PlaceOfLineByte(lineNumber, exception.BytePositionInLine ?? 0)
                : tokens.PlaceOfEnd();
            builder.Report(new DataProblem(new DataLocation(file, line, column, "$"), TrailingContent));
        }
    }

    private const string TrailingContent =
        "more follows the scorecard's closing brace (two files joined, or a pasted tail?); a file holds one scorecard, and nothing after its end was read.";

    private static string MessageOf(JsonException exception)
    {
        var message = exception.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    private bool ReadTopLevel(HashSet<string> read, bool first)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var deferred = false;
        while (tokens.Read() && tokens.TokenType == JsonTokenType.PropertyName)
        {
            var name = tokens.PropertyName;
            var namePlace = tokens.PlaceOf(tokens.TokenOffset);
            var firstTime = seen.Add(name);
            if (!first)
            {
                if (firstTime && name is "targets" or "observations" or "successions" or "notes" or "trajectories" && !read.Contains(name))
                {
                    tokens.Read();
                    if (tokens.TokenType == JsonTokenType.StartArray)
                    {
                        ReadItems(name);
                    }
                    else
                    {
                        tokens.SkipRest();
                    }
                }
                else
                {
                    tokens.SkipValue();
                }

                continue;
            }

            if (!firstTime)
            {
                Report(namePlace, "$." + name, "the property is repeated; only its first occurrence is read.", name, null);
                tokens.SkipValue();
                continue;
            }

            switch (name)
            {
                case "version":
                    var (version, versionPlace) = ReadWhole();
                    if (version.Number != 1m)
                    {
                        Report(versionPlace, "$.version", "this reader reads version 1 of the format.", "version", version.Raw);
                    }

                    break;
                case "successionDates":
                    var (dates, datesPlace) = ReadWhole();
                    if (dates.Kind == JsonTokenType.String && dates.Text is { } word && Tokens.SuccessionDates.TryParse(word.Trim(), out var basis))
                    {
                        builder.Timeline.SuccessionDates = basis;
                    }
                    else
                    {
                        Report(datesPlace, "$.successionDates", $"expected {Tokens.SuccessionDates.Expected}.", "successionDates", dates.Raw);
                    }

                    break;
                case "dataClosing":
                    var (closing, closingPlace) = ReadWhole();
                    var closingText = closing.Kind switch
                    {
                        JsonTokenType.String => closing.Text,
                        JsonTokenType.Number => closing.Raw,
                        _ => null,
                    };
                    if (closingText is not null && TrajectoryRules.TryDataClosing(closingText, out var rule))
                    {
                        builder.DataClosing = rule;
                    }
                    else
                    {
                        Report(closingPlace, "$.dataClosing", $"expected {TrajectoryRules.ExpectedDataClosing}.", "dataClosing", closing.Raw);
                    }

                    break;
                case "options":
                    ReadOptions();
                    break;
                case "units" or "indicators" or "targets" or "observations" or "successions" or "notes" or "trajectories":
                    if (name == "successions")
                    {
                        builder.Timeline.DeclareTimeline();
                    }

                    tokens.Read();
                    if (tokens.TokenType != JsonTokenType.StartArray)
                    {
                        var place = tokens.PlaceOf(tokens.TokenOffset);
                        Report(place, "$." + name, "expected an array.", name, null);
                        NotRead(name, new DataLocation(file, place.Line, place.Column, "$." + name));
                        tokens.SkipRest();
                    }
                    else if (name is "units" or "indicators" || (read.Contains("units") && read.Contains("indicators")))
                    {
                        ReadItems(name);
                        read.Add(name);
                    }
                    else
                    {
                        deferred = true;
                        if (canReadTwice)
                        {
                            tokens.SkipRest();
                        }
                        else
                        {
                            Keep(name);
                        }
                    }

                    break;
                case "tasks" or "taskItems" or "tree":
                    // Read by JsonTaskReader (and the tree by JsonTreeReader) once the scorecard's units and indicators are known.
                    tokens.SkipValue();
                    break;
                default:
                    Report(namePlace, "$." + name, $"unknown property; a scorecard has {string.Join(", ", TopLevel)}.", name, null);
                    tokens.SkipValue();
                    break;
            }
        }

        return deferred;
    }

    /// <summary>Reads the <c>options</c> object: each option's value checked, a bad or unknown one reported where it stands.</summary>
    private void ReadOptions()
    {
        tokens.ReadValue(out var bytes, out var offset);
        var reader = new Utf8JsonReader(bytes.Span, Options);
        reader.Read();
        var options = LocatedJsonValue.Read(ref reader, offset);
        var place = tokens.PlaceOf(offset);
        (int Line, int Column) At(long at) => JsonTokenStream.PlaceWithin(bytes.Span, place, offset, at);
        if (options.Kind != JsonTokenType.StartObject || options.Properties is not { } properties)
        {
            Report(place, "$.options", "expected an object of options.", "options", options.Raw);
            return;
        }

        var spec = new OptionRules.Spec();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, nameOffset, value) in properties)
        {
            var path = "$.options." + name;
            var index = Array.FindIndex(OptionRules.Names, pair => pair.Json == name);
            if (index < 0)
            {
                Report(At(nameOffset), path, $"unknown option; the options are {string.Join(", ", OptionRules.Names.Select(pair => pair.Json))}.", name, null);
                continue;
            }

            if (!seen.Add(name))
            {
                Report(At(nameOffset), path, "the option is repeated; only its first occurrence is read.", name, null);
                continue;
            }

            // A number for the tolerance, true or false for a choice of two, a string for the rest.
            var text = value.Kind switch
            {
                JsonTokenType.Number when index == 0 => value.Raw,
                JsonTokenType.True or JsonTokenType.False when index is 3 or 6 => value.Raw,
                JsonTokenType.String when index is not (0 or 3 or 6) => value.Text,
                _ => null,
            };
            if (text is null || !spec.TrySet(index, text, out var expected))
            {
                _ = spec.TrySet(index, string.Empty, out expected);
                Report(At(value.Offset), path, $"expected {expected}.", name, value.Raw);
            }
        }

        builder.Options = spec.ToOptions();
    }

    private void NotRead(string name, DataLocation cause)
    {
        if (name == "units")
        {
            builder.UnitsNotRead(cause);
        }
        else if (name == "indicators")
        {
            builder.IndicatorsNotRead(cause);
        }
    }

    /// <summary>Reads the value that follows whole (a top-level setting), with its place.</summary>
    private (LocatedJsonValue Value, (int Line, int Column) Place) ReadWhole()
    {
        tokens.ReadValue(out var bytes, out var offset);
        var reader = new Utf8JsonReader(bytes.Span, Options);
        reader.Read();
        return (LocatedJsonValue.Read(ref reader, offset), tokens.PlaceOf(offset));
    }

    private void ReadItems(string name)
    {
        BeginArray(name);
        var index = 0;
        var observations = table == ItemArray.Observations;
        var afterAnItem = false;
        while (true)
        {
            // Once an observation has been read in place, those that follow it written plainly in the window are read
            // straight from its bytes, without a reader's tokens, up to the first that is not so plain, not whole or not
            // sound, which the reader takes.
            if (afterAnItem && ReadPlainItems(tokens.AfterItem, tokens.AfterItemOffset, ref index) is > 0 and var taken)
            {
                tokens.SkipItems(taken);
            }

            // A plain observation is read where it lies; anything else, or one that is not whole in the window, is
            // read whole and then interpreted.
            itemIndex = index;
            afterAnItem = observations && tokens.TryReadInPlace(readPlainObservation ??= ReadPlainObservationInPlace);
            if (afterAnItem)
            {
                index++;
                continue;
            }

            if (!tokens.ReadValue(out var bytes, out var offset))
            {
                break;
            }

            ReadItem(bytes, offset, tokens.PlaceOf(offset), index++, tryPlain: !observations);
        }
    }

    // Reads the observations written plainly at the start of the bytes (at the given offset in the text), one after
    // another, as TryPlainObservation reads them: the bytes they take. One call a window, so that it is soon compiled
    // again at the runtime's best.
    private int ReadPlainItems(ReadOnlySpan<byte> bytes, long offset, ref int index)
    {
        var taken = 0;
        while (PlainObservation.ScanNext(bytes[taken..], out var item) is var length and > 0)
        {
            var keys = new KnownKeys(this);
            if (!keys.FindIndicator(item.Indicator) || !keys.FindUnit(item.Unit) || !keys.FindPeriod(item.Period) ||
                PlainValue(keys.Indicator!, item.Value, item.Numerator, item.Denominator) is not { } sound)
            {
                break;
            }

            // Its place is asked for only once it is read: places are counted forward, and the bytes let go end before
            // an item left.
            itemIndex = index++;
            itemOffset = offset + taken + item.Start;
            itemPlace = tokens.PlaceOf(itemOffset);
            itemFailed = false;
            builder.AddObservation(new Observation(keys.Indicator!.Code, keys.Unit, keys.Period!, sound), Address());
            taken += length;
        }

        return taken;
    }

    private bool ReadPlainObservationInPlace(ref Utf8JsonReader reader, long offset)
    {
        itemOffset = offset;
        itemPlace = tokens.PlaceOf(offset);
        itemFailed = false;
        return TryPlainObservation(ref reader);
    }

    /// <summary>Keeps an array's items, from a stream that cannot be read twice, until the units and indicators are read.</summary>
    private void Keep(string name)
    {
        var items = new List<KeptItem>();
        while (tokens.ReadValue(out var bytes, out var offset))
        {
            items.Add(new KeptItem(bytes.ToArray(), offset, tokens.PlaceOf(offset)));
        }

        kept.Add((name, items));
    }

    private void ReadKept(HashSet<string> read)
    {
        foreach (var (name, items) in kept)
        {
            if (read.Contains(name))
            {
                continue;
            }

            BeginArray(name);
            for (var i = 0; i < items.Count; i++)
            {
                ReadItem(items[i].Bytes, items[i].Offset, items[i].Place, i);
            }
        }

        kept.Clear();
    }

    private void BeginArray(string name)
    {
        arrayName = name;
        table = name switch
        {
            "units" => ItemArray.Units,
            "indicators" => ItemArray.Indicators,
            "targets" => ItemArray.Targets,
            "successions" => ItemArray.Successions,
            "notes" => ItemArray.Notes,
            "trajectories" => ItemArray.Trajectories,
            _ => ItemArray.Observations,
        };
        var currentTable = table;
        places = new JsonPlaces(file, name, field => JsonPathOf(currentTable, field));
    }

    private void ReadItem(ReadOnlyMemory<byte> bytes, long offset, (int Line, int Column) place, int index, bool tryPlain = true)
    {
        itemIndex = index;
        itemBytes = bytes;
        itemOffset = offset;
        itemPlace = place;
        itemFailed = false;
        if (table == ItemArray.Observations && tryPlain)
        {
            var plain = new Utf8JsonReader(bytes.Span, Options);
            plain.Read();
            if (TryPlainObservation(ref plain))
            {
                return;
            }
        }

        var reader = new Utf8JsonReader(bytes.Span, Options);
        reader.Read();
        item = LocatedJsonValue.Read(ref reader, offset);
        if (item.Kind != JsonTokenType.StartObject)
        {
            Report(item.Offset, ItemPath, "expected an object.", null, null);
            return;
        }

        switch (table)
        {
            case ItemArray.Units:
                ReadUnit();
                break;
            case ItemArray.Indicators:
                ReadIndicator();
                break;
            case ItemArray.Targets:
                ReadTarget();
                break;
            case ItemArray.Successions:
                ReadSuccession();
                break;
            case ItemArray.Notes:
                ReadNote();
                break;
            case ItemArray.Trajectories:
                ReadTrajectory();
                break;
            default:
                ReadObservation();
                break;
        }

        // A unit or indicator left out is a cause: what names it is counted against it, not listed.
        if (itemFailed && table is ItemArray.Units or ItemArray.Indicators &&
            item[table == ItemArray.Units ? "id" : "code"] is { Kind: JsonTokenType.String, Text: { } key } && !string.IsNullOrWhiteSpace(key))
        {
            if (table == ItemArray.Units)
            {
                builder.UnitLeftOut(new UnitId(key.Trim()), Address().Row);
            }
            else
            {
                builder.IndicatorLeftOut(new IndicatorCode(key.Trim()), Address().Row);
            }
        }
    }

    private void ReadUnit()
    {
        CheckShape(UnitShape);
        var id = String("id", required: true);
        var name = Text("name", required: true);
        var kind = Token("kind", Tokens.UnitKinds, required: true);
        var parent = String("parent", required: false);
        var validFrom = Date("validFrom");
        var validTo = Date("validTo");
        if (validFrom is { } first && validTo is { } last && last < first)
        {
            Fail("validTo", "the unit's last day comes before its first day (validFrom).");
        }

        if (itemFailed)
        {
            return;
        }

        Build("parent", () => builder.AddUnit(
            new ResponsibleUnit(new UnitId(id!), name!.Value, kind!.Value, parent is null ? null : new UnitId(parent)), Address(), validFrom, validTo));
    }

    private void ReadSuccession()
    {
        CheckShape(SuccessionShape);
        var kind = Token("kind", Tokens.SuccessionKinds, required: true);
        var effectiveOn = Date("effectiveOn", required: true);
        var operationalOn = Date("operationalOn");
        if (item["source"] is null or { Kind: JsonTokenType.Null })
        {
            Fail("source", "a succession needs its source: the document that decided it (source.document, with issuedOn and note where known).");
        }

        var source = Source();
        var unit = Unit("unit");
        var merged = UnitList("merged");
        var into = Unit("into");
        var parts = Parts();
        var name = Text("name", required: false);
        var from = Unit("from");
        var to = Unit("to");
        var indicators = UnitList("indicators", units: false)?.Select(id => new IndicatorCode(id.Value)).ToImmutableArray();
        var description = Text("description", required: false);
        var childrenTo = Unit("childrenTo");
        var responsibilitiesTo = Unit("responsibilitiesTo");
        if (itemFailed || kind is null || effectiveOn is null || source is null)
        {
            return;
        }

        var spec = SuccessionRules.Spec(
            kind.Value, effectiveOn.Value, operationalOn, source, unit, merged ?? [], into, parts ?? [], name, from, to, indicators ?? [], description, childrenTo, responsibilitiesTo, this);
        if (spec is not null && builder.Timeline.CheckReferences(spec, this))
        {
            builder.Timeline.AddSuccession(spec, Address());
        }
    }

    /// <summary>A unit id, reported when no unit of the file has it.</summary>
    private UnitId? Unit(string path)
    {
        if (String(path, required: false) is not { } text)
        {
            return null;
        }

        var id = new UnitId(text);
        builder.CheckUnit(id, path, this);
        return id;
    }

    /// <summary>Whether a unit that is not registered follows from a problem already reported; if so the item is left out with it.</summary>
    private bool LeftOutWith(UnitId id)
    {
        if (!builder.FollowsFromUnit(id, this))
        {
            return false;
        }

        itemFailed = true;
        return true;
    }

    /// <summary>An array of ids (units, or indicator codes), each a non-empty string; every bad entry, or unit not in the file, is reported at its place.</summary>
    private ImmutableArray<UnitId>? UnitList(string path, bool units = true)
    {
        var node = item.Find(path);
        if (node is null || node.Kind == JsonTokenType.Null)
        {
            return null;
        }

        if (node.Kind != JsonTokenType.StartArray)
        {
            Fail(path, "expected an array of ids.");
            return null;
        }

        var list = ImmutableArray.CreateBuilder<UnitId>();
        for (var i = 0; i < node.Items!.Count; i++)
        {
            var entry = node.Items[i];
            if (entry.Kind != JsonTokenType.String || string.IsNullOrWhiteSpace(entry.Text))
            {
                Report(entry.Offset, $"{ItemPath}.{path}[{i}]", "expected an id.", path, entry.Raw);
                itemFailed = true;
                continue;
            }

            var id = new UnitId(entry.Text.Trim());
            if (units && !builder.Units.Contains(id) && !LeftOutWith(id))
            {
                Report(entry.Offset, $"{ItemPath}.{path}[{i}]", $"the unit '{id}' is not registered.", path, entry.Raw);
                itemFailed = true;
            }

            list.Add(id);
        }

        return list.ToImmutable();
    }

    /// <summary>A split's parts: an array of objects with a unit, an optional share and optional children.</summary>
    private ImmutableArray<PartSpec>? Parts()
    {
        var node = item.Find("parts");
        if (node is null || node.Kind == JsonTokenType.Null)
        {
            return null;
        }

        if (node.Kind != JsonTokenType.StartArray)
        {
            Fail("parts", "expected an array of parts, each { \"unit\", \"share\", \"children\" }.");
            return null;
        }

        var parts = ImmutableArray.CreateBuilder<PartSpec>();
        for (var i = 0; i < node.Items!.Count; i++)
        {
            var part = node.Items[i];
            var path = string.Create(CultureInfo.InvariantCulture, $"{ItemPath}.parts[{i}]");
            if (part.Kind != JsonTokenType.StartObject)
            {
                PartProblem(part, path, "expected an object with a unit, and a share or children.");
                continue;
            }

            foreach (var (name, offset, _) in part.Properties!)
            {
                if (!PartShape.Contains(name))
                {
                    Report(offset, $"{path}.{name}", $"unknown property; expected {string.Join(", ", PartShape)}.", "parts", null);
                    itemFailed = true;
                }
            }

            var unit = part["unit"];
            var share = part["share"];
            var children = part["children"];
            if (unit is not { Kind: JsonTokenType.String } || string.IsNullOrWhiteSpace(unit.Text))
            {
                PartProblem(unit ?? part, unit is null ? path : path + ".unit", unit is null ? "the part needs its unit." : "expected a unit id.");
                continue;
            }

            decimal? shareValue = null;
            if (share is not null && share.Kind != JsonTokenType.Null)
            {
                if (share.Kind != JsonTokenType.Number || share.Number is null)
                {
                    PartProblem(share, path + ".share", "expected a JSON number between 0 and 1.");
                    continue;
                }

                shareValue = share.Number;
            }

            var childList = ImmutableArray.CreateBuilder<UnitId>();
            if (children is not null && children.Kind != JsonTokenType.Null)
            {
                if (children.Kind != JsonTokenType.StartArray || children.Items!.Any(child => child.Kind != JsonTokenType.String || string.IsNullOrWhiteSpace(child.Text)))
                {
                    PartProblem(children, path + ".children", "expected an array of unit ids.");
                    continue;
                }

                childList.AddRange(children.Items!.Select(child => new UnitId(child.Text!.Trim())));
                foreach (var (child, k) in children.Items!.Select((child, k) => (child, k)).Where(pair => !builder.Units.Contains(childList[pair.k]) && !LeftOutWith(childList[pair.k])))
                {
                    PartProblem(child, $"{path}.children[{k}]", $"the unit '{childList[k]}' is not registered.");
                }
            }

            var partUnit = new UnitId(unit.Text!.Trim());
            if (!builder.Units.Contains(partUnit) && !LeftOutWith(partUnit))
            {
                PartProblem(unit, path + ".unit", $"the unit '{partUnit}' is not registered.");
            }

            parts.Add(new PartSpec(partUnit, shareValue, childList.ToImmutable()));
        }

        return parts.ToImmutable();

        void PartProblem(LocatedJsonValue at, string path, string message)
        {
            Report(at.Offset, path, message, "parts", at.Raw);
            itemFailed = true;
        }
    }

    private void ReadIndicator()
    {
        CheckShape(IndicatorShape);
        var code = String("code", required: true);
        var name = Text("name", required: true);
        var form = Token("measure.kind", Tokens.Measures, required: true);
        var countUnit = Text("measure.unit", required: false);
        var countUnitSingular = String("measure.unitSingular", required: false);
        var currency = String("measure.currency", required: false);
        var scale = Token("measure.scale", Tokens.MoneyScales, required: false);
        var maximum = Number("measure.maximum", required: false);
        var polarity = Token("polarity", Tokens.Polarities, required: true);
        var decimals = Number("decimals", required: true);
        var rollUp = Token("rollUp", Tokens.RollUps, required: false);
        var accumulation = Token("accumulation", Tokens.Accumulations, required: false);
        var responsibility = Responsibility();
        var perUnit = Text("measure.per", required: false);
        var perSingular = String("measure.perSingular", required: false);
        var perQuantity = Number("measure.perQuantity", required: false);
        var formulaKind = Token("formula.kind", Tokens.Formulas, required: item["formula"] is { Kind: JsonTokenType.StartObject });
        var formulaParts = Codes("formula.parts");
        // A formula whose kind could not be read is reported once, at its kind.
        var formula = formulaKind is null && item.Find("formula.kind") is not null ? null : ItemRules.Formula(formulaKind, formulaParts, this);
        if (currency is not null && !(currency.Length == 3 && currency.All(char.IsAsciiLetter)))
        {
            Fail("measure.currency", "a currency is a three-letter ISO 4217 code, such as VND.");
        }

        if (decimals is { } d && (decimal.Truncate(d) != d || d is < 0 or > int.MaxValue))
        {
            Fail("decimals", "expected a whole number.");
        }

        // The measure's own rules are checked even when another field failed, so that every problem is reported at once.
        // A bad currency code is already reported; a stand-in lets the measure's other rules be checked (the measure is not kept).
        Currency? currencyValue = currency is null ? null : itemFailed ? Currency.Vnd : new Currency(currency);
        var measure = form is { } kind ? ItemRules.Measure(kind, countUnit, countUnitSingular, currencyValue, scale, maximum, this) : null;
        measure = measure is null ? null : ItemRules.Per(measure, perUnit, perSingular, perQuantity, this);
        if (itemFailed || measure is null)
        {
            return;
        }

        Build("polarity", () =>
        {
            var indicator = new Indicator(new IndicatorCode(code!), name!.Value, measure, polarity!.Value, (int)decimals!.Value, rollUp, responsibility, accumulation);
            builder.AddIndicator(formula is null ? indicator : indicator.DefinedAs(formula), Address());
        });
    }

    private void ReadTarget()
    {
        CheckShape(item["start"] is { Kind: JsonTokenType.String } ? TargetShapeWithWordStart : TargetShape);
        var (code, unit, period) = Key();
        var form = Token("goal.kind", Tokens.Goals, required: true);
        var low = Number("goal.value", required: false);
        var high = Number("goal.high", required: false);
        var tolerance = Number("goal.tolerance", required: false);
        var scale = String("goal.scale", required: false);
        var responsibility = Responsibility();
        var source = Source();
        var start = Start();
        var goal = form is { } kind && scale is null ? ItemRules.Goal(kind, low, high, tolerance, this) : null;
        if (itemFailed)
        {
            return;
        }

        var indicator = builder.CheckReferences(code!.Value, unit!.Value, this);
        if (indicator is not null && scale is not null && form is { } scaledKind)
        {
            goal = ItemRules.ScaledGoal(indicator, scaledKind, low, high, tolerance, scale, this, "goal.");
        }

        if (goal is null || indicator is null || itemFailed)
        {
            return;
        }

        Build("period", () => builder.AddTarget(new Target(code.Value, unit.Value, period!, goal.Value, source, responsibility, start), Address()));
    }

    private void ReadObservation()
    {
        CheckShape(ObservationShape);
        var (code, unit, period) = Key();
        var indicator = itemFailed ? null : builder.CheckReferences(code!.Value, unit!.Value, this);
        var value = indicator?.Measure.Kind == MeasureKind.YesNo && item["value"]?.Kind is JsonTokenType.True or JsonTokenType.False
            ? (item["value"]!.Kind == JsonTokenType.True ? 1m : 0m)
            : Number("value", required: false);
        var scale = String("scale", required: false);
        var numerator = Number("numerator", required: false);
        var denominator = Number("denominator", required: false);
        var asOf = Date("asOf");
        var source = Source();
        var statusGiven = item["status"] is { Kind: not JsonTokenType.Null };
        var parsedStatus = Token("status", Tokens.ValueStatuses, required: false);
        var status = parsedStatus ?? ValueStatus.Reported;
        var statusNote = String("statusNote", required: status == ValueStatus.Derived, trim: false);
        if (statusNote is not null && status == ValueStatus.Reported && (parsedStatus is not null || !statusGiven))
        {
            Fail("statusNote", "a reported figure takes no status note; give its status (estimated, preliminary, derived), or put the words in source.note.");
        }

        var publishedOn = Date("publishedOn");
        if (itemFailed)
        {
            return;
        }

        value = ItemRules.Scaled(indicator!, value, scale, this);
        if (itemFailed)
        {
            return;
        }

        var measured = ItemRules.Value(indicator!, value, numerator, denominator, this);
        if (measured is null)
        {
            return;
        }

        Build("asOf", () => builder.AddObservation(new Observation(code!.Value, unit!.Value, period!, measured.Value, asOf, source, status, statusNote, publishedOn), Address()));
    }

    /// <summary>
    /// Reads an observation written plainly, as the library writes one, from a reader on its first token: its
    /// indicator, unit and period as strings without escapes, and a value or a numerator and denominator as numbers a
    /// decimal holds exactly, nothing else. Ids and period labels are found by their bytes, so such an item makes no
    /// string. Returns <see langword="false"/>, having added nothing and reported nothing, when the item is anything
    /// else, is not whole, or has any problem: the general reading then reads it and reports what is wrong, so that
    /// every problem is reported as before.
    /// </summary>
    private bool TryPlainObservation(ref Utf8JsonReader reader)
    {
        var keys = new KnownKeys(this);
        if (!PlainObservation.TryRead(ref reader, ref keys, out var value, out var numerator, out var denominator) ||
            PlainValue(keys.Indicator!, value, numerator, denominator) is not { } sound)
        {
            return false;
        }

        builder.AddObservation(new Observation(keys.Indicator!.Code, keys.Unit, keys.Period!, sound), Address());
        return true;
    }

    // A plain observation's value, or null when its own rules find a problem (reported by the general reading).
    private MeasuredValue? PlainValue(Indicator indicator, decimal? value, decimal? numerator, decimal? denominator)
    {
        probe.Reset();
        return ItemRules.Value(indicator, value, numerator, denominator, probe) is { } sound && !probe.Failed ? sound : null;
    }

    // The catalog's indicator of a code as written (trimmed, as the general reading trims it); false when it has none.
    private bool KnownIndicator(ReadOnlySpan<byte> utf8, out Indicator? indicator)
    {
        if (knownIndicators.TryGet(utf8, out indicator))
        {
            return true;
        }

        if (PlainObservation.TextOf(utf8) is not { } text || text.Trim() is not { Length: > 0 } code ||
            !builder.TryGetIndicator(new IndicatorCode(code), out indicator))
        {
            return false;
        }

        knownIndicators.Add(utf8, indicator);
        return true;
    }

    // A registered unit's id as written (trimmed); false when no unit of the file has it.
    private bool KnownUnit(ReadOnlySpan<byte> utf8, out UnitId unit)
    {
        if (knownUnits.TryGet(utf8, out unit))
        {
            return true;
        }

        if (PlainObservation.TextOf(utf8) is not { } text || text.Trim() is not { Length: > 0 } id || !builder.Units.Contains(new UnitId(id)))
        {
            return false;
        }

        unit = new UnitId(id);
        knownUnits.Add(utf8, unit);
        return true;
    }

    // A period's label as written (trimmed); false when it is not a period.
    private bool KnownPeriod(ReadOnlySpan<byte> utf8, out ReportingPeriod? period)
    {
        if (knownPeriods.TryGet(utf8, out period))
        {
            return true;
        }

        if (PlainObservation.TextOf(utf8) is not { } text || text.Trim() is not { Length: > 0 } label || !values.TryPeriod(label, out var parsed, out _))
        {
            return false;
        }

        period = parsed;
        knownPeriods.Add(utf8, parsed);
        return true;
    }

    // The indicator, unit and period of a plain observation, each found by its bytes as it comes.
    private struct KnownKeys(JsonScorecardReader reader) : IPlainObservationKeys
    {
        public Indicator? Indicator;
        public UnitId Unit;
        public ReportingPeriod? Period;

        public bool FindIndicator(ReadOnlySpan<byte> utf8) => reader.KnownIndicator(utf8, out Indicator);

        public bool FindUnit(ReadOnlySpan<byte> utf8) => reader.KnownUnit(utf8, out Unit);

        public bool FindPeriod(ReadOnlySpan<byte> utf8) => reader.KnownPeriod(utf8, out Period);
    }


    private void ReadNote()
    {
        CheckShape(NoteShape);
        var (code, unit, period) = Key();
        var indicator = itemFailed ? null : builder.CheckReferences(code!.Value, unit!.Value, this);
        var text = String("text", required: item["override"] is null or { Kind: JsonTokenType.Null }, trim: false);
        StatusOverride? statusOverride = null;
        if (item["override"] is { Kind: not JsonTokenType.Null })
        {
            var verdict = Token("override.status", Tokens.Verdicts, required: true);
            var reason = String("override.reason", required: true, trim: false);
            var setBy = String("override.setBy", required: true, trim: false);
            if (verdict is { } set && reason is not null && setBy is not null)
            {
                statusOverride = new StatusOverride(set, reason, setBy);
            }
        }

        if (itemFailed || indicator is null)
        {
            return;
        }

        Build("text", () => builder.AddNote(new RowNote(code!.Value, unit!.Value, period!, text, statusOverride), Address()));
    }

    private void ReadTrajectory()
    {
        CheckShape(TrajectoryShape);
        var code = String("indicator", required: true);
        var unitText = String("unit", required: false);
        var method = Token("method", TrajectoryRules.Methods, required: true);
        var baseline = YearAndValue("baseline");
        var end = YearAndValue("end");
        var milestones = Milestones();
        UnitId? unit = unitText is null ? null : new UnitId(unitText);
        var indicator = code is null ? null : builder.CheckIndicator(new IndicatorCode(code), this);
        var unitKnown = unit is not { } id || builder.CheckUnit(id, "unit", this);
        if (itemFailed || indicator is null || !unitKnown || method is null || baseline is null || end is null || milestones is null)
        {
            return;
        }

        if (TrajectoryRules.Build(indicator, unit, method.Value, baseline.Value, end.Value, milestones, this) is { } trajectory)
        {
            builder.AddTrajectory(trajectory, Address());
        }
    }

    // A trajectory's baseline or end: an object with its year and value, both required.
    private (int Year, decimal Value)? YearAndValue(string path)
    {
        if (item[path] is null or { Kind: JsonTokenType.Null })
        {
            Fail(path, $"the property '{path}' is missing; give it as {{\"year\": …, \"value\": …}}.");
            return null;
        }

        var yearNumber = Number(path + ".year", required: true);
        var value = Number(path + ".value", required: true);
        if (yearNumber is not { } number)
        {
            return null;
        }

        if (!TrajectoryRules.TryYear(number, out var year, out var error))
        {
            Fail(path + ".year", error);
            return null;
        }

        return value is { } given ? (year, given) : null;
    }

    // A trajectory's own milestones: an array of {year, value} objects; empty when the property is absent.
    private List<(int Year, decimal Value)>? Milestones()
    {
        var list = item.Find("milestones");
        if (list is null || list.Kind == JsonTokenType.Null)
        {
            return [];
        }

        if (list.Kind != JsonTokenType.StartArray)
        {
            Fail("milestones", "expected an array of milestones, each {\"year\": …, \"value\": …}.");
            return null;
        }

        var milestones = new List<(int Year, decimal Value)>();
        var sound = true;
        for (var i = 0; i < list.Items!.Count; i++)
        {
            var entry = list.Items[i];
            var at = string.Create(CultureInfo.InvariantCulture, $"{ItemPath}.milestones[{i}]");
            if (entry.Kind != JsonTokenType.StartObject)
            {
                Report(entry.Offset, at, "expected a milestone, {\"year\": …, \"value\": …}.", "milestones", entry.Raw);
                sound = false;
                continue;
            }

            foreach (var (name, offset, _) in entry.Properties!)
            {
                if (!MilestoneShape.Contains(name))
                {
                    Report(offset, $"{at}.{name}", $"unknown property; expected {string.Join(", ", MilestoneShape)}.", "milestones", null);
                    sound = false;
                }
            }

            var yearNode = entry["year"];
            var valueNode = entry["value"];
            if (yearNode is not { Kind: JsonTokenType.Number, Number: { } yearNumber } || !TrajectoryRules.TryYear(yearNumber, out var year, out _))
            {
                Report((yearNode ?? entry).Offset, $"{at}.year", string.Create(CultureInfo.InvariantCulture,
                    $"expected the milestone's year, a whole number from {ReportingPeriod.MinYear} to {ReportingPeriod.MaxYear}."), "milestones", yearNode?.Raw);
                sound = false;
                continue;
            }

            if (valueNode is not { Kind: JsonTokenType.Number, Number: { } value })
            {
                Report((valueNode ?? entry).Offset, $"{at}.value", "expected the milestone's value, a JSON number a decimal holds.", "milestones", valueNode?.Raw);
                sound = false;
                continue;
            }

            milestones.Add((year, value));
        }

        if (!sound)
        {
            itemFailed = true;
            return null;
        }

        return milestones;
    }

    private (IndicatorCode? Code, UnitId? Unit, ReportingPeriod? Period) Key()
    {
        var code = String("indicator", required: true);
        var unit = String("unit", required: true);
        var periodText = String("period", required: true);
        ReportingPeriod? period = null;
        if (periodText is not null)
        {
            if (values.TryPeriod(periodText, out var parsed, out var error))
            {
                period = parsed;
            }
            else
            {
                Fail("period", error);
            }
        }

        return (code is null ? null : new IndicatorCode(code), unit is null ? null : new UnitId(unit), period);
    }

    // A list of indicator codes, such as a formula's parts; null when the field is absent.
    private List<string>? Codes(string path)
    {
        var list = item.Find(path);
        if (list is null || list.Kind == JsonTokenType.Null)
        {
            return null;
        }

        if (list.Kind != JsonTokenType.StartArray)
        {
            Fail(path, "expected an array of indicator codes.");
            return null;
        }

        var codes = new List<string>();
        for (var i = 0; i < list.Items!.Count; i++)
        {
            var entry = list.Items[i];
            if (entry.Kind != JsonTokenType.String || string.IsNullOrWhiteSpace(entry.Text))
            {
                Report(entry.Offset, $"{ItemPath}.{path}[{i}]", "expected an indicator code.", path, entry.Raw);
                itemFailed = true;
                continue;
            }

            codes.Add(entry.Text.Trim());
        }

        return codes;
    }

    private Responsibility? Responsibility()
    {
        var lead = String("responsibility.lead", required: item["responsibility"] is { Kind: JsonTokenType.StartObject });
        var list = item.Find("responsibility.coordinating");
        var others = new List<UnitId>();
        if (list is { Kind: JsonTokenType.StartArray })
        {
            for (var i = 0; i < list.Items!.Count; i++)
            {
                var entry = list.Items[i];
                if (entry.Kind != JsonTokenType.String || string.IsNullOrWhiteSpace(entry.Text))
                {
                    Report(entry.Offset, $"{ItemPath}.responsibility.coordinating[{i}]", "expected a unit id.", "responsibility.coordinating", entry.Raw);
                    itemFailed = true;
                    continue;
                }

                others.Add(new UnitId(entry.Text.Trim()));
            }
        }
        else if (list is not null && list.Kind != JsonTokenType.Null)
        {
            Fail("responsibility.coordinating", "expected an array of unit ids.");
        }

        if (lead is null || itemFailed)
        {
            return null;
        }

        try
        {
            return new Responsibility(new UnitId(lead), others);
        }
        catch (ArgumentException exception)
        {
            Fail("responsibility.coordinating", ItemRules.FirstSentence(exception.Message));
            return null;
        }
    }

    // A plan's start: "previous" (the previous period's closing value) or { "value": 10, "date": "2023-12-31" }.
    private PlanStart? Start()
    {
        var node = item.Find("start");
        if (node is null || node.Kind == JsonTokenType.Null)
        {
            return null;
        }

        if (node.Kind == JsonTokenType.String)
        {
            var word = String("start", required: true);
            if (word is null)
            {
                return null;
            }

            if (string.Equals(word, "previous", StringComparison.Ordinal))
            {
                return PlanStart.Previous;
            }

            Fail("start", "expected \"previous\" (the previous period's closing value) or an object with 'value' and 'date'.");
            return null;
        }

        if (node.Kind != JsonTokenType.StartObject)
        {
            return null; // the shape check has said it is not an object
        }

        var value = Number("start.value", required: true);
        var date = Date("start.date", required: true);
        return value is { } v && date is { } d ? PlanStart.Stated(v, d) : null;
    }

    private SourceReference? Source()
    {
        var required = item["source"] is { Kind: JsonTokenType.StartObject };
        var document = String("source.document", required, trim: false);
        var date = Date("source.issuedOn");
        var note = String("source.note", required: false, trim: false);
        return document is null || itemFailed ? null : new SourceReference(document, date, note);
    }

    private LocalizedText? Text(string path, bool required)
    {
        var node = item.Find(path);
        if (node is null || node.Kind == JsonTokenType.Null)
        {
            if (required)
            {
                Fail(path, $"the property '{path}' is missing.");
            }

            return null;
        }

        if (node.Kind != JsonTokenType.StartObject)
        {
            Fail(path, "expected an object with 'vi' and, optionally, 'en'.");
            return null;
        }

        var vi = String(path + ".vi", required: true, trim: false);
        var en = String(path + ".en", required: false, trim: false);
        return vi is null ? null : new LocalizedText(vi, en);
    }

    /// <summary>
    /// A string property. Ids, codes and words are trimmed; free text (names, a source's document and note) is kept
    /// exactly as written, so that writing a scorecard and reading it back gives the same text.
    /// </summary>
    private string? String(string path, bool required, bool trim = true)
    {
        var node = item.Find(path);
        if (node is null || node.Kind == JsonTokenType.Null)
        {
            if (required)
            {
                Fail(path, $"the property '{path}' is missing.");
            }

            return null;
        }

        if (node.Kind != JsonTokenType.String)
        {
            Fail(path, "expected a string.");
            return null;
        }

        if (node.Text is null)
        {
            Fail(path, "the text is not valid UTF-8.");
            return null;
        }

        var text = trim ? node.Text.Trim() : node.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            Fail(path, required ? "the text is empty but a value is required." : "the text is empty; leave the property out instead.");
            return null;
        }

        return text;
    }

    private decimal? Number(string path, bool required)
    {
        var node = item.Find(path);
        if (node is null || node.Kind == JsonTokenType.Null)
        {
            if (required)
            {
                Fail(path, $"the property '{path}' is missing.");
            }

            return null;
        }

        if (node.Kind != JsonTokenType.Number)
        {
            Fail(path, node.Kind == JsonTokenType.String
                ? "expected a JSON number, not a string: write 88.8, not \"88,8\"."
                : "expected a JSON number.");
            return null;
        }

        if (node.Number is null)
        {
            Fail(path, node.NumberTooPrecise
                ? "the number has more significant digits than a decimal holds (28 to 29); it is refused rather than rounded."
                : "the number lies outside the range of decimal.");
        }

        return node.Number;
    }

    private T? Token<T>(string path, TokenSet<T> tokens, bool required)
        where T : struct
    {
        var text = String(path, required);
        if (text is null)
        {
            return null;
        }

        if (tokens.TryParse(text, out var value))
        {
            return value;
        }

        Fail(path, $"expected {tokens.Expected}.");
        return null;
    }

    private LocalDate? Date(string path, bool required = false)
    {
        var text = String(path, required);
        if (text is null)
        {
            return null;
        }

        if (values.TryDate(text, out var date, out var error))
        {
            return date;
        }

        Fail(path, error);
        return null;
    }

    /// <summary>Reports properties the item's shape does not have, repeated properties, and nested values that are not objects.</summary>
    private void CheckShape(Dictionary<string, string[]> shape)
    {
        foreach (var (path, allowed) in shape)
        {
            var node = path.Length == 0 ? item : item.Find(path);
            if (node is null || node.Kind == JsonTokenType.Null)
            {
                continue;
            }

            if (node.Kind != JsonTokenType.StartObject)
            {
                Fail(path, "expected an object.");
                continue;
            }

            var properties = node.Properties!;
            for (var i = 0; i < properties.Count; i++)
            {
                var (name, offset, _) = properties[i];
                var full = path.Length == 0 ? name : path + "." + name;
                if (!allowed.Contains(name))
                {
                    Report(offset, $"{ItemPath}.{full}", $"unknown property; expected {string.Join(", ", allowed)}.", full, null);
                    itemFailed = true;
                }
                else if (Repeated(properties, i))
                {
                    Report(offset, $"{ItemPath}.{full}", "the property is repeated.", full, null);
                    itemFailed = true;
                }
            }
        }
    }

    private static bool Repeated(List<(string Name, long NameOffset, LocatedJsonValue Value)> properties, int at)
    {
        for (var i = 0; i < at; i++)
        {
            if (string.Equals(properties[i].Name, properties[at].Name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private void Build(string fallbackPath, Action build)
    {
        try
        {
            build();
        }
        catch (ArgumentException exception)
        {
            var path = exception.ParamName switch
            {
                "polarity" => "polarity",
                "rollUp" => "rollUp",
                "accumulation" => "accumulation",
                "displayDecimals" => "decimals",
                "parentId" => "parent",
                "asOf" => "asOf",
                _ => fallbackPath,
            };
            Fail(path, ItemRules.FirstSentence(exception.Message));
        }
    }

    private RowAddress Address() => RowAddress.InJson(places, itemPlace.Line, itemPlace.Column, itemIndex);

    private string ItemPath => string.Create(CultureInfo.InvariantCulture, $"$.{arrayName}[{itemIndex}]");

    /// <inheritdoc />
    public DataLocation Item => Address().Row;

    /// <inheritdoc />
    public void LeaveOut() => itemFailed = true;

    /// <summary>Reports a problem at a path below the current item; the path may be a CSV column name, mapped here.</summary>
    public void Fail(string field, string message)
    {
        itemFailed = true;
        var path = JsonPathOf(table, field);
        var node = item.Find(path);
        Report((node ?? item).Offset, $"{ItemPath}.{path}", message, path, node?.Raw);
    }

    /// <summary>Reports a problem at a byte of the item being read.</summary>
    private void Report(long offset, string path, string message, string? field, string? value) =>
        Report(JsonTokenStream.PlaceWithin(itemBytes.Span, itemPlace, itemOffset, offset), path, message, field, value);

    private void Report((int Line, int Column) place, string path, string message, string? field, string? value) =>
        builder.Report(new DataProblem(new DataLocation(file, place.Line, place.Column, path), message, field, value));

    /// <summary>The JSON path below an item of a field named by its CSV column.</summary>
    private static string JsonPathOf(ItemArray table, string field) => field switch
    {
        "name_vi" => "name.vi",
        "name_en" => "name.en",
        "count_unit_vi" => "measure.unit.vi",
        "count_unit_en" => "measure.unit.en",
        "count_unit_en_singular" => "measure.unitSingular",
        "currency" => "measure.currency",
        "money_scale" => "measure.scale",
        "max_score" => "measure.maximum",
        "per_unit_vi" => "measure.per.vi",
        "per_unit_en" => "measure.per.en",
        "per_unit_en_singular" => "measure.perSingular",
        "per_quantity" => "measure.perQuantity",
        "formula_parts" => "formula.parts",
        "roll_up" => "rollUp",
        "lead" => "responsibility.lead",
        "coordinating" => "responsibility.coordinating",
        "value" or "high" or "tolerance" or "scale" when table == ItemArray.Targets => "goal." + field,
        "as_of" => "asOf",
        "status_note" => "statusNote",
        "published_on" => "publishedOn",
        "override_status" => "override.status",
        "override_reason" => "override.reason",
        "override_set_by" => "override.setBy",
        "valid_from" => "validFrom",
        "valid_to" => "validTo",
        "effective_on" => "effectiveOn",
        "operational_on" => "operationalOn",
        "description_vi" => "description.vi",
        "description_en" => "description.en",
        "children_to" => "childrenTo",
        "responsibilities_to" => "responsibilitiesTo",
        "source_document" => "source.document",
        "source_date" => "source.issuedOn",
        "source_note" => "source.note",
        "baseline_year" => "baseline.year",
        "baseline_value" => "baseline.value",
        "end_year" => "end.year",
        "end_value" => "end.value",
        _ => field,
    };

    /// <summary>An item kept whole from a stream that cannot be read twice, with its offset and place.</summary>
    private sealed record KeptItem(byte[] Bytes, long Offset, (int Line, int Column) Place);

    /// <summary>The arrays of items a scorecard file holds, in the order they are read.</summary>
    private enum ItemArray
    {
        Units,
        Indicators,
        Targets,
        Observations,
        Successions,
        Notes,
        Trajectories,
    }
}
