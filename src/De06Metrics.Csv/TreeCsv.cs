using System.Globalization;
using CsvHelper;
using De06Metrics.Composite;
using De06Metrics.Scorecards;
using De06Metrics.Scoring;
using De06Metrics.Serialization;
using De06Metrics.Text;

namespace De06Metrics.Csv;

/// <summary>
/// Reads and writes a <see cref="ScorecardTree"/> as the <c>tree.csv</c> of a scorecard's folder: one row for the
/// scorecard (kind <c>scorecard</c>, with the coverage rule), then one row a node, flat, each naming its parent (the
/// format is in <c>docs/data-format.md</c>).
/// </summary>
/// <remarks>
/// Numbers are written with a decimal point and read with a decimal point, or a decimal comma when the cell has no
/// point. Bands are one cell, <c>from:points</c> pairs separated by <c>|</c>, best first: <c>1:100|0.7:50</c>. A read
/// never throws for bad data: every problem is located by line and column, and a tree with a problem is not built.
/// Stateless and thread-safe.
/// </remarks>
public static class TreeCsv
{
    /// <summary>The file's name in a scorecard's folder: <c>tree.csv</c>.</summary>
    public const string FileName = "tree.csv";

    private static readonly string[] RequiredColumns = ["kind", "code", "indicator", "parent", "weight"];

    private static readonly string[] Columns =
    [
        "kind", "code", "indicator", "parent", "name_vi", "name_en", "weight", "method", "ceiling", "bands", "otherwise", "rule",
        "threshold", "maximum", "points", "coverage_basis", "coverage_share",
    ];

