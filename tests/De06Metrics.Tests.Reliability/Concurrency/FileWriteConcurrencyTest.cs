using De06Metrics.Serialization;
using De06Metrics.Tests.Serialization;

namespace De06Metrics.Tests.Reliability.Concurrency;

/// <summary>
/// Writers of one file at once: each file is written to a temporary file beside it and moved into place whole, so the
/// file read afterwards is one writer's content, byte for byte, and no writer fails because another is writing.
/// </summary>
public sealed class FileWriteConcurrencyTest : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("de06-concurrent-writes-").FullName;

    [Fact]
    public void Eight_threads_writing_one_json_file_leave_one_whole_scorecard_and_no_temporary_file()
    {
        // Two scorecards of very different sizes (the example, about 20 KB; 100 000 observations, about 10 MB), so that a
        // short write overtaken by a long one would leave the long one's tail after it, as a truncating writer does.
        var small = ScorecardJson.ReadFile(HaGiangExample.JsonPath).EnsureValid();
        var large = LargeScorecard.Create();
        var expected = new[] { ScorecardJson.ToJson(small), ScorecardJson.ToJson(large) };
        var path = Path.Combine(folder, "scorecard.json");
        File.WriteAllText(path, "the old file");

        var failures = new List<Exception>();
        var threads = Enumerable.Range(0, 8).Select(i => new Thread(() =>
        {
            try
            {
                ScorecardJson.WriteFile(i % 2 == 0 ? large : small, path);
            }
            catch (Exception e)
            {
                lock (failures)
                {
                    failures.Add(e);
                }
            }
        })).ToList();
        threads.ForEach(thread => thread.Start());
        threads.ForEach(thread => thread.Join());

        failures.Should().BeEmpty("no writer may fail because another writes the same file");
        File.ReadAllText(path).Should().BeOneOf(expected, "the file is one writer's scorecard, whole");
        Directory.GetFiles(folder).Should().Equal([path], "every temporary file was moved into place");
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
