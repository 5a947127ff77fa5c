using System.Globalization;
using System.Text.Json;
using De06Metrics.Composite;
using De06Metrics.Indicators;
using De06Metrics.Text;

namespace De06Metrics.Serialization;

/// <summary>
/// Reads a composite index file (see <see cref="IndexJson"/>): every problem at its line, column and JSON path, and
/// what the library's own constructors refuse (weights, targets, sampled methods) reported at the object that gave it.
/// </summary>
internal sealed class JsonIndexReader
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private static readonly string[] FileFields = ["version", "index", "uncertainty"];
    private static readonly string[] IndexFields = ["name", "aggregation", "dimensions"];
    private static readonly string[] DimensionFields = ["code", "name", "weight", "aggregation", "indicators"];
    private static readonly string[] IndicatorFields = ["indicator", "weight", "normalisation", "target", "treatment"];
    private static readonly string[] UncertaintyFields = ["samples", "seed", "weights", "normalisations", "aggregations", "firstOrderIndices"];

    private readonly ReadOnlyMemory<byte> bytes;
    private readonly string file;
    private readonly Dictionary<IndicatorCode, Indicator> catalog;
    private readonly List<DataProblem> problems = [];

    private JsonIndexReader(ReadOnlyMemory<byte> bytes, string file, Dictionary<IndicatorCode, Indicator> catalog)
    {
        this.bytes = bytes;
        this.file = file;
        this.catalog = catalog;
    }

    public static IndexReadResult Read(ReadOnlyMemory<byte> utf8, string file, Dictionary<IndicatorCode, Indicator> catalog)
    {
        // A byte order mark is allowed, as Excel and Notepad write one; offsets are counted after it.
        if (utf8.Span.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        return new JsonIndexReader(utf8, file, catalog).ReadAll();
    }

    private IndexReadResult ReadAll()
    {
        LocatedJsonValue root;
        try
        {
            var reader = new Utf8JsonReader(bytes.Span, Options);
            if (!reader.Read())
            {
                problems.Add(new DataProblem(new DataLocation(file, 1, 1, "$"), "the file is empty; expected an object with version, index and uncertainty."));
                return Result(null, null);
            }

            root = LocatedJsonValue.Read(ref reader, 0);
            while (reader.Read())
            {
                // Reading to the end finds text after the object.
            }
        }
        catch (JsonException malformed)
        {
            var line = (int)Math.Min((malformed.LineNumber ?? 0) + 1, int.MaxValue);
            var column = (int)Math.Min((malformed.BytePositionInLine ?? 0) + 1, int.MaxValue);
            problems.Add(new DataProblem(new DataLocation(file, line, column, malformed.Path), $"the JSON is malformed: {FirstSentence(malformed.Message)}"));
            return Result(null, null);
        }

        if (root.Kind != JsonTokenType.StartObject)
        {
            Fail(root.Offset, "$", "expected an object with version, index and uncertainty.");
            return Result(null, null);
        }

        CheckShape(root, "$", FileFields, "an index file");
        if (root["version"] is { } version && version.Number != 1m)
        {
            Fail(version.Offset, "$.version", "the only version is 1.", "version", version.Raw);
        }

        MultiLevelIndex? index = null;
        if (root["index"] is not { Kind: JsonTokenType.StartObject } indexValue)
        {
            Fail(root["index"]?.Offset ?? root.Offset, "$.index", "expected an object with name, aggregation and dimensions.", "index");
        }
        else
        {
            index = ReadIndex(indexValue);
        }

        UncertaintyAnalysis? uncertainty = null;
        if (root["uncertainty"] is { Kind: not JsonTokenType.Null } uncertaintyValue)
        {
            uncertainty = ReadUncertainty(uncertaintyValue);
        }

        return Result(index, uncertainty);
    }

    private IndexReadResult Result(MultiLevelIndex? index, UncertaintyAnalysis? uncertainty) =>
        new(index, uncertainty, [.. problems.OrderBy(p => p.Location.Line ?? 0).ThenBy(p => p.Location.Column ?? 0)]);

    private MultiLevelIndex? ReadIndex(LocatedJsonValue node)
    {
        const string path = "$.index";
        var before = problems.Count;
        CheckShape(node, path, IndexFields, "an index");
        var name = Name(node, path);
        var aggregation = Word(node, path, "aggregation", IndexWords.Aggregations, "aggregation");
        if (node["dimensions"] is not { Kind: JsonTokenType.StartArray } list || list.Items!.Count == 0)
        {
            Fail(node["dimensions"]?.Offset ?? node.Offset, path + ".dimensions", "expected an array of at least one dimension.", "dimensions");
            return null;
        }

        var dimensions = new List<IndexDimension>();
        for (var d = 0; d < list.Items.Count; d++)
        {
            if (ReadDimension(list.Items[d], string.Create(CultureInfo.InvariantCulture, $"{path}.dimensions[{d}]")) is { } dimension)
            {
                dimensions.Add(dimension);
            }
        }

        return problems.Count == before && name is { } text && aggregation is { } method
            ? Build(() => new MultiLevelIndex(text, method, dimensions), node.Offset, path)
            : null;
    }

    private IndexDimension? ReadDimension(LocatedJsonValue node, string path)
    {
        if (node.Kind != JsonTokenType.StartObject)
        {
            Fail(node.Offset, path, "expected a dimension: an object with code, name, weight, aggregation and indicators.");
            return null;
        }

        var before = problems.Count;
        CheckShape(node, path, DimensionFields, "a dimension");
        var code = Text(node, path, "code");
        var name = Name(node, path);
        var weight = Number(node, path, "weight");
        var aggregation = Word(node, path, "aggregation", IndexWords.Aggregations, "aggregation");
        if (node["indicators"] is not { Kind: JsonTokenType.StartArray } list || list.Items!.Count == 0)
        {
            Fail(node["indicators"]?.Offset ?? node.Offset, path + ".indicators", "expected an array of at least one indicator.", "indicators");
            return null;
        }

        var indicators = new List<LevelIndicator>();
        for (var i = 0; i < list.Items.Count; i++)
        {
            if (ReadIndicator(list.Items[i], string.Create(CultureInfo.InvariantCulture, $"{path}.indicators[{i}]")) is { } indicator)
            {
                indicators.Add(indicator);
            }
        }

        return problems.Count == before && code is not null && name is { } text && weight is { } w && aggregation is { } method
            ? Build(() => new IndexDimension(code, text, w, method, indicators), node.Offset, path)
            : null;
    }

    private LevelIndicator? ReadIndicator(LocatedJsonValue node, string path)
    {
        if (node.Kind != JsonTokenType.StartObject)
        {
            Fail(node.Offset, path, "expected an indicator: an object with indicator, weight and normalisation, and a target or treatment if any.");
            return null;
        }

        var before = problems.Count;
        CheckShape(node, path, IndicatorFields, "an indicator");
        Indicator? indicator = null;
        if (Text(node, path, "indicator") is { } code)
        {
            if (!catalog.TryGetValue(new IndicatorCode(code), out indicator))
            {
                Fail(node["indicator"]!.Offset, path + ".indicator", $"unknown indicator; the catalog has {Known()}.", "indicator", code);
            }
        }

        var weight = Number(node, path, "weight");
        var normalisation = node["normalisation"] is { } given
            ? ReadNormalisation(given, path + ".normalisation")
            : Missing<Normalisation>(node, path, "normalisation");
        var target = Number(node, path, "target", required: false);
        var treatment = node["treatment"] is { Kind: not JsonTokenType.Null } treated ? ReadTreatment(treated, path + ".treatment") : null;
        return problems.Count == before && indicator is not null && weight is { } w && normalisation is not null
            ? Build(() => new LevelIndicator(indicator, w, normalisation, target, treatment), node.Offset, path)
            : null;
    }

    private Normalisation? ReadNormalisation(LocatedJsonValue node, string path)
    {
        if (node.Kind != JsonTokenType.StartObject)
        {
            Fail(node.Offset, path, $"expected a normalisation: an object with a method ({IndexWords.List(IndexWords.Normalisations)}).");
            return null;
        }

        if (Word(node, path, "method", IndexWords.Normalisations, "normalisation") is not { } method)
        {
            return null;
        }

        var before = problems.Count;
        switch (method)
        {
            case NormalisationMethod.MinMax:
                CheckShape(node, path, ["method", "lower", "upper"], "a min-max normalisation");
                var lower = Number(node, path, "lower", required: false) ?? 0m;
                var upper = Number(node, path, "upper", required: false) ?? 100m;
                return problems.Count == before ? Build(() => Normalisation.MinMax(lower, upper), node.Offset, path) : null;
            case NormalisationMethod.ZScore:
                CheckShape(node, path, ["method", "mean", "standardDeviation"], "a z-score normalisation");
                var mean = Number(node, path, "mean", required: false) ?? 0m;
                var deviation = Number(node, path, "standardDeviation", required: false) ?? 1m;
                return problems.Count == before ? Build(() => Normalisation.ZScore(mean, deviation), node.Offset, path) : null;
            case NormalisationMethod.DistanceToTarget:
                CheckShape(node, path, ["method", "capAtTarget"], "a distance to target");
                var cap = Bool(node, path, "capAtTarget") ?? true;
                return problems.Count == before ? Normalisation.DistanceToTarget(cap) : null;
            default:
                CheckShape(node, path, ["method"], "a percentile rank");
                return problems.Count == before ? Normalisation.PercentileRank() : null;
        }
    }

    private OutlierTreatment? ReadTreatment(LocatedJsonValue node, string path)
    {
        if (node.Kind != JsonTokenType.StartObject)
        {
            Fail(node.Offset, path, $"expected a treatment: an object with a method ({IndexWords.List(IndexWords.Treatments)}).");
            return null;
        }

        if (Word(node, path, "method", IndexWords.Treatments, "treatment") is not { } method)
        {
            return null;
        }

        var before = problems.Count;
        if (method == OutlierTreatmentMethod.Winsorise)
        {
            CheckShape(node, path, ["method", "lower", "upper"], "winsorising");
            var lower = Number(node, path, "lower");
            var upper = Number(node, path, "upper");
            return problems.Count == before && lower is { } l && upper is { } u ? Build(() => OutlierTreatment.Winsorise(l, u), node.Offset, path) : null;
        }

        CheckShape(node, path, ["method", "shift"], "a log");
        var shift = Number(node, path, "shift", required: false) ?? 0m;
        return problems.Count == before ? Build(() => OutlierTreatment.Log(shift), node.Offset, path) : null;
    }

    private UncertaintyAnalysis? ReadUncertainty(LocatedJsonValue node)
    {
        const string path = "$.uncertainty";
        if (node.Kind != JsonTokenType.StartObject)
        {
            Fail(node.Offset, path, "expected an object with samples, seed, weights, normalisations, aggregations and firstOrderIndices.");
            return null;
        }

        var before = problems.Count;
        CheckShape(node, path, UncertaintyFields, "an uncertainty analysis");
        var samples = Whole(node, path, "samples");
        var seed = Whole(node, path, "seed");
        var weights = WeightPerturbation.None;
        if (node["weights"] is { Kind: not JsonTokenType.Null } weightsValue)
        {
            weights = ReadWeights(weightsValue, path + ".weights") ?? WeightPerturbation.None;
        }

        var normalisations = new List<Normalisation>();
        if (node["normalisations"] is { Kind: not JsonTokenType.Null } normalisationList)
        {
            if (normalisationList.Kind != JsonTokenType.StartArray)
            {
                Fail(normalisationList.Offset, path + ".normalisations", "expected an array of normalisations, each equally likely.", "normalisations");
            }
            else
            {
                for (var i = 0; i < normalisationList.Items!.Count; i++)
                {
                    if (ReadNormalisation(normalisationList.Items[i], string.Create(CultureInfo.InvariantCulture, $"{path}.normalisations[{i}]")) is { } normalisation)
                    {
                        normalisations.Add(normalisation);
                    }
                }
            }
        }

        var aggregations = new List<AggregationMethod>();
        if (node["aggregations"] is { Kind: not JsonTokenType.Null } aggregationList)
        {
            if (aggregationList.Kind != JsonTokenType.StartArray)
            {
                Fail(aggregationList.Offset, path + ".aggregations", $"expected an array of aggregations ({IndexWords.List(IndexWords.Aggregations)}), each equally likely.", "aggregations");
            }
            else
            {
                for (var i = 0; i < aggregationList.Items!.Count; i++)
                {
                    var item = aggregationList.Items[i];
                    var itemPath = string.Create(CultureInfo.InvariantCulture, $"{path}.aggregations[{i}]");
                    if (item.Kind == JsonTokenType.String && IndexWords.Parse(IndexWords.Aggregations, item.Text ?? string.Empty) is { } aggregation)
                    {
                        aggregations.Add(aggregation);
                    }
                    else
                    {
                        Fail(item.Offset, itemPath, $"expected an aggregation: {IndexWords.List(IndexWords.Aggregations)}.", "aggregations", item.Raw);
                    }
                }
            }
        }

        var firstOrder = Bool(node, path, "firstOrderIndices") ?? true;
        return problems.Count == before && samples is { } n && seed is { } s
            ? Build(() => new UncertaintyAnalysis(n, s, weights, normalisations, aggregations, firstOrder), node.Offset, path)
            : null;
    }

    private WeightPerturbation? ReadWeights(LocatedJsonValue node, string path)
    {
        if (node.Kind != JsonTokenType.StartObject)
        {
            Fail(node.Offset, path, $"expected an object with a method ({IndexWords.List(IndexWords.WeightPerturbations)}).");
            return null;
        }

        var before = problems.Count;
        switch (Word(node, path, "method", IndexWords.WeightPerturbations, "weight perturbation"))
        {
            case WeightPerturbationMethod.UniformRange:
                CheckShape(node, path, ["method", "range"], "a uniform range");
                var range = Number(node, path, "range");
                return problems.Count == before && range is { } r ? Build(() => WeightPerturbation.UniformRange((double)r), node.Offset, path) : null;
            case WeightPerturbationMethod.Dirichlet:
                CheckShape(node, path, ["method", "concentration"], "a Dirichlet perturbation");
                var concentration = Number(node, path, "concentration");
                return problems.Count == before && concentration is { } c ? Build(() => WeightPerturbation.Dirichlet((double)c), node.Offset, path) : null;
            case WeightPerturbationMethod.None:
                CheckShape(node, path, ["method"], "no perturbation");
                return WeightPerturbation.None;
            default:
                return null;
        }
    }

    private T? Build<T>(Func<T> make, long offset, string path)
        where T : class
    {
        try
        {
            return make();
        }
        catch (ArgumentException refused)
        {
            // The constructors say what is wrong in full; the parameter name they add is the library's, not the file's.
            Fail(offset, path, FirstSentence(refused.Message));
            return null;
        }
    }

    private void CheckShape(LocatedJsonValue node, string path, string[] fields, string what)
    {
        foreach (var (name, nameOffset, _) in node.Properties!)
        {
            if (!fields.Contains(name))
            {
                Fail(nameOffset, path + "." + name, $"unknown property; {what} has {string.Join(", ", fields)}.", name);
            }
        }
    }

    private LocalizedText? Name(LocatedJsonValue node, string path)
    {
        var vi = Text(node, path, "name.vi");
        var en = Text(node, path, "name.en", required: false);
        return vi is null ? null : new LocalizedText(vi, en);
    }

    private string? Text(LocatedJsonValue node, string path, string field, bool required = true)
    {
        var value = node.Find(field);
        if (value is null || value.Kind == JsonTokenType.Null)
        {
            if (required)
            {
                Fail(node.Offset, path + "." + field, $"the property '{field}' is missing.", field);
            }

            return null;
        }

        if (value.Kind != JsonTokenType.String || string.IsNullOrWhiteSpace(value.Text))
        {
            Fail(value.Offset, path + "." + field, "expected a text that is not empty.", field, value.Raw);
            return null;
        }

        return value.Text.Trim();
    }

    private decimal? Number(LocatedJsonValue node, string path, string field, bool required = true)
    {
        var value = node[field];
        if (value is null || value.Kind == JsonTokenType.Null)
        {
            if (required)
            {
                Fail(node.Offset, path + "." + field, $"the property '{field}' is missing.", field);
            }

            return null;
        }

        if (value.Number is not { } number)
        {
            Fail(value.Offset, path + "." + field,
                value.NumberTooPrecise ? "the number has more significant digits than a decimal holds; it is not rounded." : "expected a number.", field, value.Raw);
            return null;
        }

        return number;
    }

    private int? Whole(LocatedJsonValue node, string path, string field)
    {
        if (Number(node, path, field) is not { } number)
        {
            return null;
        }

        if (number != decimal.Truncate(number) || number is < int.MinValue or > int.MaxValue)
        {
            Fail(node[field]!.Offset, path + "." + field, "expected a whole number.", field, node[field]!.Raw);
            return null;
        }

        return (int)number;
    }

    private bool? Bool(LocatedJsonValue node, string path, string field)
    {
        var value = node[field];
        switch (value?.Kind)
        {
            case null or JsonTokenType.Null:
                return null;
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            default:
                Fail(value.Offset, path + "." + field, "expected true or false.", field, value.Raw);
                return null;
        }
    }

    private T? Word<T>(LocatedJsonValue node, string path, string field, IReadOnlyList<(string Word, T Value)> words, string what)
        where T : struct, Enum
    {
        if (Text(node, path, field) is not { } word)
        {
            return null;
        }

        if (IndexWords.Parse(words, word) is { } value)
        {
            return value;
        }

        Fail(node[field]!.Offset, path + "." + field, $"unknown {what}; expected {IndexWords.List(words)}.", field, word);
        return null;
    }

    private T? Missing<T>(LocatedJsonValue node, string path, string field)
        where T : class
    {
        Fail(node.Offset, path + "." + field, $"the property '{field}' is missing.", field);
        return null;
    }

    private string Known()
    {
        var codes = catalog.Keys.Select(code => code.Value).Order(StringComparer.Ordinal).ToList();
        return codes.Count switch
        {
            0 => "no indicator",
            <= 10 => string.Join(", ", codes),
            _ => string.Join(", ", codes.Take(10)) + string.Create(CultureInfo.InvariantCulture, $" and {codes.Count - 10} more"),
        };
    }

    private void Fail(long offset, string path, string message, string? field = null, string? value = null)
    {
        var (line, column) = JsonTokenStream.PlaceWithin(bytes.Span, (1, 1), 0, offset);
        problems.Add(new DataProblem(new DataLocation(file, line, column, path), message, field, value));
    }

    private static string FirstSentence(string message)
    {
        var parameter = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        return parameter < 0 ? message : message[..parameter];
    }
}
