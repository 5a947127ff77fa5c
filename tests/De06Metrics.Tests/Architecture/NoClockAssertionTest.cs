using System.Text.RegularExpressions;

namespace De06Metrics.Tests.Architecture;

/// <summary>
/// A unit test asserts behaviour, never wall-clock time: on a shared machine a time limit fails under load and proves
/// nothing when quiet. Speed is proven in the benchmarks. A clock may still bound how long a fuzzer tries.
/// </summary>
public partial class NoClockAssertionTest
{
    [Fact]
    public void No_test_asserts_on_a_clock_reading()
    {
        var offending = TestSources()
            .SelectMany(file => Statements(File.ReadAllText(file)).Where(AssertsOnAClock).Select(statement => $"{Path.GetFileName(file)}: {statement.Trim()}"))
            .ToList();

        offending.Should().BeEmpty("a time limit belongs in a benchmark, not in a unit test");
    }

    [Theory]
    [InlineData("clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(20))", true)]
    [InlineData("watch.ElapsedMilliseconds.Should().BeLessThan(10_000)", true)]
    [InlineData("Stopwatch.StartNew().Elapsed.TotalSeconds.Should().BeLessThan(1)", true)]
    [InlineData("quarter.ElapsedDays(asOf).Should().Be(70)", false)]
    [InlineData("while (clock.Elapsed < Budget) { tried++", false)]
    public void The_rule_tells_a_clock_assertion_from_a_date_or_a_budget(string statement, bool asserts) =>
        AssertsOnAClock(statement).Should().Be(asserts);

    private static bool AssertsOnAClock(string statement) =>
        statement.Contains(".Should()", StringComparison.Ordinal) && ClockReading().IsMatch(statement);

    private static string[] Statements(string source) => source.Split(';');

    private static IEnumerable<string> TestSources()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "De06Metrics.sln")))
            {
                var separator = Path.DirectorySeparatorChar;
                return Directory.EnumerateFiles(Path.Combine(folder.FullName, "tests"), "*.cs", SearchOption.AllDirectories)
                    .Where(path => !path.Contains($"{separator}bin{separator}", StringComparison.Ordinal) && !path.Contains($"{separator}obj{separator}", StringComparison.Ordinal))
                    .Where(path => !path.EndsWith(nameof(NoClockAssertionTest) + ".cs", StringComparison.Ordinal));
            }
        }

        throw new DirectoryNotFoundException($"No De06Metrics.sln above {AppContext.BaseDirectory}.");
    }

    // A stopwatch, or the Elapsed, ElapsedMilliseconds or ElapsedTicks of one; ElapsedDays and ElapsedFraction of a
    // period are dates, not clock readings.
    [GeneratedRegex(@"\bStopwatch\b|\.Elapsed(?:Milliseconds|Ticks)?\b")]
    private static partial Regex ClockReading();
}
