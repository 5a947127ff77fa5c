using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Text;

namespace De06Metrics.Growth;

/// <summary>
/// The change of one period's value against an earlier period of the same series ("cùng kỳ" or the period before),
/// or a gap when the series has no value for that earlier period. Built by <see cref="SeriesChanges.Compare(Indicators.Indicator, IEnumerable{PeriodValue}, PeriodComparison, ChangeKind)"/>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class PeriodChange
{
    internal PeriodChange(PeriodValue current, PeriodComparison comparison, ReportingPeriod? basePeriod, decimal? baseValue, ValueChange? change)
    {
        Period = current.Period;
        Value = current.Value;
        Comparison = comparison;
        BasePeriod = basePeriod;
        BaseValue = baseValue;
        Change = change;
    }

    /// <summary>The period whose value is compared.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>The period's value.</summary>
    public decimal Value { get; }

    /// <summary>Which earlier period it is compared with.</summary>
    public PeriodComparison Comparison { get; }

    /// <summary>
    /// The earlier period; <see langword="null"/> only when no such period exists in the supported range
    /// (before 1900).
    /// </summary>
    public ReportingPeriod? BasePeriod { get; }

    /// <summary>The earlier period's value; <see langword="null"/> when the series has none (a gap).</summary>
    public decimal? BaseValue { get; }

    /// <summary>The change, labelled with the base period; <see langword="null"/> for a gap.</summary>
    public ValueChange? Change { get; }

    /// <summary>Whether the series has no value for the base period.</summary>
    public bool IsGap => Change is null;

    /// <summary>
    /// Why there is no amount: <see cref="NotMeaningfulReason.MissingBase"/> for a gap, else the change's own reason
    /// (<see cref="NotMeaningfulReason.None"/> when it has an amount).
    /// </summary>
    public NotMeaningfulReason Reason => Change?.Reason ?? NotMeaningfulReason.MissingBase;

    /// <summary>
    /// Writes the change ("tăng 16,5 điểm phần trăm so với cùng kỳ năm 2023", "up 2.0 percentage points on Q4 2023")
    /// or the gap ("không có số liệu cùng kỳ năm 2023 để so sánh", "no value for Q4 2023 to compare with").
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The sentence, without a capital or full stop.</returns>
    public string Describe(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        if (Change is { } change)
        {
            return change.Describe(language);
        }

        return BasePeriod is null
            ? language[Phrase.ChangeNoBasePeriod]
            : language.Format(Phrase.ChangeNoBaseValue, SeriesChanges.ComparisonLabel(BasePeriod, Comparison, language));
    }

    /// <summary>Writes the sentence in English.</summary>
    /// <returns>The sentence.</returns>
    public override string ToString() => Describe(Language.English);
}
