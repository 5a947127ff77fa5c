using System.Globalization;
using De06Metrics.Composite;
using De06Metrics.Indicators;
using De06Metrics.Scorecards;
using De06Metrics.Scoring;
using De06Metrics.Text;

namespace De06Metrics.Serialization;

/// <summary>The fields of one node of a tree file (a JSON object or a CSV row), each read with its location.</summary>
internal interface ITreeFields
{
    /// <summary>A trimmed text, or <see langword="null"/> when absent or empty (a problem when required).</summary>
    string? Text(string field, bool required = false);

    /// <summary>A number, or <see langword="null"/> when absent (a problem when required or not a number).</summary>
    decimal? Number(string field, bool required = false);

    /// <summary>Bands of attainment or value: threshold and points, best first; <see langword="null"/> when absent.</summary>
    IReadOnlyList<ScoreBand>? Bands(string field);

    /// <summary>Where a field is (the node's place when the field is absent).</summary>
    DataLocation At(string field);

    /// <summary>Reports a problem with a field.</summary>
    void Fail(string field, string message, string? value = null);
}

/// <summary>
/// One node of a tree as a file gives it, flat, naming its parent (SSAS's <c>ParentKpiID</c>): a group by its code or an
/// indicator, with its weight, and for an indicator how it is scored (built once the indicator is known).
/// </summary>
internal sealed record TreeNodeSpec(
    string Code, TreeNodeKind Kind, string? Parent, LocalizedText? Name, decimal Weight, Func<Indicator, TreeNode>? Leaf, ITreeLocations Where);

/// <summary>Where a node's fields are, for the problems found when the tree is put together.</summary>
internal interface ITreeLocations
{
    /// <summary>Where a field is.</summary>
    DataLocation At(string field);
}

/// <summary>The words and rules of the tree format shared by the JSON and CSV readers and the writers.</summary>
internal static class TreeSpecs
{
    public const string Area = "area";
    public const string Objective = "objective";
    public const string ScorecardKind = "scorecard";
    public const string Attainment = "attainment";
    public const string BandsMethod = "bands";
    public const string PointsMethod = "points";
    public const string CappedLinear = "cappedLinear";
    public const string FractionOfMaximum = "fractionOfMaximum";
    public const string Weight = "weight";
    public const string ShareOfIndicators = "indicators";

    public static string KindWord(TreeNodeKind kind) => kind switch
    {
        TreeNodeKind.Area => Area,
        TreeNodeKind.Objective => Objective,
        _ => ScorecardKind,
    };

    public static string MethodWord(TreeScoreMethod method) => method switch
    {
        TreeScoreMethod.CappedAttainment => Attainment,
        TreeScoreMethod.BandedAttainment => BandsMethod,
        _ => PointsMethod,
    };

    public static string RuleWord(ScoringRuleKind kind) => kind switch
    {
        ScoringRuleKind.CappedLinear => CappedLinear,
        ScoringRuleKind.Bands => BandsMethod,
        _ => FractionOfMaximum,
    };

    /// <summary>Reads the coverage: a basis word and a share; <see cref="MinimumCoverage.AnyData"/> when both are absent.</summary>
    public static MinimumCoverage? Coverage(ITreeFields fields, string basisField, string shareField)
    {
        var basis = fields.Text(basisField);
        var share = fields.Number(shareField);
        if (basis is null && share is null)
        {
            return MinimumCoverage.AnyData;
        }

        if (basis is not (Weight or ShareOfIndicators))
        {
            fields.Fail(basisField, $"expected '{Weight}' or '{ShareOfIndicators}' with a share from 0 to 1.", basis);
            return null;
        }

        if (share is not { } s || s is < 0m or > 1m)
        {
            fields.Fail(shareField, "expected a share from 0 to 1.", share?.ToString(CultureInfo.InvariantCulture));
            return null;
        }

        return basis == Weight ? MinimumCoverage.ShareOfWeight(s) : MinimumCoverage.ShareOfIndicators(s);
    }

