using System.Text.Encodings.Web;
using System.Text.Json;
using De06Metrics.Scorecards;
using De06Metrics.Scoring;

namespace De06Metrics.Serialization;

/// <summary>Writes a scorecard tree as the <c>tree</c> object the reader reads: the nodes flat, each naming its parent.</summary>
internal static class JsonTreeWriter
{
    public static void Write(ScorecardTree tree, Stream utf8)
    {
        using var json = new Utf8JsonWriter(utf8, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" });
        json.WriteStartObject();
        json.WriteNumber("version", 1);
        WriteTree(json, tree);
        json.WriteEndObject();
        json.Flush();
        utf8.WriteByte((byte)'\n');
    }

    public static void WriteTree(Utf8JsonWriter json, ScorecardTree tree)
    {
        json.WriteStartObject("tree");
        json.WriteString("code", tree.Code);
        WriteName(json, tree.Name);
        if (tree.Coverage.Share != 0m)
        {
            json.WriteStartObject("coverage");
            json.WriteString("basis", tree.Coverage.Basis == Composite.CoverageBasis.ShareOfWeight ? TreeSpecs.Weight : TreeSpecs.ShareOfIndicators);
            json.WriteNumber("share", tree.Coverage.Share);
            json.WriteEndObject();
        }

        json.WriteStartArray("nodes");
        WriteChildren(json, tree.Root, null);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteChildren(Utf8JsonWriter json, TreeNode group, string? parent)
    {
        foreach (var node in group.Children)
        {
            json.WriteStartObject();
            if (node.IsIndicator)
            {
                json.WriteString("indicator", node.Code);
                WriteParent(json, parent);
                json.WriteNumber("weight", node.Weight);
                json.WriteString("method", TreeSpecs.MethodWord(node.Method!.Value));
                var rule = node.Rule!;
                switch (node.Method)
                {
                    case TreeScoreMethod.CappedAttainment:
                        json.WriteNumber("ceiling", rule.Threshold);
                        break;
                    case TreeScoreMethod.BandedAttainment:
                        WriteBands(json, rule);
                        break;
                    default:
                        json.WriteString("rule", TreeSpecs.RuleWord(rule.Kind));
                        if (rule.Kind == ScoringRuleKind.Bands)
                        {
                            WriteBands(json, rule);
                        }
                        else
                        {
                            json.WriteNumber(rule.Kind == ScoringRuleKind.CappedLinear ? "threshold" : "maximum", rule.Threshold);
                            json.WriteNumber("points", rule.MaximumPoints);
                        }

                        break;
                }

                json.WriteEndObject();
                continue;
            }

            json.WriteString("code", node.Code);
            json.WriteString("kind", TreeSpecs.KindWord(node.Kind));
            WriteParent(json, parent);
            WriteName(json, node.Name!.Value);
            json.WriteNumber("weight", node.Weight);
            json.WriteEndObject();
            WriteChildren(json, node, node.Code);
        }
    }

    private static void WriteParent(Utf8JsonWriter json, string? parent)
    {
        if (parent is not null)
        {
            json.WriteString("parent", parent);
        }
    }

    private static void WriteName(Utf8JsonWriter json, Text.LocalizedText name)
    {
        json.WriteStartObject("name");
        json.WriteString("vi", name.Vietnamese);
        if (name.English is { } en)
        {
            json.WriteString("en", en);
        }

        json.WriteEndObject();
    }

    private static void WriteBands(Utf8JsonWriter json, ScoringRule rule)
    {
        json.WriteStartArray("bands");
        foreach (var band in rule.Bands)
        {
            json.WriteStartObject();
            json.WriteNumber("from", band.Threshold);
            json.WriteNumber("points", band.Points);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteNumber("otherwise", rule.OtherwisePoints);
    }
}
