using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Scorecards;
using De06Metrics.Text;
using De06Metrics.Timeline;
using De06Metrics.Units;
using NodaTime;
using static De06Metrics.Tests.Timeline.Reform2025;

namespace De06Metrics.Tests.Scorecards;

/// <summary>
/// Evaluating "as published on" a day (ScorecardOptions.PublishedOn, documented as: of each figure the latest vintage
/// published on or before the day; a figure published after it is left out) holds everywhere a figure is read: in the
/// base restated across a merger, and in the choice of each indicator's latest figures.
/// </summary>
public class ScorecardPublishedOnTest
{
    private static readonly ReportingPeriod Q3Of2024 = Quarter(2024, 3);
    private static readonly ReportingPeriod Q3Of2025 = Quarter(2025, 3);
    private static readonly LocalDate October10Of2024 = new(2024, 10, 10);
    private static readonly LocalDate November20Of2025 = new(2025, 11, 20);
    private static readonly LocalDate October31Of2025 = new(2025, 10, 31);

    // Hà Giang's third quarter of 2024 published twice: 3 600/6 000 = 60% on 10/10/2024, then 3 900/6 000 = 65% on
    // 20/11/2025, after the merger. Tuyên Quang's 5 250/7 000 (75%) and the merged province's 11 200/14 000 (80%) once.
    private static Scorecard Merger() => Scorecard.Create([Online], History(), [],
    [
        new Observation(OnlineCode, Id("HG"), Q3Of2024, MeasuredValue.FromRateParts(3_600, 6_000), publishedOn: October10Of2024),
        new Observation(OnlineCode, Id("HG"), Q3Of2024, MeasuredValue.FromRateParts(3_900, 6_000), publishedOn: November20Of2025),
        Rate("TQ", Q3Of2024, 5_250, 7_000),
        Rate("TQ", Q3Of2025, 11_200, 14_000),
    ]);

    [Fact]
    public void A_base_restated_across_a_merger_takes_the_vintage_published_by_the_day()
    {
        // Latest vintages: (3 900 + 5 250) / (6 000 + 7 000) = 9 150 / 13 000 = 70,38%; 80 − 70,38 = 9,6 points.
        var latest = Merger().Evaluate(Q3Of2025).Find(OnlineCode, Id("TQ"))!;
        latest.ComparisonBase!.Basis.Should().Be(BaseValueBasis.Restated);
        latest.BaseValue.Should().Be(MeasuredValue.FromRateParts(9_150, 13_000));

        // As published on 31/10/2025 the revision of 20/11/2025 is not seen: (3 600 + 5 250) / (6 000 + 7 000)
        // = 8 850 / 13 000 = 68,08%; 80 − 68,08 = 11,9 points.
        var inOctober = Merger().Evaluate(Q3Of2025, options: new ScorecardOptions(publishedOn: October31Of2025)).Find(OnlineCode, Id("TQ"))!;
        inOctober.ComparisonBase!.Basis.Should().Be(BaseValueBasis.Restated);
        inOctober.BaseValue.Should().Be(MeasuredValue.FromRateParts(8_850, 13_000));
        inOctober.ComparisonBase.Restated!.Contributions.Should().HaveCount(2);
        inOctober.DescribeChange(Language.Vietnamese).Should().StartWith("tăng 11,9 điểm phần trăm so với cùng kỳ năm 2024");
    }

    [Fact]
    public void A_base_restated_before_any_vintage_of_a_part_is_published_leaves_that_part_out()
    {
        // As published on 1/10/2024 neither of Hà Giang's vintages is out: no figure of Hà Giang goes into the base.
        var early = Merger().Evaluate(Q3Of2025, options: new ScorecardOptions(publishedOn: new LocalDate(2024, 10, 1))).Find(OnlineCode, Id("TQ"))!;
        var contributions = early.ComparisonBase!.Restated?.Contributions ?? [];
        contributions.Select(contribution => contribution.Original.Unit).Should().NotContain(Id("HG"));
        early.BaseValue.Should().NotBe(MeasuredValue.FromRateParts(8_850, 13_000)).And.NotBe(MeasuredValue.FromRateParts(9_150, 13_000));
    }