    /// <summary>
    /// Reads a node: a group (<paramref name="codeField"/>, kind, name, weight) or an indicator (indicator, weight,
    /// method and its settings); <see langword="null"/> when a field has a problem, which is reported.
    /// </summary>
    public static TreeNodeSpec? Node(ITreeFields fields, ITreeLocations where, string indicatorField, string codeField, string kindField, string? nameVi, string? nameEn)
    {
        var indicator = fields.Text(indicatorField);
        var code = fields.Text(codeField);
        var parent = fields.Text("parent");
        var weight = fields.Number("weight", required: true);
        if (indicator is not null && code is not null)
        {
            fields.Fail(codeField, $"a node is a group (with '{codeField}') or an indicator (with '{indicatorField}'), not both.", code);
            return null;
        }

        if (indicator is null && code is null)
        {
            fields.Fail(codeField, $"a node needs '{codeField}' (a group) or '{indicatorField}' (an indicator).");
            return null;
        }

        if (weight is { } w && w < 0m)
        {
            fields.Fail("weight", "a weight cannot be negative.", w.ToString(CultureInfo.InvariantCulture));
            return null;
        }

        if (code is not null)
        {
            var kindText = fields.Text(kindField, required: true);
            var kind = kindText switch
            {
                Area => TreeNodeKind.Area,
                Objective => TreeNodeKind.Objective,
                _ => (TreeNodeKind?)null,
            };
            if (kindText is not null && kind is null)
            {
                fields.Fail(kindField, $"expected '{Area}' or '{Objective}'.", kindText);
            }

            var vi = nameVi is null ? null : fields.Text(nameVi, required: true);
            var en = nameEn is null ? null : fields.Text(nameEn);
            return kind is { } k && vi is not null && weight is { } gw ? new TreeNodeSpec(code, k, parent, new LocalizedText(vi, en), gw, null, where) : null;
        }

        var leaf = Leaf(fields, indicator!, weight ?? 0m);
        return leaf is not null && weight is { } lw ? new TreeNodeSpec(indicator!, TreeNodeKind.Indicator, parent, null, lw, leaf, where) : null;
    }

    private static Func<Indicator, TreeNode>? Leaf(ITreeFields fields, string code, decimal weight)
    {
        var method = fields.Text("method", required: true);
        var id = new IndicatorCode(code);
        switch (method)
        {
            case null:
                return null;
            case Attainment:
                var ceiling = fields.Number("ceiling", required: true);
                return ceiling is { } c ? _ => TreeNode.CappedAttainment(id, weight, c) : null;
            case BandsMethod:
                var bands = fields.Bands("bands");
                var otherwise = fields.Number("otherwise") ?? 0m;
                if (bands is null)
                {
                    fields.Fail("bands", "the property 'bands' is missing: the attainment bands, best first.");
                    return null;
                }

                return _ => TreeNode.BandedAttainment(id, weight, bands, otherwise);
            case PointsMethod:
                var rule = fields.Text("rule", required: true);
                var points = fields.Number("points");
                switch (rule)
                {
                    case CappedLinear or FractionOfMaximum:
                        var threshold = fields.Number(rule == CappedLinear ? "threshold" : "maximum", required: true);
                        if (points is null)
                        {
                            fields.Fail("points", "the property 'points' is missing: the rule's maximum points.");
                            return null;
                        }

                        return threshold is { } t
                            ? rule == CappedLinear
                                ? indicator => TreeNode.Points(id, weight, ScoringRule.CappedLinear(t, points.Value, indicator.Polarity))
                                : indicator => TreeNode.Points(id, weight, ScoringRule.FractionOfMaximum(t, points.Value, indicator.Polarity))
                            : null;
                    case BandsMethod:
                        var valueBands = fields.Bands("bands");
                        var below = fields.Number("otherwise") ?? 0m;
                        if (valueBands is null)
                        {
                            fields.Fail("bands", "the property 'bands' is missing: the value bands, best first.");
                            return null;
                        }

                        return indicator => TreeNode.Points(id, weight, ScoringRule.Banded(valueBands, below, indicator.Polarity));
                    case null:
                        return null;
                    default:
                        fields.Fail("rule", $"expected '{CappedLinear}', '{BandsMethod}' or '{FractionOfMaximum}'.", rule);
                        return null;
                }

            default:
                fields.Fail("method", $"expected '{Attainment}', '{BandsMethod}' or '{PointsMethod}'.", method);
                return null;
        }
    }

