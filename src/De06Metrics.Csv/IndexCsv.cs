using System.Globalization;
using CsvHelper;
using De06Metrics.Composite;
using De06Metrics.Indicators;
using De06Metrics.Serialization;
using De06Metrics.Text;

namespace De06Metrics.Csv;

/// <summary>
/// Reads and writes a composite index in levels (<see cref="MultiLevelIndex"/>) and its uncertainty analysis's choices
/// as one CSV table, <c>index.csv</c>: the table counterpart of <see cref="IndexJson"/>, for people who keep their weights
/// in a spreadsheet. One row for the index, one per dimension, one per indicator naming its dimension, and, when there is
/// an analysis, one row for it and one per alternative normalisation or aggregation it samples (the format is in
/// <c>docs/composite.md</c>).
/// </summary>
/// <remarks>
/// <para>
/// The kinds are <c>index</c>, <c>dimension</c>, <c>indicator</c>, <c>uncertainty</c>, <c>normalisation</c> and
/// <c>aggregation</c>; the words are those of the JSON form (<c>arithmetic</c>, <c>minMax</c>, <c>winsorise</c>,
/// <c>dirichlet</c>, …). Dimensions come in the order of their rows, and each dimension's indicators in the order of
/// theirs, wherever they stand in the file.
/// </para>
/// <para>
/// Written UTF-8 with a byte order mark, cells separated by commas, numbers with a decimal point; read with the separator
/// the header uses (comma or semicolon) and numbers with a decimal point, or a decimal comma when the cell has no point.
/// A read never throws for bad data: every problem is located by line and column, what the library's own constructors
/// refuse is reported at the row that gave it, and an index or analysis with any problem is not built. Stateless and
/// thread-safe.
/// </para>
/// </remarks>
public static class IndexCsv
{
    /// <summary>The file's usual name: <c>index.csv</c>.</summary>
    public const string FileName = "index.csv";

    private const string IndexKind = "index";
    private const string DimensionKind = "dimension";
    private const string IndicatorKind = "indicator";
    private const string UncertaintyKind = "uncertainty";
    private const string NormalisationKind = "normalisation";
    private const string AggregationKind = "aggregation";

    private static readonly string[] Kinds = [IndexKind, DimensionKind, IndicatorKind, UncertaintyKind, NormalisationKind, AggregationKind];

    private static readonly string[] Columns =
    [
        "kind", "code", "indicator", "parent", "name_vi", "name_en", "weight", "aggregation", "normalisation", "lower", "upper", "mean",
        "standard_deviation", "cap_at_target", "target", "treatment", "treatment_lower", "treatment_upper", "shift", "samples", "seed",
        "weights", "range", "concentration", "first_order_indices",
    ];

    /// <summary>Reads an index file, looking its indicators up in a catalog.</summary>
    /// <param name="path">The file.</param>
    /// <param name="indicators">The catalog: a file chooses how an indicator is used, never what it measures.</param>
    /// <returns>The index and the analysis (none when the file has no <c>uncertainty</c> row), or every problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicators"/> or one of them is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty, or an indicator code appears twice in the catalog.</exception>
    public static IndexReadResult Read(string path, IEnumerable<Indicator> indicators)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(indicators);
        var catalog = new Dictionary<IndicatorCode, Indicator>();
        foreach (var indicator in indicators)
        {
            ArgumentNullException.ThrowIfNull(indicator, nameof(indicators));
            if (!catalog.TryAdd(indicator.Code, indicator))
            {
                throw new ArgumentException($"Indicator code '{indicator.Code}' appears more than once in the catalog.", nameof(indicators));
            }
        }

