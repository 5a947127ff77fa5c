using System.Text;
using De06Metrics.Csv;
using De06Metrics.Scorecards;
using De06Metrics.Serialization;
using De06Metrics.Tests.Reliability.Support;
using De06Metrics.Tests.Serialization;
using Xunit.Abstractions;

namespace De06Metrics.Tests.Reliability.Fuzzing;

/// <summary>
/// The file loaders under mutated files for a bounded time (2 s each in CI; DE06_FUZZ_SECONDS for longer), starting
/// from the Hà Giang example (docs/examples/ha-giang-2024-q1). A read never throws for bad data (docs/data-format.md):
/// every input is read into a scorecard and a list of problems, each problem located in the file; any exception fails.
/// What is read without a problem must write and read back unchanged.
/// </summary>
public class LoadersFuzzTest(ITestOutputHelper output)
{
    private const string FileName = "fuzz.json";

    [Fact]
    public void The_JSON_reader_reports_every_malformed_input_as_problems_and_never_throws()
    {
        var example = File.ReadAllText(HaGiangExample.JsonPath);
        string[] corpus =
        [
            example,
            ScorecardJson.ToJson(ScorecardJson.ReadFile(HaGiangExample.JsonPath).EnsureValid()).Replace("\n", "\r\n", StringComparison.Ordinal),
            """{ "units": [ { "id": "HG", "name": { "vi": "Hà Giang" }, "kind": "province" } ], "indicators": [], "targets": [], "observations": [] }""",
            """{ "version": 1, "observations": [ { "indicator": "A", "unit": "HG", "period": "Quý I/2024", "numerator": 17, "denominator": 33, "asOf": "10/3/2024" } ] }""",
        ];

        var (tried, failures) = new Fuzzer(corpus).Run(
            text =>
            {
                var result = ScorecardJson.Read(Corrupt(text), FileName);
                CheckProblems(result, file => file == FileName);
                if (result.IsValid)
                {
                    var again = ScorecardJson.Read(Encoding.UTF8.GetBytes(ScorecardJson.ToJson(result.Scorecard)), FileName);
                    if (!again.IsValid || ScorecardComparison.Differences(result.Scorecard, again.Scorecard) is { Count: > 0 } differences)
                    {
                        throw new InvalidDataException($"read without problems, but written and read again: {string.Join("; ", again.Problems)} {string.Join("; ", ScorecardComparison.Differences(result.Scorecard, again.Scorecard))}");
                    }
                }
            },
            _ => false);
        Report("JSON files", tried, failures);
    }

    /// <summary>
    /// One file of the example folder mutated at a time (chosen by its header, or by the input when the header is
    /// gone, so that a file also lands under another's name: wrong columns), written among the other four as they are.
    /// </summary>
    [Fact]
    public void The_CSV_folder_reader_reports_every_malformed_file_as_problems_and_never_throws()
    {
        var source = Path.Combine(HaGiangExample.Folder, "csv");
        string[] names = ["units.csv", "indicators.csv", "targets.csv", "observations.csv", "settings.csv"];
        var originals = names.Select(name => File.ReadAllText(Path.Combine(source, name))).ToArray();
        var folder = Directory.CreateTempSubdirectory("de06-fuzz-").FullName;
        try
        {
            for (var i = 0; i < names.Length; i++)
            {
                File.WriteAllText(Path.Combine(folder, names[i]), originals[i], new UTF8Encoding(true));
            }

            var copy = Directory.CreateTempSubdirectory("de06-fuzz-copy-").FullName;
            var last = -1;
            var (tried, failures) = new Fuzzer(originals).Run(
                text =>
                {
                    if (last >= 0)
                    {
                        File.WriteAllText(Path.Combine(folder, names[last]), originals[last], new UTF8Encoding(true));
                    }

                    var header = text.TrimStart('\uFEFF');
                    var index = Array.FindIndex(originals, original => header.StartsWith(original.TrimStart('\uFEFF')[..12], StringComparison.Ordinal));
                    last = index >= 0 ? index : (int)(Hash(text) % (uint)names.Length);
                    File.WriteAllBytes(Path.Combine(folder, names[last]), Corrupt(text));

                    var result = ScorecardCsv.ReadFolder(folder, Hash(text) % 7 == 0 ? DecimalSeparator.Point : null);
                    CheckProblems(result, file => names.Any(name => file == Path.Combine(folder, name)));
                    if (result.IsValid)
                    {
                        ScorecardCsv.WriteFolder(result.Scorecard, copy, DecimalSeparator.Point);
                        var again = ScorecardCsv.ReadFolder(copy);
                        if (!again.IsValid || ScorecardComparison.Differences(result.Scorecard, again.Scorecard) is { Count: > 0 })
                        {
                            throw new InvalidDataException($"read without problems, but written and read again: {string.Join("; ", again.Problems)} {string.Join("; ", ScorecardComparison.Differences(result.Scorecard, again.Scorecard))}");
                        }
                    }
                },
                _ => false);
            Directory.Delete(copy, recursive: true);
            Report("CSV files", tried, failures);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Every problem is located in the file read, on a line from 1; it prints, and the strict mode lists it.</summary>
    private static void CheckProblems(ScorecardReadResult result, Func<string, bool> isFileRead)
    {
        foreach (var problem in result.Problems)
        {
            if (!isFileRead(problem.Location.File) || problem.Location.Line is < 1 || problem.Location.Column is < 1 || string.IsNullOrWhiteSpace(problem.ToString()))
            {
                throw new InvalidDataException($"a problem without a proper location: {problem}");
            }
        }

        if (!result.IsValid)
        {
            var thrown = Record.Exception(result.EnsureValid);
            if (thrown is not ScorecardException strict || strict.Problems.Length != result.Problems.Length)
            {
                throw new InvalidDataException($"the strict mode did not list the {result.Problems.Length} problems: {thrown}");
            }
        }
    }

    /// <summary>The text's UTF-8 bytes, one in eight inputs with a byte made invalid UTF-8 (chosen by the text, so a failure replays).</summary>
    private static byte[] Corrupt(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var hash = Hash(text);
        if (hash % 8 == 0 && bytes.Length > 0)
        {
            bytes[(int)(hash / 8 % (uint)bytes.Length)] = (byte)(0x80 | ((hash >> 12) & 0x7F));
        }

        return bytes;
    }

    /// <summary>FNV-1a over the characters: stable across processes, unlike <see cref="string.GetHashCode()"/>.</summary>
    private static uint Hash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }

    private void Report(string what, int tried, List<string> failures)
    {
        output.WriteLine($"Fuzzed {tried} {what} in {Fuzzer.Budget.TotalSeconds} s with seed {Fuzzer.Seed}.");
        failures.Should().BeEmpty($"every input must be read into a scorecard and problems, never throw; failing inputs:{Environment.NewLine}{string.Join(Environment.NewLine, failures)}");
    }
}
