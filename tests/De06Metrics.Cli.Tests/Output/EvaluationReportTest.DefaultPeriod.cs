using De06Metrics.Cli.Output;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Scorecards;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Cli.Tests.Output;

/// <summary>The period a report is for when none is asked.</summary>
public class EvaluationReportDefaultPeriodTest
{
    private static readonly UnitId Province = new("HG");
    private static readonly ReportingPeriod Q1 = ReportingPeriod.ForQuarter(2024, 1);
    private static readonly ReportingPeriod Year = ReportingPeriod.ForYear(2024);

    private static Scorecard Of(IEnumerable<(string Code, ReportingPeriod Period)> targets, IEnumerable<(string Code, ReportingPeriod Period)> figures) =>
        Scorecard.Create(
            [
                new Indicator(new IndicatorCode("RATE"), new LocalizedText("Tỷ lệ"), Measure.Rate, Polarity.HigherIsBetter),
                new Indicator(new IndicatorCode("MODELS"), new LocalizedText("Mô hình"), Measure.Count(), Polarity.HigherIsBetter, 0),
            ],
            UnitRegistry.Create([new ResponsibleUnit(Province, new LocalizedText("Hà Giang"), UnitKind.Province)]),
            targets.Select(t => new Target(new IndicatorCode(t.Code), Province, t.Period, Goal.AtLeast(10m))),
            figures.Select(f => new Observation(new IndicatorCode(f.Code), Province, f.Period, MeasuredValue.Of(5m))));

    [Fact]
    public void A_years_plan_with_only_its_first_quarter_reported_leaves_the_report_on_the_quarter()
    {
        // Targets on Q1 2024 and on the year 2024, figures on Q1 only: the year, later, has nothing to show yet.
        var scorecard = Of([("RATE", Q1), ("MODELS", Year)], [("RATE", Q1), ("MODELS", Q1)]);

        EvaluationReport.DefaultPeriod(scorecard).Should().Be(Q1);
    }

    [Fact]
    public void With_no_target_that_has_a_figure_the_latest_target_is_taken()
    {
        var scorecard = Of([("MODELS", Year)], [("MODELS", Q1)]);

        EvaluationReport.DefaultPeriod(scorecard).Should().Be(Year);
    }

    [Fact]
    public void With_no_target_the_latest_period_is_taken()
    {
        var scorecard = Of([], [("RATE", ReportingPeriod.ForYear(2023)), ("RATE", Q1)]);

        EvaluationReport.DefaultPeriod(scorecard).Should().Be(Q1);
    }
}