    private static readonly UnitId D1 = new("D1");
    private static readonly ReportingPeriod Q4Of2023 = ReportingPeriod.ForQuarter(2023, 4);
    private static readonly ReportingPeriod Q1Of2024 = ReportingPeriod.ForQuarter(2024, 1);
    private static readonly ScorecardOptions Latest = new(figures: FigureChoice.LatestAvailable);

    // The fourth quarter of 2023, published on 20/1/2024 (70/100 = 70%); the first quarter of 2024, published on 25/4/2024
    // (85/100 = 85%).
    private static Scorecard Quarters() => Scorecard.Create(
        [Online],
        UnitRegistry.Create([new ResponsibleUnit(D1, new LocalizedText("Huyện 1", "District 1"), UnitKind.District)]),
        [],
        [
            new Observation(OnlineCode, D1, Q4Of2023, MeasuredValue.FromRateParts(70, 100), publishedOn: new LocalDate(2024, 1, 20)),
            new Observation(OnlineCode, D1, Q1Of2024, MeasuredValue.FromRateParts(85, 100), publishedOn: new LocalDate(2024, 4, 25)),
        ]);

    [Fact]
    public void The_latest_available_figure_is_the_earlier_periods_when_the_later_was_published_after_the_day()
    {
        var latest = Quarters().Evaluate(Q1Of2024, options: Latest).Find(OnlineCode, D1)!;
        latest.Period.Should().Be(Q1Of2024);
        latest.Actual.Should().Be(MeasuredValue.FromRateParts(85, 100));

        // On 10/4/2024 the first quarter's figure is not out yet: the row shows the fourth quarter's 70%, said as such.
        var onApril10 = Quarters().Evaluate(Q1Of2024, options: new ScorecardOptions(figures: FigureChoice.LatestAvailable, publishedOn: new LocalDate(2024, 4, 10)));
        var row = onApril10.Find(OnlineCode, D1)!;
        row.Period.Should().Be(Q4Of2023);
        row.IsEarlierFigure.Should().BeTrue();
        row.Actual.Should().Be(MeasuredValue.FromRateParts(70, 100));
        row.Describe(Language.Vietnamese).Should().Be("Tỷ lệ hồ sơ trực tuyến đạt 70/100 (70,0%; số liệu quý IV/2023)");
        row.Describe(Language.English).Should().Be("Online dossier rate: 70/100 (70.0%; Q4 2023 figure)");
    }

    [Fact]
    public void The_latest_available_base_skips_a_period_published_after_the_day()
    {
        // Q3 2023: 60/100 published on 20/10/2023; Q4 2023: 70/100 published late, on 10/5/2024; Q1 2024: 85/100 on 25/4/2024.
        // Nothing in Q1 2023, so Q1 2024 is compared with its latest earlier figures: Q4 2023 (85 − 70 = 15 points); as
        // published on 1/5/2024, before Q4 2023 was out, Q3 2023 (85 − 60 = 25 points).
        var scorecard = Scorecard.Create(
            [Online],
            UnitRegistry.Create([new ResponsibleUnit(D1, new LocalizedText("Huyện 1", "District 1"), UnitKind.District)]),
            [],
            [
                new Observation(OnlineCode, D1, ReportingPeriod.ForQuarter(2023, 3), MeasuredValue.FromRateParts(60, 100), publishedOn: new LocalDate(2023, 10, 20)),
                new Observation(OnlineCode, D1, Q4Of2023, MeasuredValue.FromRateParts(70, 100), publishedOn: new LocalDate(2024, 5, 10)),
                new Observation(OnlineCode, D1, Q1Of2024, MeasuredValue.FromRateParts(85, 100), publishedOn: new LocalDate(2024, 4, 25)),
            ]);

        var latest = scorecard.Evaluate(Q1Of2024, options: Latest).Find(OnlineCode, D1)!;
        latest.BasePeriod.Should().Be(Q4Of2023);
        latest.Change!.Amount.Should().Be(15m);

        var onMay1 = scorecard.Evaluate(Q1Of2024, options: new ScorecardOptions(figures: FigureChoice.LatestAvailable, publishedOn: new LocalDate(2024, 5, 1))).Find(OnlineCode, D1)!;
        onMay1.Period.Should().Be(Q1Of2024);
        onMay1.BasePeriod.Should().Be(ReportingPeriod.ForQuarter(2023, 3));
        onMay1.Change!.Amount.Should().Be(25m);
    }
}
