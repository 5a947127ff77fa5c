using De06Metrics.Growth;
using De06Metrics.Measures;
using De06Metrics.Text;
using De06Metrics.Timeline;

namespace De06Metrics.Scorecards;

public sealed partial class ScorecardRow
{
    /// <summary>
    /// For a scorecard built on a timeline, the base of the row's comparison: whether the unit changed since
    /// <see cref="BasePeriod"/>, the base as reported (<see cref="ComparisonBase.AsReported"/>), the base restated into
    /// the units of <see cref="Period"/> with the figures it combines (<see cref="ComparisonBase.Restated"/>), and
    /// <see cref="ComparisonBase.Basis"/> saying which one <see cref="BaseValue"/> is; or why there is no comparison.
    /// <see langword="null"/> for a scorecard of one unit tree, or when there is no base period.
    /// </summary>
    /// <remarks>
    /// A restated base is said in the change's sentence: "tăng 9,6 điểm phần trăm so với cùng kỳ năm 2024 (số liệu quy
    /// đổi theo đơn vị hiện nay)". A base that is not comparable leaves <see cref="Change"/> and
    /// <see cref="RelativeChange"/> empty and the sentence says why ("không so sánh được với cùng kỳ năm 2024 vì …"); a
    /// rank across a change of its field keeps both ranks in <see cref="RankChange"/>, flagged as not comparable. A
    /// plain gap (<see cref="NotMeaningfulReason.MissingBase"/>) is left unsaid, as for a scorecard of one tree.
    /// </remarks>
    public ComparisonBase? ComparisonBase { get; internal init; }

    /// <summary>The label of the base period the evaluation wrote changes against ("cùng kỳ năm 2024"), for the sentence of a change not made.</summary>
    internal LocalizedText? BaseLabel { get; init; }

    private string? NotComparableClause(Language language)
    {
        // A plain gap in the base period is left unsaid, as it is for a scorecard of one tree.
        if (ComparisonBase is not { IsComparable: false } comparison || comparison.Reason == NotMeaningfulReason.MissingBase ||
            Actual is null || RankChange is not null || BasePeriod is not { } basePeriod)
        {
            return null;
        }

        return comparison.NotComparable(BaseLabel ?? SeriesChanges.ComparisonLabel(basePeriod, PeriodComparison.PreviousPeriod), language);
    }
}
