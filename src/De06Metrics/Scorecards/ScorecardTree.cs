using System.Collections.Immutable;
using De06Metrics.Composite;
using De06Metrics.Evaluation;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Scoring;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Scorecards;

/// <summary>
/// A weighted scorecard tree, as SSAS parent KPIs with <c>KPIWeight</c>, Spider Impact and ClearPoint have it: the
/// scorecard at the root, areas and objectives below, indicators as leaves, each with a weight among its siblings.
/// An indicator's score (out of 100) follows from its evaluation by its <see cref="TreeScoreMethod"/>; a group's score
/// is the weighted mean of its scored children's, when enough of its weight has a score (<see cref="Coverage"/>).
/// </summary>
/// <remarks>
/// <para>
/// <b>Coverage.</b> A group's covered share of weight is Σ (weight ÷ siblings' total weight) × the child's covered share
/// over its children, where a scored indicator covers 1 and a group without a score covers 0; on the indicators' basis,
/// it is the share of the group's indicators scored under children that have a score. Below <see cref="Coverage"/>, or
/// when no child with a positive weight has a score, the group has no score and says why; it is never scored as if
/// the missing parts were zero.
/// </para>
/// <para>
/// <b>Arithmetic.</b> Scores are exact <see cref="decimal"/> arithmetic; a weighted mean whose quotient has more than 28
/// significant digits is rounded by decimal division, at the 28th digit.
/// </para>
/// <para>Group codes are distinct, and an indicator appears at most once. Immutable and thread-safe.</para>
/// </remarks>
public sealed class ScorecardTree
{
    // Filled once by the constructor and only read afterwards, so the tree stays immutable and safe to share.
    private readonly Dictionary<IndicatorCode, ImmutableArray<TreeNode>> groupsOf = [];

    /// <summary>Creates a tree.</summary>
    /// <param name="code">The scorecard's code, such as <c>DA06</c>; not empty, no white space at either end.</param>
    /// <param name="name">The scorecard's name.</param>
    /// <param name="children">The top-level areas, objectives or indicators; at least one, their weights summing to something positive.</param>
    /// <param name="coverage">The least covered share for a group to have a score; <c>default</c> is any data.</param>
    /// <exception cref="ArgumentNullException"><paramref name="children"/> or a child is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The code is empty or padded, the name is <c>default</c>, there are no children, their weights do not sum to
    /// something positive, a group code repeats, or an indicator appears twice.
    /// </exception>
    public ScorecardTree(string code, LocalizedText name, IEnumerable<TreeNode> children, MinimumCoverage coverage = default)
    {
        Root = TreeNode.Root(code, name, children);
        Coverage = coverage;
        var groups = new HashSet<string>(StringComparer.Ordinal);
        var indicators = new HashSet<IndicatorCode>();
        var nodes = ImmutableArray.CreateBuilder<(TreeNode, int)>();
        var path = new List<TreeNode>();
        Walk(Root, 0);
        Nodes = nodes.ToImmutable();
        Indicators = [.. indicators];

        void Walk(TreeNode node, int depth)
        {
            nodes.Add((node, depth));
            if (node.Indicator is { } indicator)
            {
                if (!indicators.Add(indicator))
                {
                    throw new ArgumentException($"Indicator '{indicator}' appears more than once in the tree; an indicator belongs to one group.", nameof(children));
                }

                groupsOf[indicator] = [.. path];
                return;
            }

            if (!groups.Add(node.Code))
            {
                throw new ArgumentException($"Group code '{node.Code}' is used more than once in the tree.", nameof(children));
            }

            if (depth > 0)
            {
                path.Add(node);
            }

            foreach (var child in node.Children)
            {
                Walk(child, depth + 1);
            }

            if (depth > 0)
            {
                path.RemoveAt(path.Count - 1);
            }
        }
    }

    /// <summary>The root: the whole scorecard, of kind <see cref="TreeNodeKind.Scorecard"/>.</summary>
    public TreeNode Root { get; }

    /// <summary>The scorecard's code.</summary>
    public string Code => Root.Code;

    /// <summary>The scorecard's name.</summary>
    public LocalizedText Name => Root.Name!.Value;

    /// <summary>The least covered share for a group to have a score.</summary>
    public MinimumCoverage Coverage { get; }

    /// <summary>Every node with its depth (the root at 0), root first, each group before its children, in order.</summary>
    public ImmutableArray<(TreeNode Node, int Depth)> Nodes { get; }

