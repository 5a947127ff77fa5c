using System.Globalization;
using System.Text.Json;
using De06Metrics.Composite;
using De06Metrics.Scorecards;
using De06Metrics.Scoring;
using De06Metrics.Text;

namespace De06Metrics.Serialization;

/// <summary>
/// Reads the <c>tree</c> object of a JSON file (a scorecard file, or a file of the tree alone), every problem at its
/// line, column and JSON path. The scorecard reader skips the property; this reader skips everything else.
/// </summary>
internal sealed class JsonTreeReader : ITreeFields
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private static readonly string[] TreeFields = ["code", "name", "coverage", "nodes"];
    private static readonly string[] NodeFields = ["code", "kind", "name", "indicator", "parent", "weight", "method", "ceiling", "bands", "otherwise", "rule", "threshold", "maximum", "points"];

    private readonly JsonTokenStream tokens;
    private readonly string file;
    private readonly Scorecard scorecard;
    private readonly List<DataProblem> problems = [];
    private LocatedJsonValue item = null!;
    private string itemPath = "$.tree";
    private bool itemFailed;
    private byte[] bytes = [];
    private long offset;
    private (int Line, int Column) place;

    private JsonTreeReader(JsonTokenStream tokens, string file, Scorecard scorecard)
    {
        this.tokens = tokens;
        this.file = file;
        this.scorecard = scorecard;
    }

    public static TreeReadResult Read(ReadOnlyMemory<byte> utf8, string file, Scorecard scorecard) =>
        new JsonTreeReader(new JsonTokenStream(utf8, Options), file, scorecard).ReadAll();

    public static TreeReadResult Read(Stream utf8, string file, Scorecard scorecard) =>
        new JsonTreeReader(new JsonTokenStream(utf8, Options), file, scorecard).ReadAll();

    private TreeReadResult ReadAll()
    {
        LocatedJsonValue? tree = null;
        try
        {
            if (tokens.IsBlank() || !tokens.Read() || tokens.TokenType != JsonTokenType.StartObject)
            {
                // The scorecard reader reports a file that is empty or not an object.
                return Result(null);
            }

            while (tokens.Read() && tokens.TokenType == JsonTokenType.PropertyName)
            {
                if (tokens.PropertyName == "tree" && tree is null)
                {
                    tokens.ReadValue(out var held, out offset);
                    bytes = held.ToArray();
                    place = tokens.PlaceOf(offset);
                    var reader = new Utf8JsonReader(held.Span, Options);
                    reader.Read();
                    tree = LocatedJsonValue.Read(ref reader, offset);
                }
                else
                {
                    tokens.SkipValue();
                }
            }
        }
        catch (JsonException)
        {
            // The scorecard reader reports malformed JSON with its place.
        }

        return tree is null ? Result(null) : Result(ReadTree(tree));
    }

    private TreeReadResult Result(ScorecardTree? tree) =>
        new(problems.Count == 0 ? tree : null, [.. problems.OrderBy(p => p.Location.Line ?? 0).ThenBy(p => p.Location.Column ?? 0)]);

    private ScorecardTree? ReadTree(LocatedJsonValue tree)
    {
        item = tree;
        itemPath = "$.tree";
        if (tree.Kind != JsonTokenType.StartObject)
        {
            problems.Add(new DataProblem(At(tree.Offset, itemPath), "expected an object with code, name, coverage and nodes.", "tree"));
            return null;
        }

        CheckShape(TreeFields, "a tree");
        var code = Text("code", required: true);
        var nameVi = Text("name.vi", required: true);
        var nameEn = Text("name.en");
        MinimumCoverage? coverage = MinimumCoverage.AnyData;
        if (tree["coverage"] is { Kind: not JsonTokenType.Null })
        {
            coverage = TreeSpecs.Coverage(this, "coverage.basis", "coverage.share");
        }

        var treeAt = At(tree.Offset, itemPath);
        var nodes = new List<TreeNodeSpec>();
        var nodesValue = tree["nodes"];
        if (nodesValue is not { Kind: JsonTokenType.StartArray })
        {
            Fail("nodes", "expected an array of nodes.");
            return null;
        }

        var headerFailed = itemFailed;
        for (var i = 0; i < nodesValue.Items!.Count; i++)
        {
            item = nodesValue.Items[i];
            itemPath = string.Create(CultureInfo.InvariantCulture, $"$.tree.nodes[{i}]");
            itemFailed = false;
            if (item.Kind != JsonTokenType.StartObject)
            {
                problems.Add(new DataProblem(At(item.Offset, itemPath), "expected an object: a group with code, kind, name and weight, or an indicator with indicator, weight and method."));
                continue;
            }

            CheckShape(NodeFields, "a node");
            var spec = TreeSpecs.Node(this, new Locations(this, item, itemPath), "indicator", "code", "kind", "name.vi", "name.en");
            if (spec is not null && !itemFailed)
            {
                nodes.Add(spec);
            }
        }

        if (headerFailed || code is null || nameVi is null || coverage is not { } minimum || problems.Count > 0)
        {
            return null;
        }

        return TreeSpecs.Assemble(code, new LocalizedText(nameVi, nameEn), minimum, nodes, scorecard, treeAt, problems.Add);
    }

    private void CheckShape(string[] fields, string what)
    {
        foreach (var (name, nameOffset, _) in item.Properties!)
        {
            if (!fields.Contains(name))
            {
                Fail(nameOffset, name, $"unknown property; {what} has {string.Join(", ", fields)}.");
            }
        }
    }

    public string? Text(string field, bool required = false)
    {
        var node = item.Find(field);
        if (node is null || node.Kind == JsonTokenType.Null)
        {
            if (required)
            {
                Fail(field, $"the property '{field}' is missing.");
            }

            return null;
        }

        if (node.Kind != JsonTokenType.String || node.Text is null)
        {
            Fail(node.Offset, field, "expected a string.", node.Raw);
            return null;
        }

        var text = node.Text.Trim();
        if (text.Length == 0)
        {
            if (required)
            {
                Fail(node.Offset, field, "the text is empty.");
            }

            return null;
        }

        return text;
    }

    public decimal? Number(string field, bool required = false)
    {
        var node = item.Find(field);
        if (node is null || node.Kind == JsonTokenType.Null)
        {
            if (required)
            {
                Fail(field, $"the property '{field}' is missing.");
            }

            return null;
        }

        if (node.Number is not { } number)
        {
            Fail(node.Offset, field, node.NumberTooPrecise ? "the number has more significant digits than a decimal holds; it is not rounded." : "expected a number.", node.Raw);
            return null;
        }

        return number;
    }

    public IReadOnlyList<ScoreBand>? Bands(string field)
    {
        var node = item.Find(field);
        if (node is null || node.Kind == JsonTokenType.Null)
        {
            return null;
        }

        if (node.Kind != JsonTokenType.StartArray)
        {
            Fail(node.Offset, field, "expected an array of bands, best first: [{\"from\": 1, \"points\": 100}, …].");
            return null;
        }

        var bands = new List<ScoreBand>();
        foreach (var band in node.Items!)
        {
            if (band.Kind == JsonTokenType.StartObject && band["from"]?.Number is { } from && band["points"]?.Number is { } points && points >= 0m)
            {
                bands.Add(new ScoreBand(from, points));
                continue;
            }

            Fail(band.Offset, field, "expected a band {\"from\": threshold, \"points\": points not negative}.", band.Raw);
            return null;
        }

        return bands;
    }

    public DataLocation At(string field) => At(item.Find(field)?.Offset ?? item.Offset, itemPath + "." + field);

    public void Fail(string field, string message, string? value = null) =>
        Fail(item.Find(field)?.Offset ?? item.Offset, field, message, value);

    private void Fail(long at, string field, string message, string? value = null)
    {
        itemFailed = true;
        problems.Add(new DataProblem(At(at, itemPath + "." + field), message, field, value));
    }

    private DataLocation At(long at, string path)
    {
        var (line, column) = JsonTokenStream.PlaceWithin(bytes, place, offset, at);
        return new DataLocation(file, line, column, path);
    }

    /// <summary>A node's locations, kept for the problems found when the tree is put together.</summary>
    private sealed class Locations(JsonTreeReader reader, LocatedJsonValue node, string path) : ITreeLocations
    {
        public DataLocation At(string field) => reader.At(node.Find(field)?.Offset ?? node.Offset, path + "." + field);
    }
}
