using De06Metrics.Text;

namespace De06Metrics;

/// <summary>Words for <see cref="NotMeaningfulReason"/> in Vietnamese and English.</summary>
public static class NotMeaningfulReasons
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
        var vi = language == Language.Vietnamese;
        return reason switch
        {
            NotMeaningfulReason.None => vi ? "có ý nghĩa" : "meaningful",
            NotMeaningfulReason.NoData => vi ? "không có số liệu" : "no data",
            NotMeaningfulReason.ZeroTarget => vi ? "chỉ tiêu bằng 0" : "the target is zero",
            NotMeaningfulReason.NegativeTarget => vi ? "chỉ tiêu là số âm" : "the target is negative",
            NotMeaningfulReason.ZeroActual => vi ? "giá trị thực tế bằng 0 trong khi càng thấp càng tốt" : "the actual is zero and lower is better",
            NotMeaningfulReason.NegativeActual => vi ? "giá trị thực tế là số âm trong khi càng thấp càng tốt" : "the actual is negative and lower is better",
            NotMeaningfulReason.TargetEqualsBaseline => vi ? "chỉ tiêu bằng mức cơ sở" : "the target equals the baseline",
            NotMeaningfulReason.TargetBehindBaseline => vi ? "chỉ tiêu kém hơn mức cơ sở" : "the target is worse than the baseline",
            NotMeaningfulReason.NotDefinedForTargetKind => vi ? "không áp dụng cho loại chỉ tiêu này" : "not defined for this kind of target",
            NotMeaningfulReason.ZeroBase => vi ? "giá trị gốc bằng 0" : "the base value is zero",
            NotMeaningfulReason.SignChange => vi ? "giá trị gốc và giá trị so sánh trái dấu" : "the base and the compared value have opposite signs",
            NotMeaningfulReason.OutOfRange => vi ? "kết quả quá lớn, vượt phạm vi biểu diễn" : "the result is too large to represent",
            NotMeaningfulReason.MissingBase => vi ? "không có số liệu kỳ gốc" : "there is no value for the base period",
            _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, $"Reason {(int)reason} is not defined."),
        };
    }
}
