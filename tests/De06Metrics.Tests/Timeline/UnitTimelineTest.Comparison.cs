using De06Metrics.Growth;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Text;
using De06Metrics.Timeline;
using De06Metrics.Units;
using static De06Metrics.Tests.Timeline.Reform2025;

namespace De06Metrics.Tests.Timeline;

public class UnitTimelineComparisonTest
{
    private static readonly ReportingPeriod Q3Of2024 = Quarter(2024, 3);
    private static readonly Observation Q3Of2025 = OnlineRates2025().Single(o => o.Period.Equals(Quarter(2025, 3)));
    private static readonly Observation[] Base = [.. OnlineRatesQ3_2024(), .. OnlineRates2025()];

    [Fact]
    public void A_merged_provinces_change_is_computed_on_the_restated_base()
    {
        var change = History().Compare(Online, Q3Of2025, Q3Of2024, Base);

        // Base: (3.900 + 5.250) / (6.000 + 7.000) = 9.150 / 13.000 = 70,3846…%; the old Tuyên Quang alone had 75%.
        change.Base.Basis.Should().Be(BaseValueBasis.Restated);
        change.Base.Value.Should().Be(MeasuredValue.FromRateParts(9_150, 13_000));
        change.Base.AsReported.Should().Be(MeasuredValue.FromRateParts(5_250, 7_000));
        change.Base.Restated!.Contributions.Select(c => c.Original.Unit.Value).Should().BeEquivalentTo(["HG", "TQ"]);
        change.Base.Changes.Should().ContainSingle().Which.Source.Document.Should().Be("202/2025/QH15");

        // 80 − 70,384615… = +9,615384… points (+5 against the old province alone); relative 80 / 70,384615… − 1 = +13,66…%.
        decimal.Round(change.Change!.Amount!.Value, 4).Should().Be(9.6154m);
        change.Change.Kind.Should().Be(ChangeKind.PercentagePoints);
        decimal.Round(change.RelativeChange!.Amount!.Value, 2).Should().Be(13.66m);
        change.Reason.Should().Be(NotMeaningfulReason.None);

        change.Describe(Language.Vietnamese).Should().Be("tăng 9,6 điểm phần trăm so với cùng kỳ năm 2024 (số liệu quy đổi theo đơn vị hiện nay)");
        change.Describe(Language.English).Should().Be("up 9.6 percentage points on Q3 2024 (restated to current units)");
        change.Base.Describe(Language.Vietnamese).Should().Be("số liệu quý III/2024 quy đổi theo đơn vị hiện nay, cộng gộp Tỉnh Tuyên Quang, Tỉnh Hà Giang");
    }

    [Fact]
    public void A_unit_that_did_not_change_is_compared_as_reported()
    {
        Observation[] communes = [Count("HG.BQ.VQ", Q3Of2024, 700), Count("HG.BQ.VQ", Quarter(2025, 3), 800)];

        // The commune moved from Bắc Quang district to the province on 1/7/2025, but its own figures did not change.
        var change = History().Compare(Records, communes[1], Q3Of2024, communes);

        change.Base.Basis.Should().Be(BaseValueBasis.AsReported);
        change.Base.Value.Should().Be(MeasuredValue.Of(700));
        change.Base.Restated.Should().BeNull();
        change.Change!.Amount.Should().Be(100m);
        change.Describe(Language.Vietnamese).Should().Be("tăng 100 so với cùng kỳ năm 2024");
    }

    [Fact]
    public void With_restatement_off_a_change_across_the_merger_is_not_comparable()
    {
        var change = History().Compare(Online, Q3Of2025, Q3Of2024, Base, UnitChangeComparison.NotComparable);

        change.IsComparable.Should().BeFalse();
        change.Change.Should().BeNull();
        change.Base.Basis.Should().Be(BaseValueBasis.NotComparable);
        change.Reason.Should().Be(NotMeaningfulReason.UnitsChanged);
        change.Base.AsReported.Should().Be(MeasuredValue.FromRateParts(5_250, 7_000), "the figure as reported is still given");
        change.Describe(Language.English).Should().Be(
            "not comparable with Q3 2024 because the unit changed (merged, split, abolished or a function moved) between the two periods and the base was not restated");
        change.Describe(Language.Vietnamese).Should().StartWith("không so sánh được với cùng kỳ năm 2024 vì đơn vị đã thay đổi");
    }

