using De06Metrics.Evaluation;
using De06Metrics.Indicators;
using De06Metrics.Periods;
using De06Metrics.Scoring;
using De06Metrics.Text;

namespace De06Metrics.Scorecards;

/// <summary>
/// One node's score for one unit in a <see cref="ScorecardTree"/>: out of 100, or no score with the reason; the
/// indicators under it that have a score; for an indicator, the rule's step.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class NodeScore
{
    internal NodeScore(
        TreeNode node, int depth, decimal? points, LocalizedText? reason, decimal coveredShare, int scored, int indicators,
        IReadOnlyList<NodeScore> children, RuleScore? rule, decimal? input, Indicator? indicator, PlanShare? plan = null)
    {
        Plan = plan;
        Node = node;
        Depth = depth;
        Points = points;
        Reason = reason;
        CoveredShare = coveredShare;
        Scored = scored;
        Indicators = indicators;
        Children = children;
        Rule = rule;
        Input = input;
        Indicator = indicator;
    }

    /// <summary>The node.</summary>
    public TreeNode Node { get; }

    /// <summary>The node's depth: 0 for the root.</summary>
    public int Depth { get; }

    /// <summary>The score out of 100, or <see langword="null"/> when there is none (see <see cref="Reason"/>).</summary>
    /// <remarks>An attainment above its ceiling earns 100, the cap of the rule (<see cref="Rule"/> shows the uncapped points).</remarks>
    public decimal? Points { get; }

    /// <summary>Why there is no score, or <see langword="null"/> when there is one.</summary>
    public LocalizedText? Reason { get; }

    /// <summary>
    /// The share of the node's weight that its score stands on, from 0 to 1: 1 for a scored indicator, 0 for a node
    /// without a score (see <see cref="ScorecardTree"/> for a group's).
    /// </summary>
    public decimal CoveredShare { get; }

    /// <summary>How many indicators under the node (itself, for an indicator) have a score.</summary>
    public int Scored { get; }

    /// <summary>How many indicators are under the node (1 for an indicator).</summary>
    public int Indicators { get; }

    /// <summary>The children's scores, in the tree's order.</summary>
    public IReadOnlyList<NodeScore> Children { get; }

    /// <summary>For an indicator whose input could be scored, the rule's result; otherwise <see langword="null"/>.</summary>
    public RuleScore? Rule { get; }

    /// <summary>For an indicator, what its rule scored: the attainment ratio or the value; otherwise <see langword="null"/>.</summary>
    public decimal? Input { get; }

    /// <summary>For an indicator in the scorecard's catalog, the indicator; otherwise <see langword="null"/>.</summary>
    public Indicator? Indicator { get; }

    /// <summary>
    /// For a leaf whose row has no target of its own but a plan of a period that contains it (a quarter against the
    /// year's plan), that plan: the leaf's attainment is then the figure against the value the plan expected by the day
    /// it was counted to (<see cref="PlanShare.ExpectedValue"/>), or against the target itself when the figure is judged
    /// directly (a rate against the year's rate). <see langword="null"/> for a leaf with a target of its own, a points
    /// leaf, and a group.
    /// </summary>
    public PlanShare? Plan { get; }

    /// <summary>
    /// Says the score: "Mục tiêu MT1 (Dịch vụ công trực tuyến): 82,5/100 điểm, 3/4 chỉ tiêu có điểm" / "Objective MT1
    /// (Online public services): 82.5/100 points, 3 of 4 indicators scored"; for an indicator, its rule's step.
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The sentence.</returns>
    public string Describe(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var label = Node.IsIndicator
            ? Indicator is { } known ? $"{known.Code} ({known.Name.In(language)})" : Node.Code
            : Node.Label(language);
        if (Node.IsIndicator)
        {
            if (Points is not { } leaf)
            {
                return language.Format(Phrase.TreeIndicatorNotScored, label, Reason!.Value.In(language));
            }

            Func<decimal, Language, string> shown = Node.Method == TreeScoreMethod.Points && Indicator is { } i
                ? i.FormatValue
                : (value, l) => Display.Percent(value, l);
            var step = Rule!.Describe(language, shown);
            if (Plan is { } plan)
            {
                step = $"{step}; {DescribePlan(plan, language)}";
            }

            return language.Format(Phrase.TreeIndicatorScored, label, Display.Natural(leaf, language, 2), step);
        }

        return Points is { } points
            ? language.Format(Phrase.TreeGroupScored, label, Display.Natural(points, language, 2), Scored, Indicators)
            : language.Format(Phrase.TreeGroupNotScored, label, Reason!.Value.In(language), Scored, Indicators);
    }

    /// <summary>Returns the sentence in English.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Describe(Language.English);

    private static string DescribePlan(PlanShare plan, Language language)
    {
        var period = PeriodText.InSentence(plan.TargetPeriod, language);
        return plan.Evaluation is not null || plan.ExpectedValue is not { } expected
            ? language.Format(Phrase.TreeAgainstTargetOfPeriod, period)
            : language.Format(Phrase.TreeAgainstPlanToDate, period, PeriodText.Date(plan.CountedTo, language), plan.Indicator.FormatValue(expected, language));
    }
}
