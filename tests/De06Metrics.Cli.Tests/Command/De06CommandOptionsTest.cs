using System.Text.Json;

namespace De06Metrics.Cli.Tests.Command;

/// <summary><c>de06 report</c> on a scorecard whose file carries options: it evaluates with them, but for what the command line says.</summary>
public sealed class De06CommandOptionsTest : IDisposable
{
    // 88,8% against at least 89% is 0,2 points short: within the file's tolerance of 0,5, so basically met. The quarter's
    // only earlier figure is the year 2023's, of another kind: the file refuses to compare across kinds.
    private const string WithOptions = """
        {
          "version": 1,
          "options": { "tolerance": 0.5, "acrossPeriodKinds": "refuse" },
          "units": [ { "id": "P", "name": { "vi": "Tỉnh P", "en": "Province P" }, "kind": "province" } ],
          "indicators": [ { "code": "ONLINE", "name": { "vi": "Tỷ lệ hồ sơ trực tuyến", "en": "Online dossier rate" },
            "measure": { "kind": "rate" }, "polarity": "higherIsBetter", "decimals": 1 } ],
          "targets": [ { "indicator": "ONLINE", "unit": "P", "period": "2024-Q1", "goal": { "kind": "atLeast", "value": 89 } } ],
          "observations": [
            { "indicator": "ONLINE", "unit": "P", "period": "2024-Q1", "value": 88.8 },
            { "indicator": "ONLINE", "unit": "P", "period": "2023", "value": 72.3 }
          ]
        }
        """;

    private readonly string file = Path.Combine(Path.GetTempPath(), $"de06-options-{Guid.NewGuid():N}.json");

    public De06CommandOptionsTest() => File.WriteAllText(file, WithOptions);

    public void Dispose() => File.Delete(file);

    [Fact]
    public void The_report_uses_the_files_options()
    {
        var run = De06Process.Run("report", file, "--period", "2024-Q1", "--format", "json", "--lang", "en");

        run.ExitCode.Should().Be(0, run.Error);
        run.Error.Should().BeEmpty("the file refuses comparisons across period kinds, so there is none to warn of");
        using var json = JsonDocument.Parse(run.Out);
        var row = json.RootElement.GetProperty("rows")[0];
        row.GetProperty("status").GetString().Should().Be("BasicallyMet");
        row.GetProperty("change").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public void The_command_line_takes_the_place_of_the_files_choice()
    {
        var run = De06Process.Run("report", file, "--period", "2024-Q1", "--format", "json", "--lang", "en", "--period-kinds", "flag");

        run.ExitCode.Should().Be(0, run.Error);
        run.Error.Trim().Should().Be("de06: Q1 2024 is compared with 2023, a period of another length.");
        using var json = JsonDocument.Parse(run.Out);
        // 88,8 − 72,3 = 16,5 points on 2023.
        json.RootElement.GetProperty("rows")[0].GetProperty("change").GetDecimal().Should().Be(16.5m);
    }
}