    /// <summary>Reads the <c>tree.csv</c> of a folder, checking its indicators against a scorecard's catalog.</summary>
    /// <param name="folder">The folder.</param>
    /// <param name="scorecard">The scorecard whose indicators the tree names.</param>
    /// <returns>The tree, or none when the folder has no <c>tree.csv</c> or it has a problem, and every problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scorecard"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="folder"/> is empty.</exception>
    public static TreeReadResult ReadFolder(string folder, Scorecard scorecard)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentNullException.ThrowIfNull(scorecard);
        var path = Path.Combine(folder, FileName);
        return File.Exists(path) ? new Reader(path, scorecard).Read() : new TreeReadResult(null, []);
    }

    /// <summary>
    /// Writes a tree as <c>tree.csv</c> in a folder (creating the folder when needed, replacing the file): UTF-8 with a
    /// byte order mark, cells separated by commas, numbers with a decimal point. Reading it back gives an equal tree.
    /// </summary>
    /// <param name="tree">The tree.</param>
    /// <param name="folder">The folder.</param>
    /// <exception cref="ArgumentNullException"><paramref name="tree"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="folder"/> is empty.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void WriteFolder(ScorecardTree tree, string folder)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        Directory.CreateDirectory(folder);
        var options = CsvWriterOptions.Default with { Separator = ',', NewLine = "\n", WriteByteOrderMark = true, Quoting = CsvQuoting.WhenNeededOrWhitespace };
        FileReplacement.Write(Path.Combine(folder, FileName), stream =>
        {
            using var writer = CsvWriter.Create(stream, options, leaveOpen: true);
            writer.WriteHeader(Columns);
            foreach (var row in Rows(tree))
            {
                writer.WriteRecord(row);
            }
        });
    }

    private static IEnumerable<string[]> Rows(ScorecardTree tree)
    {
        static string N(decimal value) => value.ToString(CultureInfo.InvariantCulture);
        static string Bands(ScoringRule rule) => string.Join('|', rule.Bands.Select(b => N(b.Threshold) + ":" + N(b.Points)));
        var coverage = tree.Coverage;
        yield return Row(
            kind: TreeSpecs.ScorecardKind, code: tree.Code, nameVi: tree.Name.Vietnamese, nameEn: tree.Name.English,
            coverageBasis: coverage.Share == 0m ? null : coverage.Basis == CoverageBasis.ShareOfWeight ? TreeSpecs.Weight : TreeSpecs.ShareOfIndicators,
            coverageShare: coverage.Share == 0m ? null : N(coverage.Share));
        foreach (var row in Children(tree.Root, null))
        {
            yield return row;
        }

        IEnumerable<string[]> Children(TreeNode group, string? parent)
        {
            foreach (var node in group.Children)
            {
                if (!node.IsIndicator)
                {
                    yield return Row(kind: TreeSpecs.KindWord(node.Kind), code: node.Code, parent: parent, nameVi: node.Name!.Value.Vietnamese, nameEn: node.Name.Value.English, weight: N(node.Weight));
                    foreach (var row in Children(node, node.Code))
                    {
                        yield return row;
                    }

                    continue;
                }

                var rule = node.Rule!;
                yield return node.Method switch
                {
                    TreeScoreMethod.CappedAttainment => Row(indicator: node.Code, parent: parent, weight: N(node.Weight), method: TreeSpecs.Attainment, ceiling: N(rule.Threshold)),
                    TreeScoreMethod.BandedAttainment => Row(indicator: node.Code, parent: parent, weight: N(node.Weight), method: TreeSpecs.BandsMethod, bands: Bands(rule), otherwise: N(rule.OtherwisePoints)),
                    _ => rule.Kind == ScoringRuleKind.Bands
                        ? Row(indicator: node.Code, parent: parent, weight: N(node.Weight), method: TreeSpecs.PointsMethod, rule: TreeSpecs.BandsMethod, bands: Bands(rule), otherwise: N(rule.OtherwisePoints))
                        : Row(indicator: node.Code, parent: parent, weight: N(node.Weight), method: TreeSpecs.PointsMethod, rule: TreeSpecs.RuleWord(rule.Kind),
                            threshold: rule.Kind == ScoringRuleKind.CappedLinear ? N(rule.Threshold) : null,
                            maximum: rule.Kind == ScoringRuleKind.CappedLinear ? null : N(rule.Threshold), points: N(rule.MaximumPoints)),
                };
            }
        }
    }

    private static string[] Row(
        string? kind = null, string? code = null, string? indicator = null, string? parent = null, string? nameVi = null, string? nameEn = null, string? weight = null,
        string? method = null, string? ceiling = null, string? bands = null, string? otherwise = null, string? rule = null, string? threshold = null,
        string? maximum = null, string? points = null, string? coverageBasis = null, string? coverageShare = null) =>
        [
            kind ?? string.Empty, code ?? string.Empty, indicator ?? string.Empty, parent ?? string.Empty, nameVi ?? string.Empty, nameEn ?? string.Empty,
            weight ?? string.Empty, method ?? string.Empty, ceiling ?? string.Empty, bands ?? string.Empty, otherwise ?? string.Empty, rule ?? string.Empty,
            threshold ?? string.Empty, maximum ?? string.Empty, points ?? string.Empty, coverageBasis ?? string.Empty, coverageShare ?? string.Empty,
        ];

    private sealed class Reader(string path, Scorecard scorecard) : ITreeFields
    {
        private readonly List<DataProblem> problems = [];
        private Dictionary<string, int> positions = [];
        private string[] cells = [];
        private int line;
        private bool failed;

        public TreeReadResult Read()
        {
            var rows = ScorecardCsv.ReadRows(path, problems);
            using var source = rows?.Source;
            if (rows is not { } csv)
            {
                return Done(null);
            }

            positions = csv.Header.Select((name, i) => (name.Trim(), i)).GroupBy(pair => pair.Item1, StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.First().i, StringComparer.Ordinal);
            foreach (var unknown in csv.Header.Select(name => name.Trim()).Where(name => !Columns.Contains(name)))
            {
                problems.Add(new DataProblem(new DataLocation(path, csv.HeaderLine), $"unknown column; {FileName} has {string.Join(", ", Columns)}.", unknown));
            }

            foreach (var missing in RequiredColumns.Where(name => !positions.ContainsKey(name)))
            {
                problems.Add(new DataProblem(new DataLocation(path, csv.HeaderLine), $"the column '{missing}' is missing."));
            }

            if (problems.Count > 0)
            {
                return Done(null);
            }

            (string Code, LocalizedText Name, MinimumCoverage Coverage, DataLocation At)? root = null;
            var nodes = new List<TreeNodeSpec>();
            foreach (var (row, number) in csv.Records)
            {
                cells = row;
                line = number;
                failed = false;
                if (cells.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                if (Text("kind") == TreeSpecs.ScorecardKind)
                {
                    var code = Text("code", required: true);
                    var vi = Text("name_vi", required: true);
                    var coverage = TreeSpecs.Coverage(this, "coverage_basis", "coverage_share");
                    if (root is { } earlier)
                    {
                        Fail("kind", string.Create(CultureInfo.InvariantCulture, $"the scorecard's row is given twice; the first is on line {earlier.At.Line}."));
                    }
                    else if (code is not null && vi is not null && coverage is { } c)
                    {
                        root = (code, new LocalizedText(vi, Text("name_en")), c, new DataLocation(path, line));
                    }

                    continue;
                }

                var spec = TreeSpecs.Node(this, new Locations(path, line, positions), "indicator", "code", "kind", "name_vi", "name_en");
                if (spec is not null && !failed)
                {
                    nodes.Add(spec);
                }
            }

            if (root is null)
            {
                problems.Add(new DataProblem(new DataLocation(path), $"the file has no row of kind '{TreeSpecs.ScorecardKind}' giving the scorecard's code and name."));
            }

            if (problems.Count > 0 || root is not { } top)
            {
                return Done(null);
            }

            return Done(TreeSpecs.Assemble(top.Code, top.Name, top.Coverage, nodes, scorecard, top.At, problems.Add));
        }

        private TreeReadResult Done(ScorecardTree? tree) =>
            new(problems.Count == 0 ? tree : null, [.. problems.OrderBy(p => p.Location.Line ?? 0).ThenBy(p => p.Location.Column ?? 0)]);

        public string? Text(string field, bool required = false)
        {
            var text = positions.TryGetValue(field, out var i) && i < cells.Length ? cells[i].Trim() : null;
            if (string.IsNullOrEmpty(text))
            {
                if (required)
                {
                    Fail(field, "the cell is empty.");
                }

                return null;
            }

            return text;
        }

        public decimal? Number(string field, bool required = false)
        {
            var text = Text(field, required);
            if (text is null)
            {
                return null;
            }

            if (TryNumber(text, out var value))
            {
                return value;
            }

            Fail(field, "expected a number.", text);
            return null;
        }

        public IReadOnlyList<ScoreBand>? Bands(string field)
        {
            var text = Text(field);
            if (text is null)
            {
                return null;
            }

            var bands = new List<ScoreBand>();
            foreach (var part in text.Split('|', StringSplitOptions.TrimEntries))
            {
                var pair = part.Split(':', StringSplitOptions.TrimEntries);
                if (pair.Length != 2 || !TryNumber(pair[0], out var from) || !TryNumber(pair[1], out var points) || points < 0m)
                {
                    Fail(field, "write each band as from:points, best first, separated by '|': \"1:100|0.7:50\".", text);
                    return null;
                }

                bands.Add(new ScoreBand(from, points));
            }

            return bands;
        }

        public DataLocation At(string field) => new(path, line, positions.TryGetValue(field, out var i) ? i + 1 : null);

        public void Fail(string field, string message, string? value = null)
        {
            failed = true;
            problems.Add(new DataProblem(At(field), message, field, value));
        }

        private static bool TryNumber(string text, out decimal value) =>
            decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
            || (!text.Contains('.', StringComparison.Ordinal) && decimal.TryParse(text.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value));
    }

    private sealed class Locations(string path, int line, Dictionary<string, int> positions) : ITreeLocations
    {
        public DataLocation At(string field) => new(path, line, positions.TryGetValue(field, out var i) ? i + 1 : null);
    }
}
