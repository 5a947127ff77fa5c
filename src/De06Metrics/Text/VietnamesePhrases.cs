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
        Phrase.ChangeComparedWith => " so với {0}",
        Phrase.ChangeUp => "tăng {0}{1}",
        Phrase.ChangeDown => "giảm {0}{1}",
        Phrase.ChangeUnchanged => "không đổi{0}",
        Phrase.ChangeRelativeOfRate => "{0} (tương đối)",
        Phrase.ChangeNotComputed => "không tính được mức thay đổi{0} vì {1}",
        Phrase.ChangePercentNotComputed => "không tính được tỷ lệ thay đổi{0} vì {1}",
        Phrase.ChangeNoBasePeriod => "không có kỳ gốc để so sánh",
        Phrase.ChangeNoBaseValue => "không có số liệu {0} để so sánh",
        Phrase.ChangeBaseSamePeriodLastYear => "cùng kỳ năm {1}",
        Phrase.ChangeBaseLastYear => "năm {1}",
        Phrase.GrowthPeriodInSentence => "{1}",
        Phrase.GrowthDate => "{0}",
        Phrase.GrowthRateUp => "tăng bình quân {0}/năm",
        Phrase.GrowthRateDown => "giảm bình quân {0}/năm",
        Phrase.GrowthRateUnchanged => "không đổi",
        Phrase.GrowthRateNotComputed => "không tính được tốc độ tăng bình quân vì {0}",
        Phrase.ProgressAchieved => "Đã đạt chỉ tiêu",
        Phrase.ProgressOnTrack => "Đúng tiến độ",
        Phrase.ProgressAccelerationNeeded => "Cần tăng tốc",
        Phrase.ProgressLimited => "Tiến bộ hạn chế",
        Phrase.ProgressDeterioration => "Đi xuống",
        Phrase.ProgressUnassessable => "Không đánh giá được",
        Phrase.ProgressAchievedSentence => "{0}: {1} so với chỉ tiêu {2}",
        Phrase.ProgressUnassessableSentence => "{0} tiến độ vì {1}",
        Phrase.ProgressSentence => "{0}: tốc độ bình quân {1}/năm kể từ {2}, so với mức cần thiết {3}/năm để đạt {4} vào {5} ({6})",
        Phrase.ProgressRatio => "R = {0}",
        Phrase.ProgressRatioUndefined => "không tính được R vì {0}",
        Phrase.TrendGood => "Xu hướng tốt",
        Phrase.TrendFair => "Xu hướng khá",
        Phrase.TrendPoor => "Xu hướng kém",
        Phrase.TrendUnassessable => "Không đánh giá được xu hướng",
        Phrase.TrendSentence => "{0}: {1}{2}",
        Phrase.TrendUnassessableSentence => "{0} vì {1}{2}",
        Phrase.TrendSpan => " từ {0} đến {1}",
        Phrase.ProjectionMeetsTarget => "Theo xu hướng hiện tại ({0}), dự kiến đạt {1} vào {2}: đạt chỉ tiêu {3}",
        Phrase.ProjectionShortOfTarget => "Theo xu hướng hiện tại ({0}), dự kiến đạt {1} vào {2}: không đạt chỉ tiêu {3}, còn thiếu {4}",
        Phrase.TrendMethodLeastSquares => "bình phương tối thiểu",
        Phrase.TrendMethodLinearRecencyWeights => "bình phương tối thiểu, trọng số tăng dần theo thời gian",
        Phrase.TrendMethodGeometricRecencyWeights => "bình phương tối thiểu, trọng số tăng gấp {0} lần mỗi kỳ",
        Phrase.TrendMethodMeanOfLastChanges => "bình quân {0} mức thay đổi gần nhất",


        // Ranking: ranks, places, movements.
        Phrase.RankPlaceOne => "bậc",
        Phrase.RankPlaceOther => "bậc",
        Phrase.RankUp => "tăng {0} {1}",
        Phrase.RankDown => "giảm {0} {1}",
        Phrase.RankUpWithRanks => "tăng {0} {1}, từ {2} lên {3}",
        Phrase.RankDownWithRanks => "giảm {0} {1}, từ {2} xuống {3}",
        Phrase.RankUnchanged => "giữ nguyên thứ hạng",
        Phrase.RankUnchangedAt => "giữ nguyên thứ hạng {0}",
        Phrase.RankNotComparable => "không so sánh được: trước xếp thứ {0}, nay xếp thứ {1} {6}",
        Phrase.RankFieldsDifferInSize => "(số đơn vị được xếp hạng khác nhau)",
        Phrase.RankFieldChanged => "(nhóm đơn vị được xếp hạng đã thay đổi)",
        Phrase.RankInField => "xếp thứ {0}",
        Phrase.RankEntered => "mới vào bảng xếp hạng, xếp thứ {0}",
        Phrase.RankLeft => "không còn trong bảng xếp hạng (trước xếp thứ {0})",


        // Composite indices.


        // Scoring sheets and ratings.


        // Timeline: successions and restated figures.
        Phrase.TimelineRestatedLabel => "{0} (số liệu quy đổi theo đơn vị hiện nay)",
        Phrase.TimelineBaseAsReported => "số liệu {0} như đã báo cáo",
        Phrase.TimelineBaseRestated => "số liệu {0} quy đổi theo đơn vị hiện nay, cộng gộp {1}",
        Phrase.TimelineBaseNotComparable => "không so sánh được với {0} vì {1}",
        Phrase.TimelineSourceShare => "{0} ({1}%)",
        Phrase.TimelineSourceSeparator => ", ",


        // Scorecards: rows, narrative, lagging report.


        // Reporting: charts and the notebook views.


        // The de06 command's report: headings, columns, legends.
    };

    /// <inheritdoc />
    public bool IsSingular(decimal count) => false;

    /// <inheritdoc />
    public string Ordinal(string number, long value) => "thứ " + number;
}
