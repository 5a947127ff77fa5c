using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Scorecards;
using De06Metrics.Text;
using De06Metrics.Units;
using NodaTime;

namespace De06Metrics.Tests.Scorecards;

/// <summary>
/// Several vintages of one figure, each with the day it was published: the evaluation takes the latest, or the one in
/// force on the day asked (ScorecardOptions.PublishedOn), and a later vintage knows the earlier value and its day.
/// </summary>
public class ScorecardRevisionsTest
{
    private static readonly UnitId D1 = new("D1");
    private static readonly IndicatorCode Online = new("ONLINE");
    private static readonly ReportingPeriod Q1 = ReportingPeriod.ForQuarter(2024, 1);
    private static readonly LocalDate April5 = new(2024, 4, 5);
    private static readonly LocalDate July10 = new(2024, 7, 10);

    private static readonly UnitRegistry Units = UnitRegistry.Create(
        [new ResponsibleUnit(D1, new LocalizedText("Huyện 1", "District 1"), UnitKind.District)]);

    private static readonly Indicator[] Catalog =
        [new(Online, new LocalizedText("Tỷ lệ trực tuyến", "Online rate"), Measure.Rate, Polarity.HigherIsBetter)];

    // The estimate of 5 April (80/100 = 80%), then the count of 10 July (85/100 = 85%).
    private static readonly Observation Estimate = new(Online, D1, Q1, MeasuredValue.FromRateParts(80m, 100m), status: ValueStatus.Estimated, statusNote: "ước tính đến hết quý", publishedOn: April5);
    private static readonly Observation Count = new(Online, D1, Q1, MeasuredValue.FromRateParts(85m, 100m), publishedOn: July10);

    private static ScorecardRow? Row(LocalDate? publishedOn) =>
        Scorecard.Create(Catalog, Units, [], [Count, Estimate]).Evaluate(Q1, options: new ScorecardOptions(publishedOn: publishedOn)).Find(Online, D1);

    [Fact]
    public void The_latest_vintage_stands_and_knows_what_it_revised()
    {
        var row = Row(null)!;
        row.Actual!.Value.Value.Should().Be(85m);
        row.ValueStatus.Should().Be(ValueStatus.Revised);
        row.Revises.Should().BeSameAs(Estimate);
        row.Revises!.Value.Value.Should().Be(80m);
        row.Revises.PublishedOn.Should().Be(April5);
        row.DescribeProvenance(Language.Vietnamese).Should().Equal(
            "Tỷ lệ trực tuyến (Huyện 1, quý I/2024): 85,0% (điều chỉnh) — điều chỉnh từ 80,0% (công bố ngày 5/4/2024)");
        row.DescribeProvenance(Language.English).Should().Equal(
            "Online rate (District 1, Q1 2024): 85.0% (revised) — revised from 80.0% (published on 5 April 2024)");
    }

    [Theory]
    [InlineData(2024, 5, 1, 80)]   // between the two: the estimate
    [InlineData(2024, 4, 5, 80)]   // the estimate's own day
    [InlineData(2024, 7, 10, 85)]  // the count's own day
    [InlineData(2024, 12, 31, 85)] // after both
    public void As_published_on_a_day_the_vintage_in_force_then_stands(int year, int month, int day, int expected)
    {
        Row(new LocalDate(year, month, day))!.Actual!.Value.Value.Should().Be(expected);
    }

    [Fact]
    public void As_published_before_the_revision_the_estimate_is_an_estimate_with_nothing_revised()
    {
        var row = Row(new LocalDate(2024, 5, 1))!;
        row.ValueStatus.Should().Be(ValueStatus.Estimated);
        row.Revises.Should().BeNull();
        row.DescribeProvenance(Language.Vietnamese).Should().Equal("Tỷ lệ trực tuyến (Huyện 1, quý I/2024): 80,0% (ước tính) — ước tính đến hết quý");
    }

    [Fact]
    public void As_published_before_any_vintage_there_is_no_figure()
    {
        Row(new LocalDate(2024, 4, 4)).Should().BeNull("nothing was published by 4 April, and the row has no target");
    }

    [Fact]
    public void An_estimate_published_again_stays_an_estimate()
    {
        var second = new Observation(Online, D1, Q1, MeasuredValue.FromRateParts(82m, 100m), status: ValueStatus.Estimated, statusNote: "ước tính lần 2", publishedOn: July10);
        var row = Scorecard.Create(Catalog, Units, [], [Estimate, second]).Evaluate(Q1).Find(Online, D1)!;
        row.ValueStatus.Should().Be(ValueStatus.Estimated);
        row.Revises.Should().BeSameAs(Estimate);
    }

    [Fact]
    public void Every_vintage_is_kept_earliest_first()
    {
        var scorecard = Scorecard.Create(Catalog, Units, [], [Count, Estimate]);
        scorecard.VintagesOf(Count.Key).Should().Equal(Estimate, Count);
        scorecard.FindObservation(Count.Key).Should().BeSameAs(Count);
    }

    [Fact]
    public void Two_vintages_need_their_days_and_different_ones()
    {
        var undated = new Observation(Online, D1, Q1, MeasuredValue.Of(81m));
        Scorecard.Validate(Catalog, Units, [], [Estimate, undated]).Should().ContainSingle()
            .Which.ToString().Should().Contain("give each vintage of a figure the day it was published (publishedOn)");
        var sameDay = new Observation(Online, D1, Q1, MeasuredValue.Of(81m), publishedOn: April5);
        Scorecard.Validate(Catalog, Units, [], [Estimate, sameDay]).Should().ContainSingle()
            .Which.ToString().Should().Contain("published on the same day (2024-04-05)");
    }
}
