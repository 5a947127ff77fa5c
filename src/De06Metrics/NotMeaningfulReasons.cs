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
            NotMeaningfulReason.UnitsChanged => vi
                ? "đơn vị đã thay đổi (sáp nhập, chia tách, giải thể hoặc chuyển chức năng) giữa hai kỳ mà số liệu kỳ gốc chưa được quy đổi"
                : "the unit changed (merged, split, abolished or a function moved) between the two periods and the base was not restated",
            NotMeaningfulReason.MergedBaseIncomplete => vi
                ? "thiếu số liệu kỳ gốc của một trong các đơn vị hợp thành đơn vị này"
                : "one of the units that make up this one has no figure for the base period",
            NotMeaningfulReason.BaseWithoutParts => vi
                ? "số liệu kỳ gốc của các đơn vị hợp nhất không có tử số và mẫu số, mà tỷ lệ thì không được lấy trung bình"
                : "the merged units' base figures have no numerator and denominator, and rates are never averaged",
            NotMeaningfulReason.BaseDoesNotCombine => vi
                ? "số liệu của chỉ tiêu không cộng gộp được giữa các đơn vị"
                : "the indicator's figures do not combine across units",
            NotMeaningfulReason.BaseCannotBeApportioned => vi
                ? "số liệu kỳ gốc của đơn vị chia tách không chia được theo tỷ lệ"
                : "the split unit's base figure cannot be divided by shares",
            NotMeaningfulReason.BaseNotCarried => vi
                ? "số liệu kỳ gốc thuộc đơn vị đã giải thể hoặc chia tách, không chuyển cho đơn vị nào"
                : "the base figure belongs to a unit abolished or split, and passes to no unit",
            NotMeaningfulReason.RankFieldChanged => vi
                ? "nhóm đơn vị được xếp hạng đã thay đổi giữa hai kỳ, mà thứ hạng thì không quy đổi được"
                : "the field of units ranked changed between the two periods, and a rank is not restated",
            _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, $"Reason {(int)reason} is not defined."),
        };
    }
}
