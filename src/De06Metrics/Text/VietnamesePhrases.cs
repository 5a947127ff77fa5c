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
        Phrase.DifferencePercentagePointsOne => "{0} điểm phần trăm",
        Phrase.DifferencePercentagePointsOther => "{0} điểm phần trăm",
        Phrase.DifferenceScorePointsOne => "{0} điểm",
        Phrase.DifferenceScorePointsOther => "{0} điểm",
        Phrase.DifferencePlacesOne => "{0} bậc",
        Phrase.DifferencePlacesOther => "{0} bậc",
        Phrase.RankPositionNotWhole => "thứ {0}",
        Phrase.CurrencyVnd => "đồng",
        Phrase.MoneyInUnits => "{0} {1}",
        Phrase.MoneyInThousands => "{0} nghìn {1}",
        Phrase.MoneyInMillions => "{0} triệu {1}",
        Phrase.MoneyInBillions => "{0} tỷ {1}",
        Phrase.MoneyInTrillions => "{0} nghìn tỷ {1}",


        // Periods: labels, month names, dates.
        Phrase.PeriodYear => "Năm {0}",
        Phrase.PeriodFirstHalf => "6 tháng đầu năm {0}",
        Phrase.PeriodSecondHalf => "6 tháng cuối năm {0}",
        Phrase.PeriodQuarter1 => "Quý I/{0}",
        Phrase.PeriodQuarter2 => "Quý II/{0}",
        Phrase.PeriodQuarter3 => "Quý III/{0}",
        Phrase.PeriodQuarter4 => "Quý IV/{0}",
        Phrase.PeriodMonth => "Tháng {0}/{2}",
        Phrase.PeriodMonthsToDateOne => "{0} tháng năm {2}",
        Phrase.PeriodMonthsToDateOther => "{0} tháng năm {2}",
        Phrase.PeriodYearToDate => "Lũy kế đến {0}",
        Phrase.PeriodReportingMonth => "{0} (từ {1} đến {2})",
        Phrase.PeriodRange => "Từ {0} đến {1}",
        Phrase.PeriodDate => "{0}/{1}/{2}",
        Phrase.PeriodDateShort => "{0}/{1}/{2}",
        Phrase.MonthJanuary => "tháng 1",
        Phrase.MonthFebruary => "tháng 2",
        Phrase.MonthMarch => "tháng 3",
        Phrase.MonthApril => "tháng 4",
        Phrase.MonthMay => "tháng 5",
        Phrase.MonthJune => "tháng 6",
        Phrase.MonthJuly => "tháng 7",
        Phrase.MonthAugust => "tháng 8",
        Phrase.MonthSeptember => "tháng 9",
        Phrase.MonthOctober => "tháng 10",
        Phrase.MonthNovember => "tháng 11",
        Phrase.MonthDecember => "tháng 12",
        Phrase.MonthShortJanuary => "thg 1",
        Phrase.MonthShortFebruary => "thg 2",
        Phrase.MonthShortMarch => "thg 3",
        Phrase.MonthShortApril => "thg 4",
        Phrase.MonthShortMay => "thg 5",
        Phrase.MonthShortJune => "thg 6",
        Phrase.MonthShortJuly => "thg 7",
        Phrase.MonthShortAugust => "thg 8",
        Phrase.MonthShortSeptember => "thg 9",
        Phrase.MonthShortOctober => "thg 10",
        Phrase.MonthShortNovember => "thg 11",
        Phrase.MonthShortDecember => "thg 12",


        // Evaluation: verdicts, statuses, bands, schedule.
        Phrase.EvaluationSentence => "{0}, {1} ({2}{3})",
        Phrase.EvaluationNoData => "không có số liệu ({0})",
        Phrase.EvaluationGoalClause => "chỉ tiêu {0}",
        Phrase.EvaluationGoalClauseYesNo => "chỉ tiêu: {0}",
        Phrase.EvaluationAttainment => "; đạt {0} chỉ tiêu",
        Phrase.EvaluationActualRank => "xếp {0}",
        Phrase.EvaluationActualHigherIsBetter => "đạt {0}",
        Phrase.EvaluationActualLowerIsBetter => "ở mức {0}",
        Phrase.EvaluationGoalAtLeast => "{0}",
        Phrase.EvaluationGoalAtMost => "không quá {0}",
        Phrase.EvaluationGoalRange => "từ {0} đến {1}",
        Phrase.EvaluationGoalExactWithinTolerance => "{0} ± {1}",
        Phrase.EvaluationTargetNamedByValue => "chỉ tiêu {0}",
        Phrase.EvaluationTargetOfValue => "chỉ tiêu {0}",
        Phrase.EvaluationMaximumNamedByValue => "mức tối đa {0}",
        Phrase.EvaluationMaximumOfValue => "mức tối đa {0}",
        Phrase.EvaluationTargetRangeOf => "khoảng {0}",
        Phrase.VerdictYesNoMet => "đạt chỉ tiêu",
        Phrase.VerdictYesNoNotMet => "chưa đạt chỉ tiêu",
        Phrase.VerdictAtLeastExceeded => "vượt chỉ tiêu {0}",
        Phrase.VerdictAtLeastNotMet => "chưa đạt chỉ tiêu, còn thiếu {0}",
        Phrase.VerdictAtMostExceeded => "vượt chỉ tiêu, thấp hơn mức tối đa {0}",
        Phrase.VerdictAtMostNotMet => "chưa đạt chỉ tiêu, vượt mức tối đa {0}",
        Phrase.VerdictBandNotMetBelow => "chưa đạt chỉ tiêu, thấp hơn giới hạn dưới {0}",
        Phrase.VerdictBandNotMetAbove => "chưa đạt chỉ tiêu, cao hơn giới hạn trên {0}",
        Phrase.VerdictOnTarget => "đạt chỉ tiêu",
        Phrase.VerdictOnBand => "đạt chỉ tiêu",
        Phrase.VerdictMetAboveTarget => "đạt chỉ tiêu, cao hơn {0}{2}",
        Phrase.VerdictMetBelowTarget => "đạt chỉ tiêu, thấp hơn {0}{2}",
        Phrase.VerdictMetBelowMaximum => "đạt chỉ tiêu, thấp hơn mức tối đa {0}{2}",
        Phrase.VerdictMetAboveMaximum => "đạt chỉ tiêu, cao hơn mức tối đa {0}{2}",
        Phrase.VerdictMetBelowBand => "đạt chỉ tiêu, thấp hơn giới hạn dưới {0}{2}",
        Phrase.VerdictMetAboveBand => "đạt chỉ tiêu, cao hơn giới hạn trên {0}{2}",
        Phrase.VerdictWithinTolerance => ", trong phạm vi dung sai {0}",
        Phrase.RuleAtLeast => "vượt chỉ tiêu khi cao hơn chỉ tiêu {0}, đạt khi bằng, chưa đạt khi thấp hơn",
        Phrase.RuleAtLeastWithTolerance => "vượt chỉ tiêu khi cao hơn chỉ tiêu {0} quá {1}, đạt khi chênh lệch trong phạm vi {1}, chưa đạt khi thấp hơn quá {1}",
        Phrase.RuleAtMost => "vượt chỉ tiêu khi thấp hơn mức tối đa {0}, đạt khi bằng, chưa đạt khi cao hơn",
        Phrase.RuleAtMostWithTolerance => "vượt chỉ tiêu khi thấp hơn mức tối đa {0} quá {1}, đạt khi chênh lệch trong phạm vi {1}, chưa đạt khi cao hơn quá {1}",
        Phrase.RuleBand => "đạt khi nằm trong khoảng {0}, chưa đạt khi nằm ngoài; không có mức vượt",
        Phrase.RuleBandWithTolerance => "đạt khi nằm trong khoảng {0} hoặc cách khoảng đó không quá {1}, chưa đạt khi xa hơn; không có mức vượt",
        Phrase.RuleYesNo => "đạt khi câu trả lời là \"{0}\", chưa đạt khi ngược lại",
        Phrase.RuleBandScheme => "; phân loại theo {0}",
        Phrase.RatioNotMeaningful => "không có ý nghĩa: {0}",
        Phrase.BaselineProgressNotMeaningful => "tiến độ so với mức cơ sở không có ý nghĩa: {0}",
        Phrase.BaselineProgress => "đi được {0} chặng đường từ mức cơ sở {1} đến chỉ tiêu {2}{3}",
        Phrase.BaselineProgressWorseThanBaseline => ", kém hơn mức cơ sở",
        Phrase.BaselineProgressPastTarget => ", đã vượt chỉ tiêu",
        Phrase.BandSchemeTrafficLight => "Đèn giao thông theo tỷ lệ hoàn thành",
        Phrase.BandSchemeMicrosoftKpi => "Trạng thái KPI kiểu Microsoft",
        Phrase.BandSchemeOkr => "Chấm điểm OKR",
        Phrase.BandRed => "Đỏ",
        Phrase.BandAmber => "Vàng",
        Phrase.BandYellow => "Vàng",
        Phrase.BandGreen => "Xanh",
        Phrase.BandBad => "Kém",
        Phrase.BandNeutral => "Trung bình",
        Phrase.BandGood => "Tốt",
        Phrase.BandByStatus => "{0} (theo trạng thái; {1})",
        Phrase.BandByScore => "{0} ({1}{2})",
        Phrase.BandAttainment => "tỷ lệ hoàn thành {0}",
        Phrase.BandStatusScore => "điểm trạng thái {0}",
        Phrase.BandGrade => "điểm OKR {0}",
        Phrase.BandOutsideScale => ", ngoài thang đo",
        Phrase.ScheduleDay => "ngày {0}/{1}",
        Phrase.ScheduleNoData => "tính đến ngày {0} không có số liệu (kế hoạch {1}, {2})",
        Phrase.ScheduleActual => "tính đến ngày {0} đạt {3}, kế hoạch {1} ({2}); ",
        Phrase.ScheduleBehindLessThanADay => "chậm tiến độ chưa tới 1 ngày",
        Phrase.ScheduleBehindOne => "chậm tiến độ {0} ngày",
        Phrase.ScheduleBehindOther => "chậm tiến độ {0} ngày",
        Phrase.ScheduleShortOfPlan => ", thiếu {0} so với kế hoạch",
        Phrase.ScheduleAbovePlan => ", cao hơn kế hoạch {0}",
        Phrase.ScheduleTargetReached => "đã đạt chỉ tiêu cả kỳ",
        Phrase.ScheduleReachedEarlyOne => ", sớm ít nhất {0} ngày so với kế hoạch",
        Phrase.ScheduleReachedEarlyOther => ", sớm ít nhất {0} ngày so với kế hoạch",
        Phrase.ScheduleAheadOne => "vượt tiến độ {0} ngày",
        Phrase.ScheduleAheadOther => "vượt tiến độ {0} ngày",
        Phrase.ScheduleAheadOfPlan => ", vượt kế hoạch {0}",
        Phrase.ScheduleBelowPlan => ", thấp hơn kế hoạch {0}",
        Phrase.ScheduleOnSchedule => "đúng tiến độ",
        Phrase.MarginCheckAgrees => "chỉ tiêu suy ra từ báo cáo ({0}) khớp với chỉ tiêu đã lưu ({1})",
        Phrase.MarginCheckDisagrees => "chỉ tiêu suy ra từ báo cáo ({0}) không khớp với chỉ tiêu đã lưu ({1}), lệch {2}",
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
        Phrase.CompositeNotComputed => "{0}: không tính {1}: {2}.",
        Phrase.CompositeComputed => "{0}: {1} = {2}{3} ({4} của {5}/{6} chỉ tiêu, {7}{8}).",
        Phrase.CompositeWeightsRenormalised => "; trọng số chia lại cho các chỉ tiêu có số liệu",
        Phrase.CompositeIndexDefinition => "{0}: {1}, {2}, cần {3}",
        Phrase.AggregationArithmetic => "trung bình cộng có trọng số",
        Phrase.AggregationGeometric => "trung bình nhân có trọng số",
        Phrase.AggregationHarmonic => "trung bình điều hòa có trọng số",
        Phrase.NormalisationMinMax => "chuẩn hóa min-max về [{0}; {1}]",
        Phrase.NormalisationZScore => "chuẩn hóa z-score (trung bình {0}, độ lệch chuẩn {1})",
        Phrase.NormalisationPercentileRank => "hạng phần trăm trên thang 0–100 (PERCENTRANK.INC × 100)",
        Phrase.NormalisationDistanceCapped => "khoảng cách đến mục tiêu trên thang 0–100, giới hạn ở 100 khi đạt mục tiêu (quy tắc của phương pháp)",
        Phrase.NormalisationDistanceUncapped => "khoảng cách đến mục tiêu trên thang 0–100, không giới hạn (vượt mục tiêu cho giá trị trên 100)",
        Phrase.NotNormalisableNoValues => "không đơn vị nào có số liệu của chỉ tiêu này",
        Phrase.NotNormalisableMinMaxAllEqual => "mọi đơn vị có cùng giá trị {0}, nên min-max không xác định (max − min = 0)",
        Phrase.NotNormalisablePercentileOneValue => "hạng phần trăm cần ít nhất hai giá trị; chỉ có một",
        Phrase.NotNormalisablePercentileAllEqual => "mọi đơn vị có cùng giá trị {0}, nên hạng phần trăm không phân biệt được đơn vị nào",
        Phrase.NotNormalisableZScoreOneValue => "độ lệch chuẩn cần ít nhất hai giá trị; chỉ có một",
        Phrase.NotNormalisableZScoreAllEqual => "mọi đơn vị có cùng giá trị {0}, nên độ lệch chuẩn bằng 0",
        Phrase.NotNormalisableTargetNotBelowHighest => "mục tiêu {0} không thấp hơn giá trị cao nhất {1}, nên (max − mục tiêu) ≤ 0",
        Phrase.NotNormalisableTargetNotAboveLowest => "mục tiêu {0} không cao hơn giá trị thấp nhất {1}, nên (mục tiêu − min) ≤ 0",
        Phrase.CompositeNoDataForAnyIndicator => "không có số liệu cho chỉ tiêu nào",
        Phrase.CompositeNoValueNormalisable => "không giá trị nào của đơn vị chuẩn hóa được",
        Phrase.CompositeUsedWeightsZero => "các chỉ tiêu có số liệu đều có trọng số 0",
        Phrase.CompositeBelowMinimumCoverage => "chỉ có số liệu dùng được cho {0}/{1} chỉ tiêu ({2} số chỉ tiêu, {3} tổng trọng số), dưới mức tối thiểu: {4}",
        Phrase.CompositeNeedsPositiveValues => "{0} cần giá trị chuẩn hóa dương, nhưng {1} được chuẩn hóa thành {2}; hãy chuẩn hóa về khoảng dương (như min-max về [1; 100]) hoặc dùng trung bình cộng",
        Phrase.ContributionMissing => ": không có số liệu; trọng số {0} được chia lại cho các chỉ tiêu khác",
        Phrase.ContributionNotUsed => ": {0} không dùng được: {1}",
        Phrase.ContributionCapped => " (trước giới hạn {0}; giới hạn ở 100 theo phương pháp)",
        Phrase.ContributionWeight => "; trọng số {0} (danh nghĩa {1})",
        Phrase.ContributionTermArithmetic => "; đóng góp {0}",
        Phrase.ContributionTermGeometric => "; thừa số {0}",
        Phrase.ContributionTermHarmonic => "; số hạng w/x {0}",
        Phrase.CoverageAnyData => "có ít nhất một chỉ tiêu có số liệu",
        Phrase.CoverageShareOfWeight => "ít nhất {0} tổng trọng số",
        Phrase.CoverageShareOfIndicators => "ít nhất {0} số chỉ tiêu",


        // Scoring sheets and ratings.
        Phrase.RuleMissing => "không có số liệu → không chấm điểm (thiếu số liệu không phải 0)",
        Phrase.RuleMissingScoredZero => "không có số liệu → 0 trên {0} điểm (theo tùy chọn: thiếu số liệu tính 0 điểm)",
        Phrase.RuleNotScored => "{0} không chấm được: {1}",
        Phrase.RuleUncapped => "; chưa giới hạn {0}",
        Phrase.RuleUncappedUndefinedAtZero => "; chưa giới hạn: không xác định khi giá trị bằng 0",
        Phrase.RuleWithinThresholdFull => "{0} không vượt ngưỡng {1} → đủ {2} điểm (tuyến tính có giới hạn: không vượt ngưỡng là đủ điểm{3})",
        Phrase.RuleReachesThresholdFull => "{0} đạt ngưỡng {1} → đủ {2} điểm (tuyến tính có giới hạn: đạt ngưỡng là đủ điểm{3})",
        Phrase.RuleExceedsThreshold => "{0} vượt ngưỡng {1} → {2} × {3} / {4} = {5} trên {6} điểm",
        Phrase.RuleBelowThreshold => "{0} dưới ngưỡng {1} → {2} × {3} / {4} = {5} trên {6} điểm",
        Phrase.RuleBandReached => "{0} {1} {2} → {3} trên {4} điểm (theo bậc)",
        Phrase.RuleNoBandReached => "{0} không đạt bậc nào (bậc thấp nhất {1} {2}) → {3} trên {4} điểm",
        Phrase.RuleFractionScored => "{0} → {1} × {2} = {3} trên {4} điểm (tỷ lệ trên mức tối đa)",
        Phrase.RuleNegativeLinear => "giá trị âm không có điểm theo quy tắc tuyến tính",
        Phrase.RuleOutsideScale => "{0} nằm ngoài thang từ 0 đến {1}",
        Phrase.RuleCappedLinearLower => "tuyến tính có giới hạn (thấp hơn là tốt hơn): không quá {0} là đủ {1} điểm, trên đó {1} × {0} / giá trị",
        Phrase.RuleCappedLinearHigher => "tuyến tính có giới hạn: đạt {0} là đủ {1} điểm, dưới đó giá trị × {1} / {0}",
        Phrase.RuleBands => "theo bậc: {0}; còn lại → {1} điểm",
        Phrase.RuleFractionLower => "tỷ lệ trên mức tối đa (thấp hơn là tốt hơn): ({0} − giá trị) / {0} × {1} điểm",
        Phrase.RuleFractionHigher => "tỷ lệ trên mức tối đa: giá trị / {0} × {1} điểm",
        Phrase.GroupComplete => "{0}: {1}/{2} điểm",
        Phrase.GroupIncomplete => "{0}: {1}/{2} điểm, chưa đủ: {3} chỉ tiêu chưa chấm (tối đa {4} điểm)",
        Phrase.SheetScoredZeroForMissing => " (gồm {0} chỉ tiêu thiếu số liệu tính 0 điểm theo tùy chọn)",
        Phrase.SheetIncomplete => "{0}{1} chưa đủ: {2}/{3} điểm từ các chỉ tiêu đã chấm; {4} chỉ tiêu chưa chấm (tối đa {5} điểm){6}; không xếp loại.",
        Phrase.SheetRated => " — xếp loại {0} ({1})",
        Phrase.SheetNoRatingScale => " — không có thang xếp loại",
        Phrase.SheetTotal => "{0}{1} {2}/{3} điểm{4}{5}.",
        Phrase.SheetDefinition => "{0}: {1} điểm ({2}); {3}",
        Phrase.SheetNoRating => "không xếp loại",
        Phrase.RatingGood => "Tốt",
        Phrase.RatingFair => "Khá",
        Phrase.RatingAverage => "Trung bình",
        Phrase.RatingPoor => "Yếu",
        Phrase.RatingScaleCutOffs => "Tốt từ {0}, Khá từ {1}, Trung bình từ {2}, Yếu dưới {2}; {3}",
        Phrase.RatingScaleSetByUser => "ngưỡng do người dùng đặt",


        // Timeline: successions and restated figures.


        // Scorecards: rows, narrative, lagging report.


        // Reporting: charts and the notebook views.


        // The de06 command's report: headings, columns, legends.
    };

    /// <inheritdoc />
    public bool IsSingular(decimal count) => false;

    /// <inheritdoc />
    public string Ordinal(string number, long value) => "thứ " + number;
}
