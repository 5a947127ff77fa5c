using System.Diagnostics;
using System.Xml.Linq;

namespace De06Metrics.Notebooks.Tests;

/// <summary>
/// Runs each script under docs/scripts once, as a reader would (<c>dotnet run docs/scripts/NAME.cs</c> from the
/// repository's root), and checks the figures it prints. Building a file-based app takes about half a minute the
/// first time, so each script runs once per test run (a class fixture) and the checks share its output.
/// </summary>
public sealed class ScriptsTest(ScriptsTest.Runs runs) : IClassFixture<ScriptsTest.Runs>
{
    [Fact]
    public void Getting_started_prints_the_evaluated_example_in_Vietnamese()
    {
        var (exitCode, output) = runs.GettingStarted.Value;
        exitCode.Should().Be(0, output);
        output.Should().Contain("5 units, 16 indicators, 5 targets, 22 observations", "the example is read from docs/examples/ha-giang-2024-q1/scorecard.json");
        output.Should().Contain("Quý I/2024");
        output.Should().Contain("Bệnh viện kết nối hồ sơ sức khỏe đạt 17/17 (100,0%)");
        output.Should().Contain("Tỷ lệ hồ sơ trực tuyến đạt 88,8% (tăng 16,5 điểm phần trăm so với năm 2023, vượt chỉ tiêu 18,8 điểm phần trăm)");
        output.Should().Contain("Hồ sơ sức khỏe cá nhân đạt 903.221 hồ sơ");
        output.Should().Contain("Dư nợ cho vay tín chấp đạt 2.527 tỷ đồng");
        // The year's plan of 33 models runs from 2023's illustrative 10: (17 − 10) / (33 − 10) = 30,4%, where
        // 91/366 = 24,9% was expected by 31 March; 17 is reached on day 7 × 366 / 23 = 111,4, so 112 − 91 = 21 days ahead.
        output.Should().Contain("Mô hình Đề án 06 đã triển khai đạt 17/33 mô hình (51,5%; tăng 7 mô hình so với năm 2023, đạt 30,4% kế hoạch năm, tính trên phần thay đổi so với mức 10 mô hình ngày 31/12/2023, mức cần đạt đến ngày 31/3/2024 là 24,9%, vượt tiến độ 21 ngày)");
    }

    [Fact]
    public void Getting_started_prints_the_lagging_report()
    {
        var (_, output) = runs.GettingStarted.Value;
        // The four targets are exceeded and the models are ahead of the year's plan: nothing lags.
        output.Should().Contain("Không có chỉ tiêu nào còn hạn chế hoặc chậm tiến độ.");
        output.Should().NotContain("Đơn vị chủ trì:");
    }

    [Fact]
    public void Ranking_prints_movements_composite_and_trend_and_saves_charts()
    {
        var (exitCode, output) = runs.Ranking.Value;
        exitCode.Should().Be(0, output);
        output.Should().Contain("PAPI: ranked 40th of 63 → ranked 11th of 63, up 29 places");
        output.Should().Contain("Vị Xuyên: up 1 place");
        // Min-max of Bắc Quang: online (84 − 66)/(86,1 − 66) · 100 = 89,55; late (6 − 1,5)/(6 − 1,5) · 100 = 100;
        // payment (61 − 40)/(61 − 40) · 100 = 100; weights 2, 1, 1: (2 · 89,55 + 100 + 100)/4 = 94,78.
        output.Should().Contain("Digital transformation index = 94.78, ranked 1st of 4");
        output.Should().Contain("projected 86.2% by 31 December 2025: short of the 90.0% target by 3.8 percentage points");

        XElement.Load(Path.Combine(runs.ChartFolder, "rank-movement.svg")).Name.LocalName.Should().Be("svg");
        XElement.Load(Path.Combine(runs.ChartFolder, "trend.svg")).Descendants().Should()
            .Contain(e => (string?)e.Attribute("class") == "projected");
    }

    [Fact]
    public void Ranking_without_a_folder_saves_the_charts_under_the_temporary_folder_and_says_where()
    {
        var (exitCode, output) = runs.RankingWithoutFolder.Value;
        exitCode.Should().Be(0, output);
        var folder = Path.Combine(Path.GetTempPath(), "de06-charts");
        output.Should().Contain($"{folder}: rank-movement.svg, trend.svg", "the script says where it wrote, never into the repository");
        XElement.Load(Path.Combine(folder, "trend.svg")).Name.LocalName.Should().Be("svg");
    }

    /// <summary>Each script's exit code and output, run on first use.</summary>
    public sealed class Runs : IDisposable
    {
        public Runs()
        {
            GettingStarted = new(() => Run("docs/scripts/getting-started.cs"));
            Ranking = new(() => Run("docs/scripts/ranking.cs", "en", ChartFolder));
            RankingWithoutFolder = new(() => Run("docs/scripts/ranking.cs", "en"));
        }

        public string ChartFolder { get; } = Path.Combine(Path.GetTempPath(), "de06-charts-" + Guid.NewGuid().ToString("N"));

        public Lazy<(int ExitCode, string Output)> GettingStarted { get; }

        public Lazy<(int ExitCode, string Output)> Ranking { get; }

        public Lazy<(int ExitCode, string Output)> RankingWithoutFolder { get; }

        public void Dispose()
        {
            if (Directory.Exists(ChartFolder))
            {
                Directory.Delete(ChartFolder, recursive: true);
            }
        }

        private static (int, string) Run(string script, params string[] arguments)
        {
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = NotebookRunner.RepositoryRoot,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            start.ArgumentList.Add("run");
            start.ArgumentList.Add(script);
            if (arguments.Length > 0)
            {
                start.ArgumentList.Add("--");
                foreach (var argument in arguments)
                {
                    start.ArgumentList.Add(argument);
                }
            }

            // The test host's own MSBuild settings would leak into the script's build.
            foreach (var name in start.Environment.Keys.Where(key => key.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || key is "MSBuildExtensionsPath" or "MSBuildSDKsPath").ToList())
            {
                start.Environment.Remove(name);
            }

            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
            {
                process.Kill(entireProcessTree: true);
                return (-1, output + "\n(timed out after 3 minutes)");
            }

            return (process.ExitCode, output + error.Result);
        }
    }
}
