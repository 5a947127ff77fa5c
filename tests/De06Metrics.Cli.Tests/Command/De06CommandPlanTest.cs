using System.Text.Json;

namespace De06Metrics.Cli.Tests.Command;

/// <summary>
/// A quarter's stock against the year's plan from its start, as the command writes it: the plan in the target column, the
/// share reached and expected in the status column, and every figure of it in the JSON rows.
/// </summary>
public sealed class De06CommandPlanTest : IDisposable
{
    // Models deployed, a stock: 10 at 31/12/2023, a plan of at least 33 for 2024, 17 by the end of the first quarter.
    // (17 − 10) / (33 − 10) = 7/23 = 30,4% of the plan; by 31/3 (day 91 of 366) the line expects 10 + 23 × 91/366 =
    // 15,72 models, 24,9% of the plan; 17 is reached on day ⌈(17 − 10) × 366 / 23⌉ = ⌈111,4⌉ = 112: 21 days ahead.
    private const string Plan = """
        {
          "version": 1,
          "units": [ { "id": "P", "name": { "vi": "Tỉnh P", "en": "Province P" }, "kind": "province" } ],
          "indicators": [ { "code": "MODELS", "name": { "vi": "Mô hình đã triển khai", "en": "Models deployed" },
            "measure": { "kind": "count", "unit": { "vi": "mô hình", "en": "models" }, "unitSingular": "model" },
            "polarity": "higherIsBetter", "decimals": 0, "accumulation": "stock" } ],
          "targets": [ { "indicator": "MODELS", "unit": "P", "period": "2024", "goal": { "kind": "atLeast", "value": 33 },
            "start": { "value": 10, "date": "2023-12-31" } } ],
          "observations": [ { "indicator": "MODELS", "unit": "P", "period": "2024-Q1", "value": 17 } ]
        }
        """;

    private readonly string file = Path.Combine(Path.GetTempPath(), $"de06-plan-{Guid.NewGuid():N}.json");

    public De06CommandPlanTest() => File.WriteAllText(file, Plan);

    public void Dispose() => File.Delete(file);

    [Fact]
    public void The_json_rows_carry_the_plan_its_start_and_the_shares_reached_and_expected()
    {
        var run = De06Process.Run("report", file, "--period", "2024-Q1", "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        var row = json.RootElement.GetProperty("rows")[0];
        row.GetProperty("planPeriod").GetString().Should().Be("2024");
        row.GetProperty("planGoal").GetProperty("low").GetDecimal().Should().Be(33m);
        row.GetProperty("planStartValue").GetDecimal().Should().Be(10m);
        row.GetProperty("planStartDate").GetString().Should().Be("2023-12-31");
        decimal.Round(row.GetProperty("planShare").GetDecimal(), 2).Should().Be(30.43m, "7/23 = 30,434…%");
        decimal.Round(row.GetProperty("planExpectedShare").GetDecimal(), 2).Should().Be(24.86m, "91/366 = 24,863…%");
        decimal.Round(row.GetProperty("planExpectedValue").GetDecimal(), 2).Should().Be(15.72m);
        row.GetProperty("planDaysAhead").GetInt32().Should().Be(21);
        row.GetProperty("planSchedule").GetString().Should().Be("AheadOfSchedule");
        row.GetProperty("datedAfterAsOf").GetBoolean().Should().BeFalse();
    }

    [Fact]
    public void The_table_shows_the_years_plan_as_the_target_and_the_share_as_the_status()
    {
        var run = De06Process.Run("report", file, "--period", "2024-Q1", "--format", "md", "--lang", "vi");

        run.ExitCode.Should().Be(0, run.Error);
        var line = run.Out.Split('\n').Single(l => l.StartsWith("| MODELS ", StringComparison.Ordinal));
        line.Should().Contain("| ≥ 33 mô hình (năm 2024) |");
        // The status cell says only where the figure stands on the plan's line, so the table keeps its width; the share,
        // the start and the share expected are in the row's sentence (JSON "sentence") and the workbook's status cell.
        line.Should().Contain("| vượt tiến độ 21 ngày |");
    }

    [Theory]
    [InlineData("vi", "đạt 30,4% kế hoạch năm, tính trên phần thay đổi so với mức 10 mô hình ngày 31/12/2023, mức cần đạt đến ngày 10/3/2024 là 19,1%, vượt tiến độ 42 ngày")]
    [InlineData("en", "30.4% of the annual plan, counting the change from 10 models on 31 December 2023, 19.1% expected by 10 March 2024, 42 days ahead of schedule")]
    public void The_example_as_of_10_March_counts_the_models_plan_to_that_day(string language, string clause)
    {
        var run = De06Process.Run("report", "--as-of", "2024-03-10", "--format", "json", "--lang", language);

        // 10 March 2024 is day 31 + 29 + 10 = 70 of 366: 70/366 = 19,13% of the plan expected, 10 + 23 × 70/366 = 14,40
        // models; 17 is reached on day ⌈(17 − 10) / 23 × 366⌉ = ⌈111,39⌉ = 112, so 112 − 70 = 42 days ahead (not 21, which
        // counts to 31 March).
        run.ExitCode.Should().Be(0, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        var models = json.RootElement.GetProperty("rows").EnumerateArray().Single(row => row.GetProperty("indicator").GetString() == "MODELS.DEPLOYED");
        models.GetProperty("sentence").GetString().Should().Contain(clause);
        decimal.Round(models.GetProperty("planExpectedShare").GetDecimal(), 2).Should().Be(19.13m);
        decimal.Round(models.GetProperty("planExpectedValue").GetDecimal(), 2).Should().Be(14.40m);
        decimal.Round(models.GetProperty("planShare").GetDecimal(), 2).Should().Be(30.43m, "7/23, whatever day the plan is counted to");
        models.GetProperty("planDaysAhead").GetInt32().Should().Be(42);
        models.GetProperty("planSchedule").GetString().Should().Be("AheadOfSchedule");
    }

    [Fact]
    public void The_table_as_of_10_March_says_42_days_ahead()
    {
        var run = De06Process.Run("report", file, "--period", "2024-Q1", "--as-of", "10/3/2024", "--format", "md", "--lang", "vi");

        run.ExitCode.Should().Be(0, run.Error);
        // 112 − 70 = 42: the line reaches 17 on day 112, 10 March is day 70.
        run.Out.Split('\n').Single(l => l.StartsWith("| MODELS ", StringComparison.Ordinal)).Should().Contain("| vượt tiến độ 42 ngày |");
    }
}
