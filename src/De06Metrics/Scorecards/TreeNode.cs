using System.Collections.ObjectModel;
using System.Globalization;
using De06Metrics.Indicators;
using De06Metrics.Scoring;
using De06Metrics.Text;

namespace De06Metrics.Scorecards;

/// <summary>
/// A node of a <see cref="ScorecardTree"/>: a group (area or objective) of weighted children, or an indicator with its
/// weight and how it is scored. A weight counts relative to its siblings' (SSAS's <c>KPIWeight</c>): a group's score is
/// the weighted mean of its scored children's.
/// </summary>
/// <remarks>
/// Create nodes with the factory members. A weight may be zero (the child is shown but does not count) but not
/// negative, and a group's children's weights must sum to something positive. Immutable and thread-safe.
/// </remarks>
public sealed class TreeNode
{
    private TreeNode(TreeNodeKind kind, string code, LocalizedText? name, decimal weight, IReadOnlyList<TreeNode> children, IndicatorCode? indicator, TreeScoreMethod? method, ScoringRule? rule)
    {
        Kind = kind;
        Code = code;
        Name = name;
        Weight = weight;
        Children = children;
        Indicator = indicator;
        Method = method;
        Rule = rule;
    }

    /// <summary>What the node is.</summary>
    public TreeNodeKind Kind { get; }

    /// <summary>The node's code: the group's own, or the indicator's.</summary>
    public string Code { get; }

    /// <summary>The group's name; <see langword="null"/> for an indicator, which is named by the catalog.</summary>
    public LocalizedText? Name { get; }

    /// <summary>The weight relative to the node's siblings; not negative.</summary>
    public decimal Weight { get; }

    /// <summary>The children, in order; empty for an indicator.</summary>
    public IReadOnlyList<TreeNode> Children { get; }

    /// <summary>The indicator's code, or <see langword="null"/> for a group.</summary>
    public IndicatorCode? Indicator { get; }

    /// <summary>How the indicator is scored, or <see langword="null"/> for a group.</summary>
    public TreeScoreMethod? Method { get; }

    /// <summary>
    /// The rule that gives the indicator's points: CappedLinear(ceiling, 100) on the attainment ratio, a banded rule on
    /// the attainment ratio, or the stated rule on the value (see <see cref="TreeScoreMethod"/>); <see langword="null"/>
    /// for a group.
    /// </summary>
    public ScoringRule? Rule { get; }

    /// <summary>Whether the node is an indicator (a leaf).</summary>
    public bool IsIndicator => Kind == TreeNodeKind.Indicator;

    /// <summary>Creates a group: an area or an objective.</summary>
    /// <param name="kind"><see cref="TreeNodeKind.Area"/> or <see cref="TreeNodeKind.Objective"/>.</param>
    /// <param name="code">The group's code; not empty, no white space at either end.</param>
    /// <param name="name">The group's name.</param>
    /// <param name="weight">The weight among its siblings; not negative.</param>
    /// <param name="children">The children; at least one, their weights summing to something positive.</param>
    /// <returns>The node.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="children"/> or a child is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The kind is not a group's, the code is empty or padded, the name is <c>default</c>, there are no children, or their weights do not sum to something positive.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weight"/> is negative.</exception>
    public static TreeNode Group(TreeNodeKind kind, string code, LocalizedText name, decimal weight, IEnumerable<TreeNode> children)
    {
        if (kind is not (TreeNodeKind.Area or TreeNodeKind.Objective))
        {
            throw new ArgumentException($"A group is an area or an objective; {kind} was given.", nameof(kind));
        }

        return MakeGroup(kind, code, name, weight, children);
    }

    /// <summary>An indicator scored by its attainment capped at <paramref name="ceiling"/> (see <see cref="TreeScoreMethod.CappedAttainment"/>).</summary>
    /// <param name="indicator">The indicator's code.</param>
    /// <param name="weight">The weight among its siblings; not negative.</param>
    /// <param name="ceiling">The attainment ratio that earns 100 (1 is the target met); positive.</param>
    /// <returns>The node.</returns>
    /// <exception cref="ArgumentException"><paramref name="indicator"/> is <c>default</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weight"/> is negative, or <paramref name="ceiling"/> is not positive.</exception>
    public static TreeNode CappedAttainment(IndicatorCode indicator, decimal weight, decimal ceiling)
    {
        if (ceiling <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(ceiling), ceiling,
                string.Create(CultureInfo.InvariantCulture, $"Indicator '{indicator}': the attainment ceiling must be positive (1 is the target met); {ceiling} was given."));
        }

