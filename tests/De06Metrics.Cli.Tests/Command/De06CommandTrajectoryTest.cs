using System.Text.Json;

namespace De06Metrics.Cli.Tests.Command;

/// <summary>
/// A scorecard with a trajectory and a data-closing rule, as the command writes it: where each figure stands on its
/// year's milestone and the days its period's figures cover, in the JSON rows and the sentence.
/// </summary>
public sealed class De06CommandTrajectoryTest : IDisposable
{
    // Online rate 88,8% in Quý I/2024; the path runs linearly from 60% (2020) to 90% (2025), so the 2024 milestone is
    // 60 + 30 × 4/5 = 84% and the figure is 88,8 − 84 = 4,8 points above it. Under Decree 09/2019 (figures close on the
    // 14th) Quý I/2024 covers 15/12/2023 to 14/3/2024.
    private const string WithTrajectory = """
        {
          "version": 1,
          "dataClosing": "decree09",
          "units": [ { "id": "P", "name": { "vi": "Tỉnh P", "en": "Province P" }, "kind": "province" } ],
          "indicators": [ { "code": "ONLINE", "name": { "vi": "Tỷ lệ hồ sơ trực tuyến", "en": "Online dossier rate" },
            "measure": { "kind": "rate" }, "polarity": "higherIsBetter", "decimals": 1 } ],
          "targets": [],
          "observations": [ { "indicator": "ONLINE", "unit": "P", "period": "2024-Q1", "value": 88.8 } ],
          "trajectories": [ { "indicator": "ONLINE", "method": "linear", "baseline": { "year": 2020, "value": 60 }, "end": { "year": 2025, "value": 90 } } ]
        }
        """;

    private readonly string file = Path.Combine(Path.GetTempPath(), $"de06-trajectory-{Guid.NewGuid():N}.json");
    private readonly string plain = Path.Combine(Path.GetTempPath(), $"de06-trajectory-plain-{Guid.NewGuid():N}.json");

    public De06CommandTrajectoryTest()
    {
        File.WriteAllText(file, WithTrajectory);
        var start = WithTrajectory.IndexOf("  \"dataClosing\"", StringComparison.Ordinal);
        var withoutClosing = WithTrajectory.Remove(start, WithTrajectory.IndexOf('\n', start) + 1 - start);
        var cut = withoutClosing.IndexOf(",\n  \"trajectories\"", StringComparison.Ordinal);
        File.WriteAllText(plain, withoutClosing[..cut] + "\n}\n");
    }

    public void Dispose()
    {
        File.Delete(file);
        File.Delete(plain);
    }

    [Fact]
    public void The_json_rows_carry_the_milestone_the_gap_the_status_and_the_window()
    {
        var run = De06Process.Run("report", file, "--period", "2024-Q1", "--format", "json", "--lang", "vi");

        run.ExitCode.Should().Be(0, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        var row = json.RootElement.GetProperty("rows")[0];
        row.GetProperty("trajectoryYear").GetInt32().Should().Be(2024);
        row.GetProperty("trajectoryMilestone").GetDecimal().Should().Be(84m);
        row.GetProperty("trajectoryGap").GetDecimal().Should().Be(4.8m);
        row.GetProperty("trajectoryStatus").GetString().Should().Be("OnTrack");
        row.GetProperty("dataWindowStart").GetString().Should().Be("2023-12-15");
        row.GetProperty("dataWindowEnd").GetString().Should().Be("2024-03-14");
        row.GetProperty("sentence").GetString().Should().Contain("cao hơn mốc 84,0% của lộ trình năm 2024, đúng lộ trình");
    }

    [Fact]
    public void Without_a_trajectory_or_a_rule_the_rows_have_none_of_those_keys()
    {
        var run = De06Process.Run("report", plain, "--period", "2024-Q1", "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        var keys = json.RootElement.GetProperty("rows")[0].EnumerateObject().Select(property => property.Name).ToList();
        keys.Should().Contain("sentence").And.NotContain(key => key.StartsWith("trajectory", StringComparison.Ordinal) || key.StartsWith("dataWindow", StringComparison.Ordinal));
    }
}