    /// <summary>The indicators of the tree's leaves, in tree order.</summary>
    public ImmutableArray<IndicatorCode> Indicators { get; }

    /// <summary>
    /// The groups an indicator sits in, from the top (an area) down to its own group (an objective), the root left out:
    /// the place a lagging item names ("thuộc lĩnh vực Dịch vụ công trực tuyến").
    /// </summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns>The groups, outermost first; empty when the indicator is not in the tree or sits directly under the root.</returns>
    public ImmutableArray<TreeNode> GroupsOf(IndicatorCode indicator) => groupsOf.TryGetValue(indicator, out var groups) ? groups : [];

    /// <summary>
    /// Lists what does not fit a scorecard: an indicator not in its catalog, or a points rule whose polarity is not its
    /// indicator's.
    /// </summary>
    /// <param name="scorecard">The scorecard.</param>
    /// <returns>The problems, in tree order; empty when the tree fits.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scorecard"/> is <see langword="null"/>.</exception>
    public ImmutableArray<ScorecardProblem> Validate(Scorecard scorecard)
    {
        ArgumentNullException.ThrowIfNull(scorecard);
        var problems = ImmutableArray.CreateBuilder<ScorecardProblem>();
        foreach (var (node, _) in Nodes)
        {
            if (node.Indicator is not { } code)
            {
                continue;
            }

            var item = $"tree node '{code}'";
            if (!scorecard.TryGetIndicator(code, out var indicator))
            {
                problems.Add(new(item, $"the indicator '{code}' is not in the catalog."));
            }
            else if (node.Method == TreeScoreMethod.Points && node.Rule!.Polarity != indicator.Polarity)
            {
                problems.Add(new(item, $"indicator '{code}' is {indicator.Polarity}, but its points rule scores {node.Rule.Polarity}; the two must agree."));
            }
        }

        return problems.ToImmutable();
    }