    /// <summary>
    /// Puts a tree together from its nodes, checking it as a whole against a scorecard: every indicator in the catalog
    /// and in one group only, every parent a known group, no cycle, no group without children, and every group's
    /// weights summing to something positive. Returns <see langword="null"/> when anything is wrong, every problem reported.
    /// </summary>
    public static ScorecardTree? Assemble(
        string code, LocalizedText name, MinimumCoverage coverage, IReadOnlyList<TreeNodeSpec> nodes, Scorecard scorecard, DataLocation treeAt, Action<DataProblem> report)
    {
        var failed = false;
        void Fail(DataLocation at, string message, string? field = null, string? value = null)
        {
            failed = true;
            report(new DataProblem(at, message, field, value));
        }

        var groups = new Dictionary<string, TreeNodeSpec>(StringComparer.Ordinal);
        var indicators = new Dictionary<string, TreeNodeSpec>(StringComparer.Ordinal);
        var built = new Dictionary<TreeNodeSpec, Indicator>();
        foreach (var node in nodes)
        {
            if (node.Kind != TreeNodeKind.Indicator)
            {
                if (node.Code == code || !groups.TryAdd(node.Code, node))
                {
                    var first = node.Code == code ? treeAt : groups[node.Code].Where.At("code");
                    Fail(node.Where.At("code"), $"the group code '{node.Code}' is used earlier too ({Place(first)}); group codes are distinct.", "code", node.Code);
                }

                continue;
            }

            if (indicators.TryGetValue(node.Code, out var earlier))
            {
                Fail(node.Where.At("indicator"),
                    $"indicator '{node.Code}' is already in {(earlier.Parent is null ? "the scorecard's top level" : $"group '{earlier.Parent}'")} ({Place(earlier.Where.At("indicator"))}); an indicator belongs to one group.",
                    "indicator", node.Code);
                continue;
            }

            indicators.Add(node.Code, node);
            if (!scorecard.TryGetIndicator(new IndicatorCode(node.Code), out var indicator))
            {
                Fail(node.Where.At("indicator"), $"the indicator '{node.Code}' is not in the catalog.", "indicator", node.Code);
                continue;
            }

            built[node] = indicator;
        }

        var children = new Dictionary<string, List<TreeNodeSpec>>(StringComparer.Ordinal) { [code] = [] };
        foreach (var group in groups.Keys)
        {
            children[group] = [];
        }

        foreach (var node in nodes)
        {
            var parent = node.Parent ?? code;
            if (children.TryGetValue(parent, out var list))
            {
                if (node.Kind == TreeNodeKind.Indicator && indicators[node.Code] != node)
                {
                    continue;
                }

                if (node.Kind != TreeNodeKind.Indicator && groups[node.Code] != node)
                {
                    continue;
                }

                list.Add(node);
            }
            else if (indicators.ContainsKey(parent))
            {
                Fail(node.Where.At("parent"), $"the parent '{parent}' is an indicator; only a group (or the scorecard, '{code}') holds children.", "parent", parent);
            }
            else
            {
                Fail(node.Where.At("parent"), $"the parent '{parent}' is not a group of the tree; the groups are {string.Join(", ", groups.Keys.Prepend(code).Select(g => $"'{g}'"))}.", "parent", parent);
            }
        }

        // A group whose chain of parents comes back to itself never reaches the scorecard: each cycle is reported once.
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in groups.Values)
        {
            var chain = new List<string> { group.Code };
            var at = group.Parent;
            while (at is not null && groups.TryGetValue(at, out var next) && at != code)
            {
                if (chain.Contains(at))
                {
                    var cycle = chain[chain.IndexOf(at)..];
                    if (cycle.All(reported.Add))
                    {
                        var first = groups[cycle[0]];
                        Fail(first.Where.At("parent"), $"the groups {string.Join(" → ", cycle.Append(cycle[0]).Select(c => $"'{c}'"))} form a cycle, which never reaches the scorecard; a tree has none.", "parent", first.Parent);
                    }

                    break;
                }

                chain.Add(at);
                at = next.Parent;
            }
        }

        // A group whose only children were refused (an indicator already in another group) has its problem said there.
        var named = nodes.Select(n => n.Parent).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var group in groups.Values.Where(g => children[g.Code].Count == 0 && !named.Contains(g.Code)))
        {
            Fail(group.Where.At("code"), $"group '{group.Code}' has no children; give it at least one node whose parent is '{group.Code}'.", "code", group.Code);
        }

        if (children[code].Count == 0 && !failed)
        {
            Fail(treeAt, "the tree has no nodes at its top level (nodes without a parent).");
        }

        if (failed)
        {
            return null;
        }

        TreeNode? Build(TreeNodeSpec spec)
        {
            try
            {
                if (spec.Kind == TreeNodeKind.Indicator)
                {
                    return built.TryGetValue(spec, out var indicator) ? spec.Leaf!(indicator) : null;
                }

                var parts = children[spec.Code].Select(Build).ToList();
                return parts.Contains(null) ? null : TreeNode.Group(spec.Kind, spec.Code, spec.Name!.Value, spec.Weight, parts!);
            }
            catch (ArgumentException exception)
            {
                var field = spec.Kind == TreeNodeKind.Indicator
                    ? exception.ParamName switch { "ceiling" => "ceiling", "bands" => "bands", "otherwisePoints" => "otherwise", "points" => "points", "threshold" => "threshold", "maximumValue" => "maximum", _ => "indicator" }
                    : "code";
                Fail(spec.Where.At(field), ItemRules.FirstSentence(exception.Message), field, spec.Kind == TreeNodeKind.Indicator ? null : spec.Code);
                return null;
            }
        }

        var top = children[code].Select(Build).ToList();
        if (top.Contains(null))
        {
            return null;
        }

        try
        {
            return new ScorecardTree(code, name, top!, coverage);
        }
        catch (ArgumentException exception)
        {
            Fail(treeAt, ItemRules.FirstSentence(exception.Message));
            return null;
        }
    }

    private static string Place(DataLocation at) => at.Line is { } line
        ? at.Column is { } column ? string.Create(CultureInfo.InvariantCulture, $"line {line}, column {column}") : string.Create(CultureInfo.InvariantCulture, $"line {line}")
        : at.ToString();
}
