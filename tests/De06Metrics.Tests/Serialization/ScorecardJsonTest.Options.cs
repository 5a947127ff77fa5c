using System.Text;
using De06Metrics.Evaluation;
using De06Metrics.Growth;
using De06Metrics.Indicators;
using De06Metrics.Periods;
using De06Metrics.Scorecards;
using De06Metrics.Serialization;
using De06Metrics.Timeline;
using De06Metrics.Units;

namespace De06Metrics.Tests.Serialization;

/// <summary>The scorecard's options in the JSON form: read, written and read back byte for byte, every bad value at its place.</summary>
public partial class ScorecardJsonTest
{
    private const string OptionsHead = """
        {
          "version": 1,
          "options": {
            "tolerance": 0.5,
            "comparison": "previousPeriod",
            "comparisonPeriod": "2023",
            "deriveFromChildren": false,
            "acrossUnitChanges": "notComparable",
            "figures": "latestAvailable",
            "requireNoteWhenNotMet": true,
            "acrossPeriodKinds": "refuse"
          },
          "units": [ { "id": "HG", "name": { "vi": "Hà Giang" }, "kind": "province" } ],
          "indicators": [ { "code": "RATE", "name": { "vi": "Tỷ lệ" }, "measure": { "kind": "rate" }, "polarity": "higherIsBetter", "decimals": 1 } ],
          "targets": [ { "indicator": "RATE", "unit": "HG", "period": "2024-Q1", "goal": { "kind": "atLeast", "value": 89 } } ],
          "observations": [ { "indicator": "RATE", "unit": "HG", "period": "2024-Q1", "value": 88.8 } ]
        }
        """;

    [Fact]
    public void The_options_are_read_and_the_evaluation_uses_them()
    {
        var scorecard = Read(OptionsHead).EnsureValid();

        var options = scorecard.Options;
        options.Evaluation.Tolerance.Should().Be(0.5m);
        options.Comparison.Should().Be(PeriodComparison.PreviousPeriod);
        options.ComparisonPeriod.Should().Be(ReportingPeriod.ForYear(2023));
        options.DeriveFromChildren.Should().BeFalse();
        options.AcrossUnitChanges.Should().Be(UnitChangeComparison.NotComparable);
        options.Figures.Should().Be(FigureChoice.LatestAvailable);
        options.RequireNoteWhenNotMet.Should().BeTrue();
        options.AcrossPeriodKinds.Should().Be(PeriodKindMismatch.Refuse);
        // 88,8% against at least 89%: 0,2 points short, within the file's tolerance of 0,5, so basically met (not met without it).
        var row = scorecard.Evaluate(ReportingPeriod.ForQuarter(2024, 1)).Find(new IndicatorCode("RATE"), new UnitId("HG"))!;
        row.Status.Should().Be(TargetStatus.BasicallyMet);
        scorecard.Evaluate(ReportingPeriod.ForQuarter(2024, 1), options: ScorecardOptions.Default)
            .Find(new IndicatorCode("RATE"), new UnitId("HG"))!.Status.Should().Be(TargetStatus.NotMet);
    }

    [Fact]
    public void The_options_round_trip_byte_for_byte()
    {
        var first = Read(OptionsHead).EnsureValid();
        var written = ScorecardJson.ToJson(first);
        var again = ScorecardJson.Read(Encoding.UTF8.GetBytes(written), "again.json").EnsureValid();

        ScorecardJson.ToJson(again).Should().Be(written);
        written.Should().Contain("""
              "options": {
                "tolerance": 0.5,
                "comparison": "previousPeriod",
                "comparisonPeriod": "2023",
                "deriveFromChildren": false,
                "acrossUnitChanges": "notComparable",
                "figures": "latestAvailable",
                "requireNoteWhenNotMet": true,
                "acrossPeriodKinds": "refuse"
              },
            """.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_without_options_reads_as_the_defaults_and_writes_none()
    {
        var start = OptionsHead.IndexOf("  \"options\"", StringComparison.Ordinal);
        var end = OptionsHead.IndexOf("  \"units\"", StringComparison.Ordinal);
        var plain = Read(OptionsHead.Remove(start, end - start)).EnsureValid();

        plain.Options.Should().BeSameAs(ScorecardOptions.Default);
        ScorecardJson.ToJson(plain).Should().NotContain("\"options\"");
        // Only the options that differ from the defaults are written: a tolerance alone.
        ScorecardJson.ToJson(plain.WithOptions(new ScorecardOptions(new EvaluationOptions(1m))))
            .Should().Contain("\"options\": {\n    \"tolerance\": 1\n  },");
    }

    [Theory]
    [InlineData("\"tolerance\": 0.5", "\"tolerance\": -1", "$.options.tolerance", 4, 18, "expected a tolerance, a number not below 0")]
    [InlineData("\"tolerance\": 0.5", "\"tolerance\": \"0.5\"", "$.options.tolerance", 4, 18, "expected a tolerance")]
    [InlineData("\"comparison\": \"previousPeriod\"", "\"comparison\": \"lastYear\"", "$.options.comparison", 5, 19, "expected 'samePeriodLastYear' or 'previousPeriod'")]
    [InlineData("\"comparisonPeriod\": \"2023\"", "\"comparisonPeriod\": \"Q5 2023\"", "$.options.comparisonPeriod", 6, 25, "expected a period")]
    [InlineData("\"deriveFromChildren\": false", "\"deriveFromChildren\": \"no\"", "$.options.deriveFromChildren", 7, 27, "expected true or false")]
    [InlineData("\"acrossPeriodKinds\": \"refuse\"", "\"acrossPeriodKinds\": \"warn\"", "$.options.acrossPeriodKinds", 11, 26, "expected 'flag', 'allow' or 'refuse'")]
    [InlineData("\"figures\": \"latestAvailable\"", "\"figure\": \"latestAvailable\"", "$.options.figure", 9, 5, "unknown option")]
    public void A_bad_option_is_reported_at_its_place_and_the_others_are_kept(string good, string bad, string path, int line, int column, string message)
    {
        var result = Read(OptionsHead.Replace(good, bad, StringComparison.Ordinal));

        var problem = result.Problems.Should().ContainSingle().Subject;
        problem.ToString().Should().StartWith($"bad.json:{line}:{column} {path}");
        problem.Message.Should().Contain(message);
        result.Scorecard.Options.RequireNoteWhenNotMet.Should().BeTrue("the good options are kept");
    }
}
