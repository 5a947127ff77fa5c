using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Serialization;
using De06Metrics.Units;

namespace De06Metrics.Tests.Serialization;

public partial class ScorecardJsonTest
{
    [Fact]
    public void The_example_reads_without_problems_and_holds_the_reports_figures()
    {
        var result = ScorecardJson.ReadFile(HaGiangExample.JsonPath);

        result.Problems.Should().BeEmpty();
        var scorecard = result.Scorecard;
        scorecard.Observations.Select(o => (o.Indicator.Value, o.Period, o.Value))
            .Should().Equal(HaGiangExample.Figures());
        scorecard.Observations.Should().OnlyContain(o => o.Unit == HaGiangExample.Province);
        scorecard.Targets.Select(t => (t.Indicator.Value, t.Goal)).Should().Equal(HaGiangExample.Targets());
        scorecard.Targets.Should().OnlyContain(t => t.Unit == HaGiangExample.Province);
        scorecard.Targets.Where(t => t.Indicator.Value != "MODELS.DEPLOYED").Should().OnlyContain(t => t.Period == HaGiangExample.Q1 && t.Start == null);
        // The models' plan is the year's, from the previous period's closing value (2023's illustrative 10).
        var models = scorecard.Targets.Single(t => t.Indicator.Value == "MODELS.DEPLOYED");
        models.Period.Should().Be(De06Metrics.Periods.ReportingPeriod.ForYear(2024));
        models.Start.Should().Be(PlanStart.Previous);
    }

    [Fact]
    public void The_example_keeps_the_as_of_date_the_measures_and_the_source()
    {
        var scorecard = ScorecardJson.ReadFile(HaGiangExample.JsonPath).EnsureValid();

        var activation = scorecard.FindObservation(new IndicatorKey(new IndicatorCode("EID.ACTIVATION"), HaGiangExample.Province, HaGiangExample.Q1))!;
        activation.AsOf.Should().Be(new LocalDate(2024, 3, 10));
        activation.Source!.IssuedOn.Should().Be(new LocalDate(2024, 4, 4));
        activation.Source.ToString().Should().Be("Hội nghị giao ban Đề án 06 tỉnh Hà Giang ngày 4/4/2024");

        scorecard.GetIndicator(new IndicatorCode("CREDIT.LENT")).Measure.Should().Be(Measure.Money(Currency.Vnd, MoneyScale.Billions));
        scorecard.GetIndicator(new IndicatorCode("CREDIT.LENT")).FormatValue(2_527_000_000_000m, De06Metrics.Text.Language.Vietnamese).Should().Be("2.527 tỷ đồng");
        scorecard.GetIndicator(new IndicatorCode("PAPI.RANK")).Polarity.Should().Be(Polarity.LowerIsBetter);
        scorecard.Units.PathOf(new UnitId("HG.NHCSXH")).Select(u => u.Id.Value).Should().Equal("HG", "HG.NHCSXH");
        scorecard.Units.Count.Should().Be(5);
    }

    [Fact]
    public void Writing_the_example_gives_back_the_file_byte_for_byte()
    {
        var scorecard = ScorecardJson.ReadFile(HaGiangExample.JsonPath).EnsureValid();

        var written = ScorecardJson.ToJson(scorecard);

        written.Should().Be(File.ReadAllText(HaGiangExample.JsonPath).ReplaceLineEndings("\n"));
    }
}
