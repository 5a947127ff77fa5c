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
        Phrase.ScorecardSentence => "{0} đạt {1} ({2})",
        Phrase.ScorecardRankSentence => "{0} {1} ({2})",
        Phrase.ScorecardRanked => "xếp {0}",
        Phrase.ScorecardAsOf => "tính đến ngày {0}",
        Phrase.ScorecardDate => "{0}",
        Phrase.ScorecardChangeOn => "{0} so với {1}",
        Phrase.ScorecardLeadUnit => "Đơn vị chủ trì: {0}",
        Phrase.ScorecardNotYetInForce => "chưa có hiệu lực vào ngày {0}",
        Phrase.ScorecardAssignedNow => "giao cho {0}, nay là {1}",
        Phrase.ScorecardAssignedTo => "giao cho {0}, {1}",
        Phrase.ScorecardSplitInto => "đã chia thành {0} từ {1}; cần chọn đơn vị chủ trì mới",
        Phrase.ScorecardAbolished => "đã giải thể",
        Phrase.ScorecardSplit => "đã chia tách",
        Phrase.ScorecardNoLongerInForce => "không còn hoạt động",
        Phrase.ScorecardGoneWithoutSuccessor => "{0} từ {1}, không có đơn vị kế thừa",
        Phrase.ScorecardWith => "phối hợp: {0}",
        Phrase.ScorecardNoLongerCoordinating => "không còn phối hợp: {0} ({1})",
        Phrase.ScorecardNothingLags => "Không có chỉ tiêu nào còn hạn chế hoặc chậm tiến độ.",
        Phrase.LaggingNoData => "không có số liệu",
        Phrase.LaggingNotMet => "chưa đạt chỉ tiêu",
        Phrase.LaggingBehindSchedule => "chậm tiến độ",
        Phrase.LaggingDeclining => "giảm so với kỳ so sánh",


        // Reporting: charts and the notebook views.


        // The de06 command's report: headings, columns, legends.
        Phrase.ReportTitle => "Kết quả thực hiện chỉ tiêu — {0}",
        Phrase.ReportAsOfNote => "Ngày đánh giá: {0}.",
        Phrase.ReportComparedWithNote => "So sánh với: {0}.",
        Phrase.ReportDate => "{0}",
        Phrase.ReportLaggingHeading => "Chỉ tiêu còn hạn chế, chậm tiến độ",
        Phrase.ReportStatusBehindSchedule => "{0}, chậm tiến độ",
        Phrase.ReportColumnCode => "Mã",
        Phrase.ReportColumnIndicator => "Chỉ tiêu",
        Phrase.ReportColumnUnit => "Đơn vị",
        Phrase.ReportColumnActual => "Kết quả",
        Phrase.ReportColumnAsOf => "Tính đến",
        Phrase.ReportColumnTarget => "Chỉ tiêu giao",
        Phrase.ReportColumnMargin => "Chênh lệch",
        Phrase.ReportColumnStatus => "Đánh giá",
        Phrase.ReportColumnChange => "So sánh",
        Phrase.ReportColumnLead => "Chủ trì",
    };

    /// <inheritdoc />
    public bool IsSingular(decimal count) => false;

    /// <inheritdoc />
    public string Ordinal(string number, long value) => "thứ " + number;
}
