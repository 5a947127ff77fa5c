using System.Text.Json;
using De06Metrics.Cli.Output;
using De06Metrics.Evaluation;
using De06Metrics.Growth;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Scorecards;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Cli.Tests.Output;

/// <summary>The JSON and CSV reports name why each row lags in words a program can match, beside the lagging report's sentences.</summary>
public sealed class LaggingReasonsOutputTest
{
    private static readonly IndicatorCode Online = new("DVC.ONLINE");
    private static readonly UnitId A = new("A");
    private static readonly UnitId B = new("B");
    private static readonly UnitId C = new("C");
    private static readonly ReportingPeriod Q1 = ReportingPeriod.ForQuarter(2024, 1);

    // The path runs linearly from 60% in 2020 to 90% in 2025: the 2024 milestone is 60 + 30 × 4/5 = 84%.
    // A: 80% against at least 85% is not met (80 − 85 = −5), and 80 − 84 = −4 points off the path: notMet and offTrack.
    // B: a target and no figure: noData. C: 88% meets 85% and is above 84%: it does not lag.
    private static ScorecardResult Result()
    {
        var online = new Indicator(Online, new LocalizedText("Tỷ lệ hồ sơ trực tuyến", "Online dossier rate"), Measure.Rate, Polarity.HigherIsBetter, 1);
        var units = UnitRegistry.Create(
        [
            new ResponsibleUnit(A, new LocalizedText("Tỉnh A", "Province A"), UnitKind.Province),
            new ResponsibleUnit(B, new LocalizedText("Tỉnh B", "Province B"), UnitKind.Province),
            new ResponsibleUnit(C, new LocalizedText("Tỉnh C", "Province C"), UnitKind.Province),
        ]);
        return Scorecard.Create(
                [online],
                units,
                [new Target(Online, A, Q1, Goal.AtLeast(85m)), new Target(Online, B, Q1, Goal.AtLeast(85m)), new Target(Online, C, Q1, Goal.AtLeast(85m))],
                [new Observation(Online, A, Q1, MeasuredValue.Of(80m)), new Observation(Online, C, Q1, MeasuredValue.Of(88m))])
            .WithTrajectories([new ScorecardTrajectory(Trajectory.Linear(online, new TrajectoryMilestone(2020, 60m), new TrajectoryMilestone(2025, 90m)))])
            .Evaluate(Q1);
    }

    [Fact]
    public void Each_json_row_lists_its_lagging_reasons_as_words()
    {
        using var output = new StringWriter();
        Writers.Write(EvaluationReport.Build(Result(), Language.English), ReportFormat.Json, output, colour: false);

        using var json = JsonDocument.Parse(output.ToString());
        var reasons = json.RootElement.GetProperty("rows").EnumerateArray().ToDictionary(
            row => row.GetProperty("unit").GetString()!,
            row => row.GetProperty("laggingReasons").EnumerateArray().Select(word => word.GetString()).ToArray());
        reasons["A"].Should().Equal("notMet", "offTrack");
        reasons["B"].Should().Equal("noData");
        reasons["C"].Should().BeEmpty();
    }

    [Fact]
    public void Each_csv_row_ends_with_its_lagging_reasons_joined_by_a_bar()
    {
        using var output = new StringWriter();
        Writers.Write(EvaluationReport.Build(Result(), Language.Vietnamese), ReportFormat.Csv, output, colour: false);

        var lines = output.ToString().TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].Split(';')[^1].Should().Be("Lý do hạn chế (mã)");
        lines.Single(line => line.Contains("Tỉnh A", StringComparison.Ordinal)).Split(';')[^1].Should().Be("notMet|offTrack");
        lines.Single(line => line.Contains("Tỉnh B", StringComparison.Ordinal)).Split(';')[^1].Should().Be("noData");
        lines.Single(line => line.Contains("Tỉnh C", StringComparison.Ordinal)).Split(';')[^1].Should().BeEmpty();
    }

    [Fact]
    public void The_words_follow_the_flags_order_and_cover_every_reason()
    {
        EvaluationReport.ReasonWords(LaggingReasons.OffTrack | LaggingReasons.NotMet | LaggingReasons.BehindSchedule | LaggingReasons.Declining | LaggingReasons.NoData)
            .Should().Equal("notMet", "behindSchedule", "declining", "noData", "offTrack");
        EvaluationReport.ReasonWords(LaggingReasons.None).Should().BeEmpty();
    }
}