        return new Reader(path, catalog).Read();
    }

    /// <summary>
    /// Writes an index and, optionally, its analysis's choices to a file (replacing it). Reading it back gives an index
    /// that computes the same scores and an analysis with the same choices.
    /// </summary>
    /// <param name="index">The index.</param>
    /// <param name="uncertainty">The analysis, or <see langword="null"/> for none.</param>
    /// <param name="path">The file.</param>
    /// <exception cref="ArgumentNullException"><paramref name="index"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void Write(MultiLevelIndex index, UncertaintyAnalysis? uncertainty, string path)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var options = CsvWriterOptions.Default with { Separator = ',', NewLine = "\n", WriteByteOrderMark = true, Quoting = CsvQuoting.WhenNeededOrWhitespace };
        FileReplacement.Write(path, stream =>
        {
            using var writer = CsvWriter.Create(stream, options, leaveOpen: true);
            writer.WriteHeader(Columns);
            foreach (var row in Rows(index, uncertainty))
            {
                writer.WriteRecord(row);
            }
        });
    }

    private static IEnumerable<string[]> Rows(MultiLevelIndex index, UncertaintyAnalysis? uncertainty)
    {
        yield return Row(new() { ["kind"] = IndexKind, ["name_vi"] = index.Name.Vietnamese, ["name_en"] = index.Name.English, ["aggregation"] = Word(index.Aggregation) });
        foreach (var dimension in index.Dimensions)
        {
            yield return Row(new()
            {
                ["kind"] = DimensionKind, ["code"] = dimension.Code, ["name_vi"] = dimension.Name.Vietnamese, ["name_en"] = dimension.Name.English,
                ["weight"] = N(dimension.Weight), ["aggregation"] = Word(dimension.Aggregation),
            });
        }

        foreach (var dimension in index.Dimensions)
        {
            foreach (var indicator in dimension.Indicators)
            {
                var cells = new Dictionary<string, string?>
                {
                    ["kind"] = IndicatorKind, ["indicator"] = indicator.Code.Value, ["parent"] = dimension.Code, ["weight"] = N(indicator.Weight),
                    ["target"] = indicator.Component.Target is { } target ? N(target) : null,
                };
                Normalise(cells, indicator.Normalisation);
                if (indicator.Treatment is { } treatment)
                {
                    cells["treatment"] = IndexWords.Word(IndexWords.Treatments, treatment.Method);
                    if (treatment.Method == OutlierTreatmentMethod.Winsorise)
                    {
                        cells["treatment_lower"] = N(treatment.First);
                        cells["treatment_upper"] = N(treatment.Second);
                    }
                    else
                    {
                        cells["shift"] = N(treatment.First);
                    }
                }

                yield return Row(cells);
            }
        }

        if (uncertainty is null)
        {
            yield break;
        }

        var weights = uncertainty.Weights;
        yield return Row(new()
        {
            ["kind"] = UncertaintyKind,
            ["samples"] = uncertainty.Samples.ToString(CultureInfo.InvariantCulture),
            ["seed"] = uncertainty.Seed.ToString(CultureInfo.InvariantCulture),
            ["weights"] = IndexWords.Word(IndexWords.WeightPerturbations, weights.Method),
            ["range"] = weights.Method == WeightPerturbationMethod.UniformRange ? weights.Parameter.ToString("R", CultureInfo.InvariantCulture) : null,
            ["concentration"] = weights.Method == WeightPerturbationMethod.Dirichlet ? weights.Parameter.ToString("R", CultureInfo.InvariantCulture) : null,
            ["first_order_indices"] = uncertainty.FirstOrderIndices ? "true" : "false",
        });
        foreach (var normalisation in uncertainty.Normalisations)
        {
            var cells = new Dictionary<string, string?> { ["kind"] = NormalisationKind };
            Normalise(cells, normalisation);
            yield return Row(cells);
        }

        foreach (var aggregation in uncertainty.Aggregations)
        {
            yield return Row(new() { ["kind"] = AggregationKind, ["aggregation"] = Word(aggregation) });
        }

        static string Word(AggregationMethod method) => IndexWords.Word(IndexWords.Aggregations, method);
    }

    private static void Normalise(Dictionary<string, string?> cells, Normalisation normalisation)
    {
        cells["normalisation"] = IndexWords.Word(IndexWords.Normalisations, normalisation.Method);
        switch (normalisation.Method)
        {
            case NormalisationMethod.MinMax:
                cells["lower"] = N(normalisation.Lower);
                cells["upper"] = N(normalisation.Upper);
                break;
            case NormalisationMethod.ZScore:
                cells["mean"] = N(normalisation.Lower);
                cells["standard_deviation"] = N(normalisation.Upper);
                break;
            case NormalisationMethod.DistanceToTarget:
                cells["cap_at_target"] = normalisation.CapsAtTarget ? "true" : "false";
                break;
        }
    }

    private static string N(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string[] Row(Dictionary<string, string?> cells) => [.. Columns.Select(column => cells.GetValueOrDefault(column) ?? string.Empty)];

    private sealed class Reader(string path, Dictionary<IndicatorCode, Indicator> catalog)
    {
        private readonly List<DataProblem> problems = [];
        private Dictionary<string, int> positions = [];
        private string[] cells = [];
        private int line;

        public IndexReadResult Read()
        {
            var rows = ScorecardCsv.ReadRows(path, problems);
            using var source = rows?.Source;
            if (rows is not { } csv)
            {
                return Done(null, null);
            }

            positions = csv.Header.Select((name, i) => (name.Trim(), i)).GroupBy(pair => pair.Item1, StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.First().i, StringComparer.Ordinal);
            foreach (var unknown in csv.Header.Select(name => name.Trim()).Where(name => !Columns.Contains(name)))
            {
                problems.Add(new DataProblem(new DataLocation(path, csv.HeaderLine), $"unknown column; an index file has {string.Join(", ", Columns)}.", unknown));
            }

            if (!positions.ContainsKey("kind"))
            {
                problems.Add(new DataProblem(new DataLocation(path, csv.HeaderLine), "the column 'kind' is missing."));
            }

            if (problems.Count > 0)
            {
                return Done(null, null);
            }

            (LocalizedText Name, AggregationMethod Aggregation, int Line)? top = null;
            var dimensions = new List<(string Code, LocalizedText Name, decimal Weight, AggregationMethod Aggregation, int Line)>();
            var indicators = new List<(string Parent, LevelIndicator Indicator, int Line)>();
            (int Samples, int Seed, WeightPerturbation Weights, bool FirstOrder, int Line)? analysis = null;
            var normalisations = new List<(Normalisation Normalisation, int Line)>();
            var aggregations = new List<AggregationMethod>();
            foreach (var (row, number) in csv.Records)
            {
                cells = row;
                line = number;
                if (cells.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                var before = problems.Count;
                switch (Text("kind", required: true))
                {
                    case null:
                        break;
                    case IndexKind:
                        var name = Name();
                        var aggregation = Aggregation(required: true);
                        if (top is { } earlier)
                        {
                            Fail("kind", $"the index's row is given twice; the first is on line {earlier.Line.ToString(CultureInfo.InvariantCulture)}.");
                        }
                        else if (problems.Count == before && name is { } text && aggregation is { } method)
                        {
                            top = (text, method, line);
                        }

                        break;
                    case DimensionKind:
                        var code = Text("code", required: true);
                        var dimensionName = Name();
                        var weight = Number("weight", required: true);
                        var dimensionAggregation = Aggregation(required: true);
                        if (code is not null && dimensions.FirstOrDefault(d => d.Code == code) is { Code: not null } twice)
                        {
                            Fail("code", $"the dimension '{code}' is given twice; the first is on line {twice.Line.ToString(CultureInfo.InvariantCulture)}.", code);
                        }
                        else if (problems.Count == before && code is not null && dimensionName is { } named && weight is { } w && dimensionAggregation is { } how)
                        {
                            dimensions.Add((code, named, w, how, line));
                        }

                        break;
                    case IndicatorKind:
                        var parent = Text("parent", required: true);
                        if (ReadIndicator() is { } indicator && parent is not null && problems.Count == before)
                        {
                            indicators.Add((parent, indicator, line));
                        }

                        break;
                    case UncertaintyKind:
                        var samples = Whole("samples");
                        var seed = Whole("seed");
                        var perturbation = Weights();
                        var firstOrder = Bool("first_order_indices") ?? true;
                        if (analysis is { } first)
                        {
                            Fail("kind", $"the analysis's row is given twice; the first is on line {first.Line.ToString(CultureInfo.InvariantCulture)}.");
                        }
                        else if (problems.Count == before && samples is { } n && seed is { } s && perturbation is not null)
                        {
                            analysis = (n, s, perturbation, firstOrder, line);
                        }

                        break;
                    case NormalisationKind:
                        if (Normalisation() is { } alternative)
                        {
                            normalisations.Add((alternative, line));
                        }

                        break;
                    case AggregationKind:
                        if (Aggregation(required: true) is { } sampled)
                        {
                            aggregations.Add(sampled);
                        }

                        break;
                    case var other:
                        Fail("kind", $"unknown kind; the kinds are {string.Join(", ", Kinds)}.", other);
                        break;
                }
            }

            var index = Assemble(top, dimensions, indicators);
            UncertaintyAnalysis? uncertainty = null;
            if (analysis is { } chosen)
            {
                line = chosen.Line;
                uncertainty = Build(
                    () => new UncertaintyAnalysis(chosen.Samples, chosen.Seed, chosen.Weights, normalisations.Select(n => n.Normalisation), aggregations, chosen.FirstOrder));
            }
            else if (normalisations.Count > 0 || aggregations.Count > 0)
            {
                problems.Add(new DataProblem(
                    new DataLocation(path, normalisations.Count > 0 ? normalisations[0].Line : null), $"alternative normalisations or aggregations are given, but no row of kind '{UncertaintyKind}' with the samples and the seed."));
            }

            return Done(index, uncertainty);
        }

        private MultiLevelIndex? Assemble(
            (LocalizedText Name, AggregationMethod Aggregation, int Line)? top,
            List<(string Code, LocalizedText Name, decimal Weight, AggregationMethod Aggregation, int Line)> dimensions,
            List<(string Parent, LevelIndicator Indicator, int Line)> indicators)
        {
            foreach (var orphan in indicators.Where(item => !dimensions.Exists(d => d.Code == item.Parent)))
            {
                line = orphan.Line;
                Fail("parent", $"unknown dimension; the dimensions are {(dimensions.Count == 0 ? "none" : string.Join(", ", dimensions.Select(d => d.Code)))}.", orphan.Parent);
            }

            if (top is not { } index)
            {
                problems.Add(new DataProblem(new DataLocation(path), $"the file has no row of kind '{IndexKind}' giving the index's name and aggregation."));
                return null;
            }

            if (dimensions.Count == 0)
            {
                problems.Add(new DataProblem(new DataLocation(path), $"the file has no row of kind '{DimensionKind}'; an index needs at least one dimension."));
                return null;
            }

            var built = new List<IndexDimension>();
            foreach (var dimension in dimensions)
            {
                line = dimension.Line;
                var members = indicators.Where(item => item.Parent == dimension.Code).Select(item => item.Indicator).ToList();
                if (Build(() => new IndexDimension(dimension.Code, dimension.Name, dimension.Weight, dimension.Aggregation, members)) is { } made)
                {
                    built.Add(made);
                }
            }

            line = index.Line;
            return problems.Count == 0 ? Build(() => new MultiLevelIndex(index.Name, index.Aggregation, built)) : null;
        }

        private LevelIndicator? ReadIndicator()
        {
            var before = problems.Count;
            Indicator? indicator = null;
            if (Text("indicator", required: true) is { } code && !catalog.TryGetValue(new IndicatorCode(code), out indicator))
            {
                Fail("indicator", $"unknown indicator; the catalog has {string.Join(", ", catalog.Keys.Select(key => key.Value).Order(StringComparer.Ordinal))}.", code);
            }

            var weight = Number("weight", required: true);
            var normalisation = Normalisation();
            var target = Number("target");
            var treatment = Treatment();
            return problems.Count == before && indicator is not null && weight is { } w && normalisation is not null
                ? Build(() => new LevelIndicator(indicator, w, normalisation, target, treatment))
                : null;
        }

        private Normalisation? Normalisation()
        {
            if (Word("normalisation", IndexWords.Normalisations, required: true) is not { } method)
            {
                return null;
            }

            var before = problems.Count;
            switch (method)
            {
                case NormalisationMethod.MinMax:
                    var lower = Number("lower") ?? 0m;
                    var upper = Number("upper") ?? 100m;
                    return problems.Count == before ? Build(() => Composite.Normalisation.MinMax(lower, upper)) : null;
                case NormalisationMethod.ZScore:
                    var mean = Number("mean") ?? 0m;
                    var deviation = Number("standard_deviation") ?? 1m;
                    return problems.Count == before ? Build(() => Composite.Normalisation.ZScore(mean, deviation)) : null;
                case NormalisationMethod.DistanceToTarget:
                    var cap = Bool("cap_at_target") ?? true;
                    return problems.Count == before ? Composite.Normalisation.DistanceToTarget(cap) : null;
                default:
                    return Composite.Normalisation.PercentileRank();
            }
        }

        private OutlierTreatment? Treatment()
        {
            if (Word("treatment", IndexWords.Treatments, required: false) is not { } method)
            {
                return null;
            }

            if (method == OutlierTreatmentMethod.Winsorise)
            {
                var lower = Number("treatment_lower", required: true);
                var upper = Number("treatment_upper", required: true);
                return lower is { } l && upper is { } u ? Build(() => OutlierTreatment.Winsorise(l, u)) : null;
            }

            var shift = Number("shift") ?? 0m;
            return Build(() => OutlierTreatment.Log(shift));
        }

        private WeightPerturbation? Weights()
        {
            switch (Word("weights", IndexWords.WeightPerturbations, required: false))
            {
                case WeightPerturbationMethod.UniformRange:
                    return Number("range", required: true) is { } range ? Build(() => WeightPerturbation.UniformRange((double)range)) : null;
                case WeightPerturbationMethod.Dirichlet:
                    return Number("concentration", required: true) is { } concentration ? Build(() => WeightPerturbation.Dirichlet((double)concentration)) : null;
                case null when Text("weights") is not null:
                    return null;
                default:
                    return WeightPerturbation.None;
            }
        }

        private AggregationMethod? Aggregation(bool required) => Word("aggregation", IndexWords.Aggregations, required);

        private T? Word<T>(string field, IReadOnlyList<(string Word, T Value)> words, bool required)
            where T : struct, Enum
        {
            if (Text(field, required) is not { } text)
            {
                return null;
            }

            if (IndexWords.Parse(words, text) is { } value)
            {
                return value;
            }

            Fail(field, $"unknown {field.Replace('_', ' ')}; expected one of {IndexWords.List(words)}.", text);
            return null;
        }

        private LocalizedText? Name() => Text("name_vi", required: true) is { } vi ? new LocalizedText(vi, Text("name_en")) : null;

        private string? Text(string field, bool required = false)
        {
            var text = positions.TryGetValue(field, out var i) && i < cells.Length ? cells[i].Trim() : null;
            if (string.IsNullOrEmpty(text))
            {
                if (required)
                {
                    Fail(field, positions.ContainsKey(field) ? "the cell is empty." : $"the column '{field}' is missing.");
                }

                return null;
            }

            return text;
        }

        private decimal? Number(string field, bool required = false)
        {
            if (Text(field, required) is not { } text)
            {
                return null;
            }

            if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
                || (!text.Contains('.', StringComparison.Ordinal)
                    && decimal.TryParse(text.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)))
            {
                return value;
            }

            Fail(field, "expected a number.", text);
            return null;
        }

        private int? Whole(string field)
        {
            if (Number(field, required: true) is not { } value)
            {
                return null;
            }

            if (value == decimal.Truncate(value) && value is >= int.MinValue and <= int.MaxValue)
            {
                return (int)value;
            }

            Fail(field, "expected a whole number.", Text(field));
            return null;
        }

        private bool? Bool(string field)
        {
            switch (Text(field)?.ToUpperInvariant())
            {
                case null:
                    return null;
                case "TRUE":
                    return true;
                case "FALSE":
                    return false;
                default:
                    Fail(field, "expected true or false.", Text(field));
                    return null;
            }
        }

        private T? Build<T>(Func<T> make)
            where T : class
        {
            try
            {
                return make();
            }
            catch (ArgumentException refused)
            {
                // The constructors say what is wrong in full; the parameter name they add is the library's, not the file's.
                var message = refused.Message;
                var cut = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
                problems.Add(new DataProblem(new DataLocation(path, line), cut < 0 ? message : message[..cut]));
                return null;
            }
        }

        private void Fail(string field, string message, string? value = null) =>
            problems.Add(new DataProblem(new DataLocation(path, line, positions.TryGetValue(field, out var i) ? i + 1 : null), message, field, value));

        private IndexReadResult Done(MultiLevelIndex? index, UncertaintyAnalysis? uncertainty) =>
            new(index, uncertainty, [.. problems.OrderBy(p => p.Location.Line ?? 0).ThenBy(p => p.Location.Column ?? 0)]);
    }
}
