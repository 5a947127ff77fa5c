using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Timeline;
using De06Metrics.Units;

namespace De06Metrics.Serialization;

/// <summary>
/// The words a file uses for enumerated values. They are written in camelCase and read ignoring case, spaces,
/// hyphens and underscores, so <c>higher_is_better</c>, <c>Higher-Is-Better</c> and <c>higherIsBetter</c> are one word.
/// </summary>
internal static class Tokens
{
    public static readonly TokenSet<UnitKind> UnitKinds = new(
        ("province", UnitKind.Province), ("department", UnitKind.Department), ("district", UnitKind.District),
        ("commune", UnitKind.Commune), ("agency", UnitKind.Agency), ("other", UnitKind.Other));

    public static readonly TokenSet<Polarity> Polarities = new(
        ("higherIsBetter", Polarity.HigherIsBetter), ("lowerIsBetter", Polarity.LowerIsBetter), ("withinBand", Polarity.WithinBand));

    public static readonly TokenSet<RollUpRule> RollUps = new(
        ("none", RollUpRule.None), ("addNumeratorsAndDenominators", RollUpRule.AddNumeratorsAndDenominators), ("sum", RollUpRule.Sum),
        ("weightedMean", RollUpRule.WeightedMean), ("minimum", RollUpRule.Minimum), ("maximum", RollUpRule.Maximum));

    public static readonly TokenSet<AccumulationKind> Accumulations = new(
        ("flow", AccumulationKind.Flow), ("stock", AccumulationKind.Stock), ("cumulativeToDate", AccumulationKind.CumulativeToDate),
        ("rateFromParts", AccumulationKind.RateFromParts), ("averageOfLevels", AccumulationKind.AverageOfLevels));

    public static readonly TokenSet<MoneyScale> MoneyScales = new(
        ("units", MoneyScale.Units), ("thousands", MoneyScale.Thousands), ("millions", MoneyScale.Millions),
        ("billions", MoneyScale.Billions), ("trillions", MoneyScale.Trillions));

    public static readonly TokenSet<MeasureForm> Measures = new(
        ("rate", MeasureForm.Rate), ("rateAboveWhole", MeasureForm.RateAboveWhole), ("count", MeasureForm.Count),
        ("money", MeasureForm.Money), ("score", MeasureForm.Score), ("rank", MeasureForm.Rank), ("yesNo", MeasureForm.YesNo));

    public static readonly TokenSet<FormulaKind> Formulas = new(
        ("ratio", FormulaKind.Ratio), ("share", FormulaKind.Share), ("difference", FormulaKind.Difference), ("sum", FormulaKind.Sum));

    public static readonly TokenSet<GoalForm> Goals = new(
        ("atLeast", GoalForm.AtLeast), ("atMost", GoalForm.AtMost), ("between", GoalForm.Between),
        ("exactly", GoalForm.Exactly), ("yes", GoalForm.Yes), ("no", GoalForm.No));

    public static readonly TokenSet<SuccessionKind> SuccessionKinds = new(
        ("establishment", SuccessionKind.Establishment), ("merger", SuccessionKind.Merger), ("split", SuccessionKind.Split),
        ("rename", SuccessionKind.Rename), ("functionTransfer", SuccessionKind.FunctionTransfer), ("abolition", SuccessionKind.Abolition));

    public static readonly TokenSet<SuccessionDateBasis> SuccessionDates = new(
        ("operational", SuccessionDateBasis.Operational), ("legal", SuccessionDateBasis.Legal));

    /// <summary>How firm a figure is, as an observation gives it (a revision and a restatement are worked out, not given).</summary>
    public static readonly TokenSet<ValueStatus> ValueStatuses = new(
        ("reported", ValueStatus.Reported), ("estimated", ValueStatus.Estimated), ("preliminary", ValueStatus.Preliminary), ("derived", ValueStatus.Derived));

    /// <summary>A target status set by hand.</summary>
    public static readonly TokenSet<Evaluation.TargetStatus> Verdicts = new(
        ("exceeded", Evaluation.TargetStatus.Exceeded), ("met", Evaluation.TargetStatus.Met), ("basicallyMet", Evaluation.TargetStatus.BasicallyMet),
        ("notMet", Evaluation.TargetStatus.NotMet));

    public static MeasureForm FormOf(Measure measure) => measure.Kind switch
    {
        MeasureKind.Rate => measure.AllowsAboveWhole ? MeasureForm.RateAboveWhole : MeasureForm.Rate,
        MeasureKind.Count => MeasureForm.Count,
        MeasureKind.Money => MeasureForm.Money,
        MeasureKind.Score => MeasureForm.Score,
        MeasureKind.Rank => MeasureForm.Rank,
        _ => MeasureForm.YesNo,
    };

    public static GoalForm FormOf(Goal goal) => goal.Kind switch
    {
        TargetKind.AtLeast => GoalForm.AtLeast,
        TargetKind.AtMost => GoalForm.AtMost,
        TargetKind.Range => GoalForm.Between,
        TargetKind.ExactWithinTolerance => GoalForm.Exactly,
        _ => goal.Low == 1m ? GoalForm.Yes : GoalForm.No,
    };
}
