namespace De06Metrics.Measures;

/// <summary>
/// Why a figure has no meaningful value. A result that cannot be computed carries one of these, and can say it as a
/// clause in Vietnamese and English (<see cref="NotMeaningfulReasonExtensions.Describe"/>), instead of ∞, NaN or a made-up zero.
/// </summary>
/// <remarks>One list serves every calculator. The values fit in a byte so that batch operations can report them per element.</remarks>
public enum NotMeaningfulReason : byte
{
    /// <summary>The figure is meaningful.</summary>
    None = 0,

    /// <summary>No value was reported.</summary>
    NoData = 1,

    /// <summary>The target is zero, so a ratio to it would be infinite.</summary>
    ZeroTarget = 2,

    /// <summary>The target is negative, so a ratio to it would read backwards.</summary>
    NegativeTarget = 3,

    /// <summary>For lower-is-better, the actual is zero, so target / actual would be infinite.</summary>
    ZeroActual = 4,

    /// <summary>For lower-is-better, the actual is negative, so target / actual would read backwards.</summary>
    NegativeActual = 5,

    /// <summary>
    /// The target equals the baseline (or the base value of a growth path), so there is no distance to travel and no
    /// growth is required: a ratio to that distance is undefined.
    /// </summary>
    TargetEqualsBaseline = 6,

    /// <summary>The target lies on the worse side of the baseline, so moving toward it is no progress.</summary>
    TargetBehindBaseline = 7,

    /// <summary>The ratio is not defined for this kind of target (ranges, exact values, yes/no).</summary>
    NotDefinedForTargetKind = 8,

    /// <summary>The base value is zero, so there is nothing to divide by ("giá trị gốc bằng 0").</summary>
    ZeroBase = 9,

    /// <summary>The base and the other value have opposite signs (−4 to +2): a ratio between them has no meaning as growth.</summary>
    SignChange = 10,

    /// <summary>The result is too large to be represented (a tiny base, or an extreme growth over a short span).</summary>
    OutOfRange = 11,

    /// <summary>There is no value for the base period of a comparison: a gap in the series.</summary>
    MissingBase = 12,

    /// <summary>
    /// The unit changed between the base period and the compared one (merged, split, abolished, or a function moved),
    /// and the base was not restated into the later units, so the two figures do not cover the same thing.
    /// </summary>
    UnitsChanged = 13,

    /// <summary>
    /// One of the units that make up this one (itself before a merger, a unit merged into it) has no figure for the base
    /// period, so the restated base would be a part, not the whole.
    /// </summary>
    MergedBaseIncomplete = 14,

    /// <summary>The base figures of merged units are rates without numerator and denominator, which are never averaged into one.</summary>
    BaseWithoutParts = 15,

    /// <summary>The indicator's figures do not combine across units (a score, say), so merged units have no base.</summary>
    BaseDoesNotCombine = 16,

    /// <summary>The base figure of a split unit cannot be divided by the parts' shares (a rate without parts, a score, a yes/no value).</summary>
    BaseCannotBeApportioned = 17,

    /// <summary>The base figure belongs to a unit abolished or split by its children, and passes to no unit of the later date.</summary>
    BaseNotCarried = 18,

    /// <summary>
    /// The units ranked changed between the two periods (a rank among 63 provinces against one among 34): a rank is a
    /// position in its field and is not restated.
    /// </summary>
    RankFieldChanged = 19,

    /// <summary>
    /// The units below reported figures without the numerator and denominator their roll-up adds (rates reported as
    /// bare percentages, say), so the parent has no value: rates are never averaged.
    /// </summary>
    ChildrenWithoutParts = 20,

    /// <summary>
    /// The indicator is computed from others (a ratio, a share, a difference, a sum) and one of the figures it is
    /// computed from is missing for the unit and period ("thiếu số liệu của chỉ tiêu thành phần").
    /// </summary>
    MissingPart = 21,

    /// <summary>The indicator is a ratio or a share of two others, and the denominator is zero ("mẫu số bằng 0").</summary>
    ZeroDenominator = 22,

    /// <summary>
    /// The indicator is computed from others and the result does not fit its measure: a negative count from a
    /// difference, a share above 100% of a rate that may not exceed it.
    /// </summary>
    OutsideMeasure = 23,

    /// <summary>
    /// A figure combined over time lacks one or more of its sub-periods (February of a first quarter), so it would be a
    /// part, not the whole; the missing sub-periods are named where the figure is.
    /// </summary>
    SubPeriodsMissing = 24,

    /// <summary>A rate combined over time has a sub-period's figure without numerator and denominator: rates are never averaged.</summary>
    SubPeriodsWithoutParts = 25,

    /// <summary>
    /// The figure is dated after the day the evaluation is made as of (a figure of 10/3/2024 in an evaluation as of
    /// 1/2/2024): it was not known on that day, so it is not judged.
    /// </summary>
    DatedAfterAsOf = 26,

    /// <summary>
    /// A plan is to start from the previous period's closing value (<c>PlanStart.Previous</c>), and no figure of a period
    /// ending before the plan's period starts was found: the share of the plan is not worked out from zero in its place.
    /// </summary>
    NoStartValue = 27,

    /// <summary>
    /// The figure would be compared with a base period of another kind (a quarter with a whole year), and the
    /// evaluation's options refuse such a comparison (<c>PeriodKindMismatch.Refuse</c>): no change is computed.
    /// </summary>
    PeriodKindMismatch = 28,

    /// <summary>
    /// The figure has no as-of date of its own and the evaluation is made as of a day before its period ends (a figure
    /// of Quý I/2024 in an evaluation as of 10/3/2024): nothing says it was known on that day, so it is not judged
    /// against its target for the whole period.
    /// </summary>
    PeriodNotEnded = 29,
}
