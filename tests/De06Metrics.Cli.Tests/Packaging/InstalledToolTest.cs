using De06Metrics.Tests.Packaging;

namespace De06Metrics.Cli.Tests.Packaging;

/// <summary>
/// The way a user gets the command: <c>build/pack</c>, then <c>dotnet tool install</c> from that feed (the registry
/// serving the dependencies), then <c>de06 report</c>. Packing and installing take about a minute, so they happen
/// once per test run (a class fixture) and the checks share the installed tool.
/// </summary>
public sealed class InstalledToolTest(InstalledToolTest.Installed installed) : IClassFixture<InstalledToolTest.Installed>
{
    [Fact]
    public void The_tool_installs_from_the_local_feed()
    {
        installed.Install.ExitCode.Should().Be(0, installed.Install.Output + installed.Install.Error);
        installed.Install.Output.Should().Contain("de06", "dotnet tool install names the command it installed");
        File.Exists(Path.Combine(installed.ToolPath, OperatingSystem.IsWindows() ? "de06.exe" : "de06")).Should().BeTrue();
    }

    [Fact]
    public void The_installed_de06_report_prints_the_Ha_Giang_report()
    {
        var (exitCode, output, error) = LocalFeed.Run(Path.Combine(installed.ToolPath, "de06"), ["report"], installed.ToolPath, installed.Feed.Environment);

        exitCode.Should().Be(0, error);
        // The first quarter is compared with the whole of 2023, and the command warns of it.
        error.Trim().Should().Be("de06: Quý I/2024 được so sánh với năm 2023, một kỳ có độ dài khác.");
        // The figures of Hà Giang's Q1 2024 report on Đề án 06: online dossiers 88,8% against a target of 70%
        // (18,8 points over it), 17 of the programme's 33 models deployed, 7 more than the example's illustrative 10 of 2023.
        output.Should().Contain("Kết quả thực hiện chỉ tiêu — Quý I/2024");
        var online = output.Split('\n').Single(line => line.Contains("│ DVC.ONLINE ", StringComparison.Ordinal));
        online.Should().ContainAll("88,8%", "≥ 70%", "+18,8 điểm phần trăm");
        var models = output.Split('\n').Single(line => line.Contains("│ MODELS.DEPLOYED ", StringComparison.Ordinal));
        models.Should().ContainAll("17/33 mô hình (51,5%)", "tăng 7 mô hình so với năm 2023 (ước tính)");
    }

    [Fact]
    public void The_packed_tool_carries_its_own_readme_and_a_symbol_package()
    {
        var tool = Directory.GetFiles(installed.Feed.Folder, "De06Metrics.Cli.*.nupkg").Should().ContainSingle().Subject;
        using var archive = System.IO.Compression.ZipFile.OpenRead(tool);
        using var readme = new StreamReader(archive.GetEntry("README.md")!.Open());
        readme.ReadLine().Should().Be("# de06", "the tool's page describes the command, not the library");
        File.Exists(Path.ChangeExtension(tool, ".snupkg")).Should().BeTrue();
    }

    /// <summary>The feed packed once, and the tool installed from it into a folder of its own.</summary>
    public sealed class Installed
    {
        public Installed()
        {
            Feed = LocalFeed.Pack("artifacts/test-feeds/cli-install", "artifacts/test-feeds/cli-install-packages");
            ToolPath = Path.Combine(LocalFeed.RepositoryRoot, "artifacts", "test-feeds", "cli-install-tool");
            if (Directory.Exists(ToolPath))
            {
                Directory.Delete(ToolPath, recursive: true);
            }

            // The README's command, with --tool-path instead of -g so that the test leaves the user's tools alone.
            Install = LocalFeed.Run(
                "dotnet",
                ["tool", "install", "De06Metrics.Cli", "--tool-path", ToolPath, "--add-source", Feed.Folder],
                LocalFeed.RepositoryRoot,
                Feed.Environment);
        }

        internal LocalFeed Feed { get; }

        public string ToolPath { get; }

        public (int ExitCode, string Output, string Error) Install { get; }
    }
}
