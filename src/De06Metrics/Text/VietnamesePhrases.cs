namespace De06Metrics.Text;

// The switch names every key and has no default arm: a key missing here is CS8509, an error. CS8524 (a value outside
// the named keys) cannot happen for a key the library passes.
#pragma warning disable CS8524

/// <summary>Vietnamese words, as an official report writes them.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class VietnamesePhrases : IPhraseBook
{
    /// <summary>The one instance.</summary>
    public static VietnamesePhrases Instance { get; } = new();

    private VietnamesePhrases()
    {
    }

    /// <inheritdoc />
    public string this[Phrase phrase] => phrase switch
    {
        // General words several layers use.
        Phrase.NoData => "không có số liệu",
        Phrase.Meaningful => "có ý nghĩa",
        Phrase.Yes => "có",
        Phrase.No => "không",


        // Why a figure is not meaningful (NotMeaningfulReason).
        Phrase.ReasonZeroTarget => "chỉ tiêu bằng 0",
        Phrase.ReasonNegativeTarget => "chỉ tiêu là số âm",
        Phrase.ReasonZeroActual => "giá trị thực tế bằng 0 trong khi càng thấp càng tốt",
        Phrase.ReasonNegativeActual => "giá trị thực tế là số âm trong khi càng thấp càng tốt",
        Phrase.ReasonTargetEqualsBaseline => "chỉ tiêu bằng mức cơ sở",
        Phrase.ReasonTargetBehindBaseline => "chỉ tiêu kém hơn mức cơ sở",
        Phrase.ReasonNotDefinedForTargetKind => "không áp dụng cho loại chỉ tiêu này",
        Phrase.ReasonZeroBase => "giá trị gốc bằng 0",
        Phrase.ReasonSignChange => "giá trị gốc và giá trị so sánh trái dấu",
        Phrase.ReasonOutOfRange => "kết quả quá lớn, vượt phạm vi biểu diễn",
        Phrase.ReasonMissingBase => "không có số liệu kỳ gốc",
        Phrase.ReasonUnitsChanged => "đơn vị đã thay đổi (sáp nhập, chia tách, giải thể hoặc chuyển chức năng) giữa hai kỳ mà số liệu kỳ gốc chưa được quy đổi",
        Phrase.ReasonMergedBaseIncomplete => "thiếu số liệu kỳ gốc của một trong các đơn vị hợp thành đơn vị này",
        Phrase.ReasonBaseWithoutParts => "số liệu kỳ gốc của các đơn vị hợp nhất không có tử số và mẫu số, mà tỷ lệ thì không được lấy trung bình",
        Phrase.ReasonBaseDoesNotCombine => "số liệu của chỉ tiêu không cộng gộp được giữa các đơn vị",
        Phrase.ReasonBaseCannotBeApportioned => "số liệu kỳ gốc của đơn vị chia tách không chia được theo tỷ lệ",
        Phrase.ReasonBaseNotCarried => "số liệu kỳ gốc thuộc đơn vị đã giải thể hoặc chia tách, không chuyển cho đơn vị nào",
        Phrase.ReasonRankFieldChanged => "nhóm đơn vị được xếp hạng đã thay đổi giữa hai kỳ, mà thứ hạng thì không quy đổi được",


        // Measures: units of measure and value labels.


        // Periods: labels, month names, dates.


        // Evaluation: verdicts, statuses, bands, schedule.
        Phrase.StatusExceeded => "Vượt chỉ tiêu",
        Phrase.StatusMet => "Đạt chỉ tiêu",
        Phrase.StatusNotMet => "Chưa đạt",
        Phrase.StatusNoData => "Không có số liệu",
        Phrase.StatusInvalid => "Không hợp lệ",
        Phrase.StatusNoTarget => "Không có chỉ tiêu",
        Phrase.GoalAtLeast => "≥ {0}",
        Phrase.GoalAtMost => "≤ {0}",
        Phrase.GoalRange => "{0} – {1}",
        Phrase.GoalExact => "= {0}",
        Phrase.GoalExactWithinTolerance => "= {0} ± {1}",


        // Growth: changes, growth rates, progress, trends.


        // Ranking: ranks, places, movements.


        // Composite indices.


        // Scoring sheets and ratings.


        // Timeline: successions and restated figures.


        // Scorecards: rows, narrative, lagging report.


        // Reporting: charts and the notebook views.
        Phrase.ViewIndicator => "Chỉ tiêu",
        Phrase.ViewUnit => "Đơn vị",
        Phrase.ViewValue => "Kết quả",
        Phrase.ViewTarget => "Chỉ tiêu giao",
        Phrase.ViewStatus => "Đánh giá",
        Phrase.ViewChange => "Thay đổi",
        Phrase.ViewMargin => "Chênh lệch",
        Phrase.ViewInWords => "Diễn giải",
        Phrase.ViewRank => "Hạng",
        Phrase.ViewUnranked => "không xếp hạng",
        Phrase.ViewNothingLags => "Không có chỉ tiêu nào chậm.",
        Phrase.ViewRowCaption => "{0} — {1}",
        Phrase.ViewRankChange => "{0} → {1}: {2}",
        Phrase.ChartResultsAgainstTargets => "Kết quả so với chỉ tiêu",
        Phrase.ChartTitleForPeriod => "{0} — {1}",
        Phrase.ChartTarget => "Chỉ tiêu {0}",
        Phrase.ChartRankMovement => "Thay đổi thứ hạng",
        Phrase.ChartBefore => "Trước",
        Phrase.ChartNow => "Nay",


        // The de06 command's report: headings, columns, legends.
    };

    /// <inheritdoc />
    public bool IsSingular(decimal count) => false;

    /// <inheritdoc />
    public string Ordinal(string number, long value) => "thứ " + number;
}
