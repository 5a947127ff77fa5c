using System.Text;
using De06Metrics.Tests.Serialization;

namespace De06Metrics.Cli.Tests.Command;

/// <summary>
/// The examples the help shows are what a user copies into a shell: each is split as a POSIX shell splits it and run
/// in a folder holding the Hà Giang example as <c>scorecard.json</c> and as the CSV folder <c>data/</c>.
/// </summary>
public sealed class De06CommandHelpExamplesTest
{
    /// <summary>Every example of <c>de06 --help</c> and of each command's help, as the help writes it.</summary>
    public static TheoryData<string> Examples() =>
    [
        .. new[] { De06Process.Run("--help"), De06Process.Run("report", "--help"), De06Process.Run("validate", "--help") }
            .SelectMany(help => ExamplesIn(help.Out))
            .Distinct(StringComparer.Ordinal),
    ];

    [Theory]
    [MemberData(nameof(Examples))]
    public void Each_help_example_runs_as_typed_in_a_shell(string example)
    {
        var words = ShellWords(example);
        words[0].Should().Be("de06", "an example starts with the command's name");

        var folder = Directory.CreateTempSubdirectory("de06-examples-").FullName;
        try
        {
            var source = HaGiangExample.Folder;
            File.Copy(Path.Combine(source, "scorecard.json"), Path.Combine(folder, "scorecard.json"));
            Directory.CreateDirectory(Path.Combine(folder, "data"));
            foreach (var file in Directory.GetFiles(Path.Combine(source, "csv")))
            {
                File.Copy(file, Path.Combine(folder, "data", Path.GetFileName(file)));
            }

            var run = De06Process.RunIn(folder, [.. words.Skip(1)]);
            run.ExitCode.Should().Be(0, $"'{example}' is an example of the help; it wrote:\n{run.Out}\n{run.Error}");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_help_shows_examples_and_quotes_a_value_with_a_space()
    {
        var examples = ExamplesIn(De06Process.Run("--help").Out);
        examples.Should().Contain("de06 report scorecard.json --period \"Quý I/2024\" --lang en");
        examples.Should().OnlyContain(example => ShellWords(example).All(word => !word.Contains('"')), "a quote is the shell's, not the value's");
    }

    [Fact]
    public void Words_are_split_as_a_posix_shell_splits_them()
    {
        ShellWords("de06 report  \"Quý I/2024\" 'a \"b\"' c\\ d \"e\\\"f\" g''h").Should()
            .Equal("de06", "report", "Quý I/2024", "a \"b\"", "c d", "e\"f", "gh");
    }

    /// <summary>The lines of a help's EXAMPLES section.</summary>
    private static List<string> ExamplesIn(string help)
    {
        var lines = help.Split('\n');
        var start = Array.FindIndex(lines, line => line.Trim() == "EXAMPLES:");
        start.Should().BeGreaterThanOrEqualTo(0, $"the help has examples:\n{help}");
        return [.. lines.Skip(start + 1).TakeWhile(line => line.Trim().Length > 0).Select(line => line.Trim())];
    }

    /// <summary>
    /// Splits a line into words as a POSIX shell does (without expansions): blanks separate words; single quotes keep
    /// everything; double quotes keep everything but a backslash before <c>"</c>, <c>\</c>, <c>$</c> or <c>`</c>; a
    /// backslash outside quotes keeps the next character.
    /// </summary>
    private static List<string> ShellWords(string line)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            switch (c)
            {
                case ' ' or '\t':
                    if (inWord)
                    {
                        words.Add(word.ToString());
                        word.Clear();
                        inWord = false;
                    }

                    break;
                case '\'':
                    inWord = true;
                    var close = line.IndexOf('\'', i + 1);
                    close.Should().BeGreaterThan(i, $"the single quote at {i} of '{line}' is closed");
                    word.Append(line, i + 1, close - i - 1);
                    i = close;
                    break;
                case '"':
                    inWord = true;
                    for (i++; i < line.Length && line[i] != '"'; i++)
                    {
                        if (line[i] == '\\' && i + 1 < line.Length && line[i + 1] is '"' or '\\' or '$' or '`')
                        {
                            i++;
                        }

                        word.Append(line[i]);
                    }

                    i.Should().BeLessThan(line.Length, $"the double quote of '{line}' is closed");
                    break;
                case '\\' when i + 1 < line.Length:
                    inWord = true;
                    word.Append(line[++i]);
                    break;
                default:
                    inWord = true;
                    word.Append(c);
                    break;
            }
        }

        if (inWord)
        {
            words.Add(word.ToString());
        }

        return words;
    }
}
