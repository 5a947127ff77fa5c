using System.Text.RegularExpressions;

namespace De06Metrics.Tests.Docs;

/// <summary>Keeps the README honest: its quick start is the code QuickStart.Run compiles, and it prints what the comments say.</summary>
[Collection(ConsoleTests.Name)]
public partial class ReadmeTest
{
    private static string RepositoryFile(string relative)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, relative);
            if (File.Exists(candidate) && File.Exists(Path.Combine(folder.FullName, "De06Metrics.sln")))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"No {relative} above {AppContext.BaseDirectory}.");
    }

    private static string[] CodeLines(string text) =>
        [.. text.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0)];

    [Fact]
    public void The_quick_start_in_the_readme_is_the_compiled_one()
    {
        var readme = File.ReadAllText(RepositoryFile("README.md"));
        var block = QuickStartBlock().Match(readme);
        block.Success.Should().BeTrue("the README marks its quick start");

        var source = File.ReadAllText(RepositoryFile("tests/De06Metrics.Tests/Docs/QuickStart.cs"));
        var usings = CodeLines(source).Where(line => line.StartsWith("using ", StringComparison.Ordinal));
        var body = source[(source.IndexOf("public static void Run()", StringComparison.Ordinal) + "public static void Run()".Length)..];
        body = body[(body.IndexOf('{') + 1)..body.IndexOf("\n    }", StringComparison.Ordinal)];

        CodeLines(block.Groups["code"].Value).Should().Equal(usings.Concat(CodeLines(body)));
    }

    [Fact]
    public void The_quick_start_prints_what_its_comments_promise()
    {
        var output = new StringWriter();
        var original = Console.Out;
        Console.SetOut(output);
        try
        {
            QuickStart.Run();
        }
        finally
        {
            Console.SetOut(original);
        }

        output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries)
            .Should().Equal("+18,8 điểm phần trăm", "+18.8 percentage points", "Q1 2024", "70");
    }

    [GeneratedRegex("<!-- quick-start:begin -->\\s*```csharp\\n(?<code>.*?)```\\s*<!-- quick-start:end -->", RegexOptions.Singleline)]
    private static partial Regex QuickStartBlock();
}

/// <summary>Tests that redirect the process-wide console run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleTests
{
    public const string Name = "Console";
}
