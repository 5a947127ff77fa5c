using De06Metrics.Text;

namespace De06Metrics.Measures;

/// <summary>Says a <see cref="NotMeaningfulReason"/> in words.</summary>
public static class NotMeaningfulReasonExtensions
{
    /// <summary>
    /// The reason as a clause that can follow "because" / "vì": "the base value is zero" / "giá trị gốc bằng 0".
    /// </summary>
    /// <param name="reason">The reason.</param>
    /// <param name="language">The language.</param>
    /// <returns>The clause; "meaningful" / "có ý nghĩa" for <see cref="NotMeaningfulReason.None"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    public static string Describe(this NotMeaningfulReason reason, Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return language[reason switch
        {
            NotMeaningfulReason.None => Phrase.Meaningful,
            NotMeaningfulReason.NoData => Phrase.NoData,
            NotMeaningfulReason.ZeroTarget => Phrase.ReasonZeroTarget,
            NotMeaningfulReason.NegativeTarget => Phrase.ReasonNegativeTarget,
            NotMeaningfulReason.ZeroActual => Phrase.ReasonZeroActual,
            NotMeaningfulReason.NegativeActual => Phrase.ReasonNegativeActual,
            NotMeaningfulReason.TargetEqualsBaseline => Phrase.ReasonTargetEqualsBaseline,
            NotMeaningfulReason.TargetBehindBaseline => Phrase.ReasonTargetBehindBaseline,
            NotMeaningfulReason.NotDefinedForTargetKind => Phrase.ReasonNotDefinedForTargetKind,
            NotMeaningfulReason.ZeroBase => Phrase.ReasonZeroBase,
            NotMeaningfulReason.SignChange => Phrase.ReasonSignChange,
            NotMeaningfulReason.OutOfRange => Phrase.ReasonOutOfRange,
            NotMeaningfulReason.MissingBase => Phrase.ReasonMissingBase,
            NotMeaningfulReason.UnitsChanged => Phrase.ReasonUnitsChanged,
            NotMeaningfulReason.MergedBaseIncomplete => Phrase.ReasonMergedBaseIncomplete,
            NotMeaningfulReason.BaseWithoutParts => Phrase.ReasonBaseWithoutParts,
            NotMeaningfulReason.BaseDoesNotCombine => Phrase.ReasonBaseDoesNotCombine,
            NotMeaningfulReason.BaseCannotBeApportioned => Phrase.ReasonBaseCannotBeApportioned,
            NotMeaningfulReason.BaseNotCarried => Phrase.ReasonBaseNotCarried,
            NotMeaningfulReason.RankFieldChanged => Phrase.ReasonRankFieldChanged,
            NotMeaningfulReason.ChildrenWithoutParts => Phrase.ReasonChildrenWithoutParts,
            NotMeaningfulReason.MissingPart => Phrase.ReasonMissingPart,
            NotMeaningfulReason.ZeroDenominator => Phrase.ReasonZeroDenominator,
            NotMeaningfulReason.OutsideMeasure => Phrase.ReasonOutsideMeasure,
            NotMeaningfulReason.SubPeriodsMissing => Phrase.ReasonSubPeriodsMissing,
            NotMeaningfulReason.SubPeriodsWithoutParts => Phrase.ReasonSubPeriodsWithoutParts,
            NotMeaningfulReason.DatedAfterAsOf => Phrase.ReasonDatedAfterAsOf,
            NotMeaningfulReason.NoStartValue => Phrase.ReasonNoStartValue,
            NotMeaningfulReason.PeriodKindMismatch => Phrase.ReasonPeriodKindMismatch,
            NotMeaningfulReason.PeriodNotEnded => Phrase.ReasonPeriodNotEnded,
            _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, $"Reason {(int)reason} is not defined."),
        }];
    }
}