    /// <summary>Scores one unit of an evaluated scorecard.</summary>
    /// <param name="result">The evaluated scorecard.</param>
    /// <param name="unit">The unit.</param>
    /// <returns>The score of every node for the unit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is <see langword="null"/>.</exception>
    /// <remarks>An indicator the unit has no row for, or that is not in the catalog, has no data.</remarks>
    public TreeScore Score(ScorecardResult result, UnitId unit)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new TreeScore(this, unit, result.NameOf(unit), ScoreNode(Root, 0, result, unit));
    }

    /// <summary>Scores every unit that has a row in an evaluated scorecard.</summary>
    /// <param name="result">The evaluated scorecard.</param>
    /// <returns>One score per unit, in the order the units first appear in the rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is <see langword="null"/>.</exception>
    public ImmutableArray<TreeScore> ScoreAll(ScorecardResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return [.. result.Rows.Select(row => row.Unit.Id).Distinct().Select(unit => Score(result, unit))];
    }

    /// <summary>Describes the tree, one node a line, indented by depth, with weights and scoring methods.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public string Describe(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return string.Join('\n', Nodes.Select(entry => new string(' ', 2 * entry.Depth) + (entry.Depth == 0
            ? $"{entry.Node.Label(language)}; {Coverage.Describe(language)}"
            : language.Format(Phrase.TreeNodeDefinition, entry.Node.Label(language), Display.Natural(entry.Node.Weight, language), entry.Node.IsIndicator ? entry.Node.DescribeMethod(language) : string.Empty).TrimEnd(' ', ':', ';'))));
    }

    /// <summary>Returns the description in English.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Describe(Language.English);

    private NodeScore ScoreNode(TreeNode node, int depth, ScorecardResult result, UnitId unit)
    {
        if (node.IsIndicator)
        {
            return ScoreIndicator(node, depth, result, unit);
        }

        var children = node.Children.Select(child => ScoreNode(child, depth + 1, result, unit)).ToList();
        var totalWeight = node.Children.Sum(child => child.Weight);
        var leaves = children.Sum(child => child.Indicators);
        var scoredLeaves = children.Sum(child => child.Scored);
        var contributingLeaves = children.Where(child => child.Points is not null).Sum(child => child.Scored);
        var covered = children.Where(child => child.Points is not null).Sum(child => child.Node.Weight * child.CoveredShare / totalWeight);
        var scoredWeight = children.Where(child => child.Points is not null).Sum(child => child.Node.Weight);
        var shareOfIndicators = (decimal)contributingLeaves / leaves;
        if (scoredWeight == 0m)
        {
            return new NodeScore(node, depth, null, new LocalizedText(language => language[Phrase.TreeReasonNothingScored]), 0m, scoredLeaves, leaves, children, null, null, null);
        }

        if (!Coverage.IsMetBy(shareOfIndicators, covered))
        {
            var minimum = Coverage;
            LocalizedText reason = Coverage.Basis == CoverageBasis.ShareOfWeight
                ? new(language => language.Format(Phrase.TreeReasonWeightBelowMinimum, Display.Percent(covered, language), minimum.Describe(language)))
                : new(language => language.Format(Phrase.TreeReasonIndicatorsBelowMinimum, contributingLeaves, leaves, minimum.Describe(language)));
            return new NodeScore(node, depth, null, reason, 0m, scoredLeaves, leaves, children, null, null, null);
        }

        // Added in ascending order, as a sheet's points are, so that the sum does not depend on the children's order.
        var weighted = children.Where(child => child.Points is not null).Select(child => child.Node.Weight * child.Points!.Value).Order().Sum();
        return new NodeScore(node, depth, weighted / scoredWeight, null, covered, scoredLeaves, leaves, children, null, null, null);
    }

    private static NodeScore ScoreIndicator(TreeNode node, int depth, ScorecardResult result, UnitId unit)
    {
        var code = node.Indicator!.Value;
        result.Scorecard.TryGetIndicator(code, out var indicator);
        var row = indicator is null ? null : result.Find(code, unit);
        var against = node.Method == TreeScoreMethod.Points || row?.Evaluation is not null ? null : row?.PlanShare;
        if (row?.Actual is not { } actual)
        {
            return Unscored(new LocalizedText(language => NotMeaningfulReason.NoData.Describe(language)));
        }

        decimal input;
        if (node.Method == TreeScoreMethod.Points)
        {
            if (node.Rule!.Polarity != indicator!.Polarity)
            {
                return Unscored(new LocalizedText(language => language.Format(Phrase.TreeReasonPolarity, language[indicator.Polarity == Polarity.LowerIsBetter ? Phrase.TreePolarityLower : Phrase.TreePolarityHigher])));
            }

            input = actual.Value;
        }
        else if (row.Evaluation is { } evaluation)
        {
            if (!evaluation.Attainment.TryGetValue(out input))
            {
                var why = evaluation.Attainment.Reason;
                return Unscored(new LocalizedText(language => why.Describe(language)));
            }
        }
        else if (row.PlanShare is { } plan)
        {
            var attainment = AttainmentToDate(plan);
            if (!attainment.TryGetValue(out input))
            {
                var why = attainment.Reason;
                return Unscored(new LocalizedText(language => why.Describe(language)));
            }
        }
        else
        {
            return Unscored(new LocalizedText(language => language[Phrase.TreeReasonNoTarget]));
        }

        var score = node.Rule!.Score(input);
        if (score.Points is not { } points)
        {
            return new NodeScore(node, depth, null, score.Reason, 0m, 0, 1, [], score, input, indicator, against);
        }

        return new NodeScore(node, depth, points * 100m / node.Rule.MaximumPoints, null, 1m, 1, 1, [], score, input, indicator, against);

        NodeScore Unscored(LocalizedText reason) => new(node, depth, null, reason, 0m, 0, 1, [], null, null, indicator, against);
    }

    /// <summary>
    /// The attainment of a figure set against the plan of a period that contains its own, for a row without a target of
    /// its own: against the target itself when the figure is judged directly (a rate against the year's rate), otherwise
    /// against the value the plan expected by the day it was counted to (actual ÷ expected, or expected ÷ actual when
    /// lower is better), so that a quarter on schedule is not scored as a quarter of the year's target.
    /// </summary>
    private static RatioOutcome AttainmentToDate(PlanShare plan)
    {
        if (plan.Evaluation is { } direct)
        {
            return direct.Attainment;
        }

        if (plan.Actual is not { } actual)
        {
            return RatioOutcome.NotMeaningful(NotMeaningfulReason.NoData);
        }

        if (plan.ExpectedValue is not { } expected)
        {
            return RatioOutcome.NotMeaningful(plan.Reason == NotMeaningfulReason.None ? NotMeaningfulReason.NoData : plan.Reason);
        }

        return GoalRules.Attainment(higherIsBetter: plan.Goal.Kind == TargetKind.AtLeast, actual.Value, expected);
    }
}
