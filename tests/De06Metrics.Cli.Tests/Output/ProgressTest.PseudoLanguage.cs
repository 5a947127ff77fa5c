using De06Metrics.Cli.Output;
using De06Metrics.Tests.Text;

namespace De06Metrics.Cli.Tests.Output;

/// <summary>Every word of the progress lines comes from the phrase book or is the file's name.</summary>
[Trait("Category", "Text")]
public sealed class ProgressPseudoLanguageTest
{
    [Fact]
    public void The_progress_lines_write_only_phrases_and_the_file_name()
    {
        PseudoLanguage.WordsIn(Progress.ReadingLine(PseudoLanguage.Instance, "scorecard.json", 1_000, 10_000), "scorecard.json").Should().BeEmpty();
        PseudoLanguage.WordsIn(Progress.WritingLine(PseudoLanguage.Instance, "report.html", 9_000_000), "report.html").Should().BeEmpty();
    }
}