    [Fact]
    public void A_base_that_cannot_be_restated_gives_no_change_and_says_why()
    {
        var timeline = History();

        var missing = timeline.Compare(Online, Q3Of2025, Q3Of2024, [Rate("TQ", Q3Of2024, 5_250, 7_000)]);
        missing.Reason.Should().Be(NotMeaningfulReason.MergedBaseIncomplete);
        missing.Base.Restated!.Issue.Should().Be(RestatementIssue.MissingPredecessorFigures);
        missing.Describe(Language.Vietnamese).Should().Be("không so sánh được với cùng kỳ năm 2024 vì thiếu số liệu kỳ gốc của một trong các đơn vị hợp thành đơn vị này");

        Observation[] withoutParts = [new(OnlineCode, Id("HG"), Q3Of2024, MeasuredValue.Of(65m)), Rate("TQ", Q3Of2024, 5_250, 7_000)];
        var averaged = timeline.Compare(Online, Q3Of2025, Q3Of2024, withoutParts);
        averaged.Reason.Should().Be(NotMeaningfulReason.BaseWithoutParts);
        averaged.Change.Should().BeNull("70% is never taken as the mean of 65% and 75%");
        averaged.Describe(Language.English).Should().Be(
            "not comparable with Q3 2024 because the merged units' base figures have no numerator and denominator, and rates are never averaged");

        var none = timeline.Compare(Online, Q3Of2025, Quarter(2024, 2), Base);
        none.Reason.Should().Be(NotMeaningfulReason.MissingBase);
    }

    [Fact]
    public void A_figure_counted_to_a_day_inside_the_base_period_is_read_as_the_periods()
    {
        Observation[] asOf = [new(OnlineCode, Id("HG"), Q3Of2024, MeasuredValue.FromRateParts(3_900, 6_000), new LocalDate(2024, 9, 20)), Rate("TQ", Q3Of2024, 5_250, 7_000)];

        var change = History().Compare(Online, Q3Of2025, Q3Of2024, asOf);

        change.Base.Value.Should().Be(MeasuredValue.FromRateParts(9_150, 13_000));
    }

    [Fact]
    public void Bad_arguments_are_refused_naming_the_argument()
    {
        var timeline = History();
        var rank = new Indicator(new IndicatorCode("RANK"), new LocalizedText("Xếp hạng"), Measure.Rank, Polarity.LowerIsBetter, displayDecimals: 0);

        FluentActions.Invoking(() => timeline.Compare(rank, Q3Of2025, Q3Of2024, Base)).Should().Throw<ArgumentException>()
            .WithParameterName("indicator").WithMessage("*'RANK' is a rank*rank them in today's field*");
        FluentActions.Invoking(() => timeline.Compare(Records, Q3Of2025, Q3Of2024, Base)).Should().Throw<ArgumentException>()
            .WithParameterName("current").WithMessage("*of indicator 'DVC.ONLINE', not 'HS.TIEPNHAN'*");
        FluentActions.Invoking(() => timeline.Compare(Online, Rate("HG", Quarter(2025, 3), 1, 2), Q3Of2024, Base)).Should().Throw<ArgumentException>()
            .WithParameterName("current").WithMessage("*'HG', which is not in force on 2025-09-30*(it is in force … – 2025-06-30)*");
        FluentActions.Invoking(() => timeline.Compare(Online, Q3Of2025, Quarter(2025, 3), Base)).Should().Throw<ArgumentException>()
            .WithParameterName("basePeriod").WithMessage("The base period Q3 2025 ends on 2025-09-30, not before 2025-09-30*");
        FluentActions.Invoking(() => timeline.Compare(Online, Q3Of2025, Q3Of2024, [.. Base, new(OnlineCode, Id("HG"), Q3Of2024, MeasuredValue.Of(60m), new LocalDate(2024, 8, 31))]))
            .Should().Throw<ArgumentException>().WithParameterName("observations").WithMessage("Two figures of 'DVC.ONLINE' for 'HG' in Q3 2024*");
        FluentActions.Invoking(() => timeline.Compare(Online, Q3Of2025, Q3Of2024, Base, (UnitChangeComparison)7)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("comparison");
    }
}
