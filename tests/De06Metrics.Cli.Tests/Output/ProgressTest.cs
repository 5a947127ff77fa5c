using De06Metrics.Cli.Output;
using De06Metrics.Cli.Tests.Command;
using De06Metrics.Serialization;
using De06Metrics.Tests.Serialization;
using De06Metrics.Text;

namespace De06Metrics.Cli.Tests.Output;

/// <summary>
/// The progress line of long work: silent when standard error is not a terminal (as in every script and test), and,
/// written to an injected writer as on a terminal, one updating line that ends with a line break.
/// </summary>
public sealed class ProgressTest : IClassFixture<ProgressTest.LargeFile>
{
    private const long MiB = 1024 * 1024;
    private readonly LargeFile large;

    public ProgressTest(LargeFile large) => this.large = large;

    [Fact]
    public void The_lines_say_the_file_the_share_and_the_size_in_each_language()
    {
        // 5 MiB of 20 MiB is 25%; 6 MiB written is 6,0 MiB.
        Progress.ReadingLine(Language.English, "big.json", 5 * MiB, 20 * MiB).Should().Be("Reading big.json: 25% of 20.0 MiB");
        Progress.ReadingLine(Language.Vietnamese, "big.json", 5 * MiB, 20 * MiB).Should().Be("Đang đọc big.json: 25% của 20,0 MiB");
        Progress.WritingLine(Language.English, "report.html", 6 * MiB).Should().Be("Writing report.html: 6.0 MiB so far");
        Progress.WritingLine(Language.Vietnamese, "report.html", 6 * MiB + (MiB / 2)).Should().Be("Đang ghi report.html: đã ghi 6,5 MiB");
    }

    [Fact]
    public void A_large_file_updates_one_line_once_per_percent_and_ends_it()
    {
        var terminal = new StringWriter();
        var progress = new Progress(terminal, Language.English);
        var length = 10 * MiB;
        for (var i = 0L; i <= 200; i++)
        {
            progress.Reading("big.json", length * i / 200, length);
        }

        progress.Done();

        var text = terminal.ToString();
        text.Should().StartWith("\rReading big.json: 0% of 10.0 MiB").And.EndWith("Reading big.json: 100% of 10.0 MiB" + Environment.NewLine);
        text.Split('\r', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(101, "each percent from 0 to 100 is shown once, though each is reached twice");
        text.Count(c => c == '\n').Should().Be(1, "the line is updated in place and ended once");
    }

    [Fact]
    public void A_small_file_says_nothing()
    {
        var terminal = new StringWriter();
        var progress = new Progress(terminal, Language.English);
        progress.Reading("small.json", 0, Progress.LargeInput - 1);
        progress.Reading("small.json", Progress.LargeInput - 1, Progress.LargeInput - 1);
        progress.Done();
        terminal.ToString().Should().BeEmpty();
    }

    [Fact]
    public void Writing_shows_a_line_every_step_and_a_shorter_line_covers_the_longer_one()
    {
        var terminal = new StringWriter();
        var progress = new Progress(terminal, Language.English);
        progress.Writing("r.html", Progress.WriteStep - 1);
        terminal.ToString().Should().BeEmpty("less than one step written is not worth a line");
        progress.Writing("r.html", Progress.WriteStep);
        progress.Writing("r.html", Progress.WriteStep + 1);
        progress.Writing("r.html", 3 * Progress.WriteStep);
        progress.Done();

        // 4 MiB then 12 MiB: "Writing r.html: 4.0 MiB so far" and "…12.0 MiB so far", one character longer.
        terminal.ToString().Should().Be("\rWriting r.html: 4.0 MiB so far\rWriting r.html: 12.0 MiB so far" + Environment.NewLine);
    }

    [Fact]
    public void Reading_a_large_file_with_progress_reads_what_reading_without_it_does_and_reaches_100_percent()
    {
        var terminal = new StringWriter();
        var withProgress = ScorecardSource.Read(large.Path, null, progress: new Progress(terminal, Language.English));
        var without = ScorecardJson.ReadFile(large.Path);

        withProgress.Problems.Should().BeEmpty();
        withProgress.Scorecard.Observations.Should().HaveCount(100_000).And.Equal(without.Scorecard.Observations);
        var size = new FileInfo(large.Path).Length;
        terminal.ToString().Should().Contain($"Reading large.json: 100% of {Language.English.FormatNumber(size / (decimal)MiB, 1)} MiB");
    }

    [Fact]
    public void The_command_is_silent_when_standard_error_is_not_a_terminal()
    {
        // The test captures standard error, as a script does: a large file is read without a progress line.
        var run = De06Process.Run("validate", large.Path);
        run.ExitCode.Should().Be(0, run.Error);
        run.Error.Should().BeEmpty();
        run.Out.Should().Contain("100000 observations");
    }

    /// <summary>The large scorecard (100 000 observations), written once as JSON: more than <see cref="Progress.LargeInput"/>.</summary>
    public sealed class LargeFile : IDisposable
    {
        public LargeFile()
        {
            Folder = Directory.CreateTempSubdirectory("de06-progress-").FullName;
            Path = System.IO.Path.Combine(Folder, "large.json");
            ScorecardJson.WriteFile(LargeScorecard.Create(), Path);
            new FileInfo(Path).Length.Should().BeGreaterThan(Progress.LargeInput, "the file must be large enough to show progress");
        }

        public string Folder { get; }

        public string Path { get; }

        public void Dispose() => Directory.Delete(Folder, recursive: true);
    }
}
