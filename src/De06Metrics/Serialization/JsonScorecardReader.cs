using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Text;
using De06Metrics.Units;
using NodaTime;

namespace De06Metrics.Serialization;

/// <summary>
/// Reads the JSON form of a scorecard (see <c>docs/data-format.md</c>) item by item: each item of an array is read
/// whole, interpreted, and let go, so memory follows the largest item, not the file. Units and indicators are read in a
/// first pass over the bytes and targets and observations in a second, so the top-level properties may come in any
/// order. Not thread-safe: one instance per read.
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
        [""] = ["code", "name", "measure", "polarity", "decimals", "rollUp", "responsibility"],
        ["name"] = ["vi", "en"],
        ["measure"] = ["kind", "unit", "unitSingular", "currency", "scale", "maximum"],
        ["measure.unit"] = ["vi", "en"],
        ["responsibility"] = ["lead", "coordinating"],
    };

    private static readonly Dictionary<string, string[]> TargetShape = new(StringComparer.Ordinal)
    {
        [""] = ["indicator", "unit", "period", "goal", "responsibility", "source"],
        ["goal"] = ["kind", "value", "high", "tolerance"],
        ["responsibility"] = ["lead", "coordinating"],
        ["source"] = ["document", "issuedOn", "note"],
    };

    private static readonly Dictionary<string, string[]> ObservationShape = new(StringComparer.Ordinal)
    {
        [""] = ["indicator", "unit", "period", "value", "numerator", "denominator", "asOf", "source"],
        ["source"] = ["document", "issuedOn", "note"],
    };

    private static readonly string[] TopLevel = ["version", "successionDates", "units", "indicators", "successions", "targets", "observations"];

    private readonly ReadOnlyMemory<byte> json;
    private readonly string file;
    private readonly LineIndex lines;
    private readonly ScorecardBuilder builder = new();
    private readonly ValueText values = new();
    private ItemArray table;
    private string arrayName = string.Empty;
    private JsonPlaces places = null!;
    private int itemIndex;
    private LocatedJsonValue item = null!;
    private bool itemFailed;

    private JsonScorecardReader(ReadOnlyMemory<byte> json, string file)
    {
        this.json = json;
        this.file = file;
        lines = new LineIndex(json);
    }

    public static ScorecardReadResult Read(ReadOnlyMemory<byte> utf8, string file)
    {
        ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
        var body = utf8.Span.StartsWith(bom) ? utf8[3..] : utf8;
        var reader = new JsonScorecardReader(body, file);
        reader.ReadAll();
        return reader.builder.Build([file]);
    }

    private void ReadAll()
    {
        if (json.Span.Trim(" \t\r\n"u8).IsEmpty)
        {
            builder.Report(new DataProblem(new DataLocation(file), "the file is empty; a scorecard is a JSON object with units, indicators, targets and observations."));
            _ = builder.Units;
            return;
        }

        // One pass reads a file whose units and indicators come before its targets and observations, as written. When
        // they come after, the targets and observations are skipped and read in a second pass, once the catalog is known.
        var read = new HashSet<string>(StringComparer.Ordinal);
        if (Pass(read, first: true))
        {
            Pass(read, first: false);
        }

        _ = builder.Units;
    }

    /// <summary>Reads the top-level object; returns whether targets or observations were left for a second pass.</summary>
    private bool Pass(HashSet<string> read, bool first)
    {
        var reader = new Utf8JsonReader(json.Span, Options);
        try
        {
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                Report(reader.TokenStartIndex, "$", "a scorecard is a JSON object with units, indicators, targets and observations.", null, null);
                return false;
            }

            return ReadTopLevel(ref reader, read, first);
        }
        catch (JsonException exception) when (first)
        {
            var (line, column) = lines.AtLineByte(exception.LineNumber ?? 0, exception.BytePositionInLine ?? 0);
            var message = exception.Message;
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            message = cut > 0 ? message[..cut] : message;
            builder.Report(new DataProblem(new DataLocation(file, line, column), $"the JSON is malformed: {message} Nothing after this point was read."));
            return read.Count < 4 && (read.Contains("units") || read.Contains("indicators"));
        }
        catch (JsonException)
        {
            // The first pass reported it.
            return false;
        }
    }

    private bool ReadTopLevel(ref Utf8JsonReader reader, HashSet<string> read, bool first)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var deferred = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var nameOffset = reader.TokenStartIndex;
            var name = LocatedJsonValue.PropertyName(ref reader);
            reader.Read();
            var valueOffset = reader.TokenStartIndex;
            var firstTime = seen.Add(name);
            if (!first)
            {
                if (firstTime && name is "targets" or "observations" or "successions" && !read.Contains(name) && reader.TokenType == JsonTokenType.StartArray)
                {
                    ReadItems(ref reader, name);
                }
                else
                {
                    reader.Skip();
                }

                continue;
            }

            if (!firstTime)
            {
                Report(nameOffset, "$." + name, "the property is repeated; only its first occurrence is read.", name, null);
                reader.Skip();
                continue;
            }

            switch (name)
            {
                case "version":
                    var version = LocatedJsonValue.Read(ref reader, json);
                    if (version.Number != 1m)
                    {
                        Report(valueOffset, "$.version", "this reader reads version 1 of the format.", "version", version.Raw);
                    }

                    break;
                case "successionDates":
                    var dates = LocatedJsonValue.Read(ref reader, json);
                    if (dates.Kind == JsonTokenType.String && dates.Text is { } word && Tokens.SuccessionDates.TryParse(word.Trim(), out var basis))
                    {
                        builder.Timeline.SuccessionDates = basis;
                    }
                    else
                    {
                        Report(valueOffset, "$.successionDates", $"expected {Tokens.SuccessionDates.Expected}.", "successionDates", dates.Raw);
                    }

                    break;
                case "units" or "indicators" or "targets" or "observations" or "successions":
                    if (name == "successions")
                    {
                        builder.Timeline.DeclareTimeline();
                    }

                    if (reader.TokenType != JsonTokenType.StartArray)
                    {
                        Report(valueOffset, "$." + name, "expected an array.", name, null);
                        reader.Skip();
                    }
                    else if (name is "units" or "indicators" || (read.Contains("units") && read.Contains("indicators")))
                    {
                        ReadItems(ref reader, name);
                        read.Add(name);
                    }
                    else
                    {
                        deferred = true;
                        reader.Skip();
                    }

                    break;
                case "tasks" or "taskItems":
                    // Read by JsonTaskReader once the scorecard's units are known.
                    reader.Skip();
                    break;
                default:
                    Report(nameOffset, "$." + name, $"unknown property; a scorecard has {string.Join(", ", TopLevel)}.", name, null);
                    reader.Skip();
                    break;
            }
        }

        return deferred;
    }

    private void ReadItems(ref Utf8JsonReader reader, string name)
    {
        arrayName = name;
        table = name switch
        {
            "units" => ItemArray.Units,
            "indicators" => ItemArray.Indicators,
            "targets" => ItemArray.Targets,
            "successions" => ItemArray.Successions,
            _ => ItemArray.Observations,
        };
        var currentTable = table;
        places = new JsonPlaces(file, name, lines, field => JsonPathOf(currentTable, field));
        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var node = LocatedJsonValue.Read(ref reader, json);
            itemIndex = index++;
            item = node;
            itemFailed = false;
            if (node.Kind != JsonTokenType.StartObject)
            {
                Report(node.Offset, ItemPath, "expected an object.", null, null);
                continue;
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
                default:
                    ReadObservation();
                    break;
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
        if (!builder.Units.Contains(id))
        {
            Fail(path, $"the unit '{id}' is not registered.");
        }

        return id;
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
            if (units && !builder.Units.Contains(id))
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
                foreach (var (child, k) in children.Items!.Select((child, k) => (child, k)).Where(pair => !builder.Units.Contains(childList[pair.k])))
                {
                    PartProblem(child, $"{path}.children[{k}]", $"the unit '{childList[k]}' is not registered.");
                }
            }

            var partUnit = new UnitId(unit.Text!.Trim());
            if (!builder.Units.Contains(partUnit))
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
        var responsibility = Responsibility();
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
        if (itemFailed || measure is null)
        {
            return;
        }

        Build("polarity", () => builder.AddIndicator(
            new Indicator(new IndicatorCode(code!), name!.Value, measure, polarity!.Value, (int)decimals!.Value, rollUp, responsibility), Address()));
    }

    private void ReadTarget()
    {
        CheckShape(TargetShape);
        var (code, unit, period) = Key();
        var form = Token("goal.kind", Tokens.Goals, required: true);
        var low = Number("goal.value", required: false);
        var high = Number("goal.high", required: false);
        var tolerance = Number("goal.tolerance", required: false);
        var responsibility = Responsibility();
        var source = Source();
        var goal = form is { } kind ? ItemRules.Goal(kind, low, high, tolerance, this) : null;
        if (itemFailed)
        {
            return;
        }

        var indicator = builder.CheckReferences(code!.Value, unit!.Value, this);
        if (goal is null || indicator is null)
        {
            return;
        }

        Build("period", () => builder.AddTarget(new Target(code.Value, unit.Value, period!, goal.Value, source, responsibility), Address()));
    }

    private void ReadObservation()
    {
        CheckShape(ObservationShape);
        var (code, unit, period) = Key();
        var indicator = itemFailed ? null : builder.CheckReferences(code!.Value, unit!.Value, this);
        var value = indicator?.Measure.Kind == MeasureKind.YesNo && item["value"]?.Kind is JsonTokenType.True or JsonTokenType.False
            ? (item["value"]!.Kind == JsonTokenType.True ? 1m : 0m)
            : Number("value", required: false);
        var numerator = Number("numerator", required: false);
        var denominator = Number("denominator", required: false);
        var asOf = Date("asOf");
        var source = Source();
        if (itemFailed)
        {
            return;
        }

        var measured = ItemRules.Value(indicator!, value, numerator, denominator, this);
        if (measured is null)
        {
            return;
        }

        Build("asOf", () => builder.AddObservation(new Observation(code!.Value, unit!.Value, period!, measured.Value, asOf, source), Address()));
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
            Fail(path, "the number lies outside the range of decimal.");
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
                "displayDecimals" => "decimals",
                "parentId" => "parent",
                "asOf" => "asOf",
                _ => fallbackPath,
            };
            Fail(path, ItemRules.FirstSentence(exception.Message));
        }
    }

    private RowAddress Address() => RowAddress.InJson(places, item.Offset, itemIndex);

    private string ItemPath => string.Create(CultureInfo.InvariantCulture, $"$.{arrayName}[{itemIndex}]");

    /// <summary>Reports a problem at a path below the current item; the path may be a CSV column name, mapped here.</summary>
    public void Fail(string field, string message)
    {
        itemFailed = true;
        var path = JsonPathOf(table, field);
        var node = item.Find(path);
        Report((node ?? item).Offset, $"{ItemPath}.{path}", message, path, node?.Raw);
    }

    private void Report(long offset, string path, string message, string? field, string? value)
    {
        var (line, column) = lines.At(offset);
        builder.Report(new DataProblem(new DataLocation(file, line, column, path), message, field, value));
    }

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
        "roll_up" => "rollUp",
        "lead" => "responsibility.lead",
        "coordinating" => "responsibility.coordinating",
        "value" or "high" or "tolerance" when table == ItemArray.Targets => "goal." + field,
        "as_of" => "asOf",
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
        _ => field,
    };

    /// <summary>The arrays of items a scorecard file holds, in the order they are read.</summary>
    private enum ItemArray
    {
        Units,
        Indicators,
        Targets,
        Observations,
        Successions,
    }
}