        return Leaf(indicator, weight, TreeScoreMethod.CappedAttainment, ScoringRule.CappedLinear(ceiling, 100m));
    }

    /// <summary>An indicator scored by bands of its attainment ratio (see <see cref="TreeScoreMethod.BandedAttainment"/>).</summary>
    /// <param name="indicator">The indicator's code.</param>
    /// <param name="weight">The weight among its siblings; not negative.</param>
    /// <param name="bands">The bands of attainment ratio, best first (1 → 100, 0,8 → 50), as <see cref="ScoringRule.Banded"/> takes them.</param>
    /// <param name="otherwisePoints">The points of an attainment below every band.</param>
    /// <returns>The node.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="bands"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="indicator"/> is <c>default</c>, or the bands are not valid (see <see cref="ScoringRule.Banded"/>).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weight"/> is negative, or the points are out of range.</exception>
    public static TreeNode BandedAttainment(IndicatorCode indicator, decimal weight, IEnumerable<ScoreBand> bands, decimal otherwisePoints = 0m) =>
        Leaf(indicator, weight, TreeScoreMethod.BandedAttainment, ScoringRule.Banded(bands, otherwisePoints));

    /// <summary>An indicator whose value is scored by a points rule (see <see cref="TreeScoreMethod.Points"/>).</summary>
    /// <param name="indicator">The indicator's code.</param>
    /// <param name="weight">The weight among its siblings; not negative.</param>
    /// <param name="rule">The rule; its polarity must be the indicator's (checked against a scorecard by <see cref="ScorecardTree.Validate"/>).</param>
    /// <returns>The node.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="indicator"/> is <c>default</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weight"/> is negative.</exception>
    public static TreeNode Points(IndicatorCode indicator, decimal weight, ScoringRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return Leaf(indicator, weight, TreeScoreMethod.Points, rule);
    }

    /// <summary>The scorecard's root: a group holding the top-level areas (or objectives).</summary>
    internal static TreeNode Root(string code, LocalizedText name, IEnumerable<TreeNode> children) =>
        MakeGroup(TreeNodeKind.Scorecard, code, name, 1m, children);

    /// <summary>
    /// Describes how an indicator is scored: "mức đạt chỉ tiêu, giới hạn ở 100%" / "attainment capped at 100%";
    /// for a group, its kind and code.
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public string DescribeMethod(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return Method switch
        {
            TreeScoreMethod.CappedAttainment => language.Format(Phrase.TreeMethodCappedAttainment, Display.Percent(Rule!.Threshold, language)),
            TreeScoreMethod.BandedAttainment => language.Format(Phrase.TreeMethodBandedAttainment,
                string.Join("; ", Rule!.Bands.Select(b => $"≥ {Display.Percent(b.Threshold, language)} → {Display.Natural(b.Points, language)}")),
                Display.Natural(Rule.OtherwisePoints, language)),
            TreeScoreMethod.Points => language.Format(Phrase.TreeMethodPoints, Rule!.Describe(language)),
            _ => Label(language),
        };
    }

    /// <summary>The node's label: "Mục tiêu MT1 (Dịch vụ công)" / "Objective MT1 (Public services)", or an indicator's code.</summary>
    internal string Label(Language language) => Kind switch
    {
        TreeNodeKind.Indicator => Code,
        _ => $"{language[KindPhrase(Kind)]} {Code} ({Name!.Value.In(language)})",
    };

    /// <summary>A group as a lagging item places it: "lĩnh vực Dịch vụ công trực tuyến" / "Online public services (area)".</summary>
    internal string Place(Language language) =>
        language.Format(Phrase.LaggingTreeGroup, language[KindPhrase(Kind)].ToLowerInvariant(), Name!.Value.In(language));

    internal static Phrase KindPhrase(TreeNodeKind kind) => kind switch
    {
        TreeNodeKind.Scorecard => Phrase.TreeKindScorecard,
        TreeNodeKind.Area => Phrase.TreeKindArea,
        TreeNodeKind.Objective => Phrase.TreeKindObjective,
        _ => Phrase.TreeKindIndicator,
    };

    /// <summary>Returns the label in English.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => IsIndicator
        ? string.Create(CultureInfo.InvariantCulture, $"{Code} ×{Weight}: {DescribeMethod(Language.English)}")
        : string.Create(CultureInfo.InvariantCulture, $"{Label(Language.English)} ×{Weight}");

    private static TreeNode MakeGroup(TreeNodeKind kind, string code, LocalizedText name, decimal weight, IEnumerable<TreeNode> children)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        if (code.Trim().Length != code.Length)
        {
            throw new ArgumentException($"A group code has no white space at either end; '{code}' has.", nameof(code));
        }

        if (name == default)
        {
            throw new ArgumentException($"Group '{code}' needs a name; default(LocalizedText) was given.", nameof(name));
        }

        EnsureWeight(weight, code);
        ArgumentNullException.ThrowIfNull(children);
        var list = children.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException($"Group '{code}' needs at least one child; none was given.", nameof(children));
        }

        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is null)
            {
                throw new ArgumentNullException(nameof(children), $"Group '{code}': child {i} is null.");
            }

            if (list[i].Kind == TreeNodeKind.Scorecard)
            {
                throw new ArgumentException($"Group '{code}': child {i} is a scorecard's root, which cannot be nested.", nameof(children));
            }
        }

        decimal sum;
        try
        {
            sum = list.Sum(child => child.Weight);
        }
        catch (OverflowException e)
        {
            throw new ArgumentException($"Group '{code}': the children's weights sum past the range of decimal (±7,9 × 10^28).", nameof(children), e);
        }

        if (sum <= 0m)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture,
                    $"Group '{code}': the children's weights ({string.Join(" + ", list.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Code} {c.Weight}")))}) sum to {sum}; they must sum to something positive."),
                nameof(children));
        }

        return new TreeNode(kind, code, name, weight, new ReadOnlyCollection<TreeNode>(list), null, null, null);
    }

    private static TreeNode Leaf(IndicatorCode indicator, decimal weight, TreeScoreMethod method, ScoringRule rule)
    {
        if (indicator == default)
        {
            throw new ArgumentException("A tree's indicator needs a code; default(IndicatorCode) was given.", nameof(indicator));
        }

        EnsureWeight(weight, indicator.Value);
        return new TreeNode(TreeNodeKind.Indicator, indicator.Value, null, weight, [], indicator, method, rule);
    }

    private static void EnsureWeight(decimal weight, string code)
    {
        if (weight < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(weight), weight,
                string.Create(CultureInfo.InvariantCulture, $"Node '{code}': a weight cannot be negative; {weight} was given."));
        }
    }
}
