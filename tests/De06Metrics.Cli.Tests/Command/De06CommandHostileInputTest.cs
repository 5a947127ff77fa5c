using System.Text;
using De06Metrics.Csv.Tests;
using De06Metrics.Tests.Serialization;

namespace De06Metrics.Cli.Tests.Command;

/// <summary>
/// The <c>de06</c> command under hostile input, run as a user runs it. The exit codes are those of
/// <c>src/De06Metrics.Cli/ExitCodes.cs</c>: 2 for a command line that cannot be done (a one-line message naming the
/// problem, then "Try 'de06 --help'."), 1 for data with problems (one located line per problem, then a summary).
/// Nothing goes to standard output, and no stack trace anywhere.
/// </summary>
public sealed class De06CommandHostileInputTest(De06CommandHostileInputTest.Files files) : IClassFixture<De06CommandHostileInputTest.Files>
{
    public static TheoryData<string[], string> BadUsage() => new()
    {
        { ["frobnicate"], "de06: Unknown command 'frobnicate'." },
        { ["validate"], "de06: Command 'validate' is missing required argument 'PATH'." },
        { ["validate", "{json}", "{json}"], "de06: Could not match '{json}' with an argument." },
        { ["report", "{json}", "extra"], "de06: Could not match 'extra' with an argument." },
        { ["report", "--colour"], "de06: Unknown option 'colour'." },
        { ["validate", "{missing}"], "de06: '{missing}' does not exist; give a scorecard JSON file, a folder of CSV files or an Excel workbook (.xlsx)." },
        { ["report", "{csv}/units.csv"], "de06: '{csv}/units.csv' is one CSV file; give the folder that holds units.csv, indicators.csv, targets.csv and observations.csv." },
        { ["validate", "{json}", "--decimal-separator", "comma"], "de06: --decimal-separator applies to a folder of CSV files or a workbook; JSON numbers always have a decimal point." },
        { ["report", "--decimal-separator", "dot"], "de06: --decimal-separator must be 'comma' or 'point', not 'dot'." },
        { ["report", "--lang", "fr"], "de06: --lang must be 'vi' or 'en', not 'fr'." },
        { ["report", "--format", "pdf"], "de06: --format must be table, json, csv, md, html or xlsx, not 'pdf'." },
        { ["report", "--format", "1"], "de06: --format must be table, json, csv, md, html or xlsx, not '1'." },
        { ["report", "--lang"], "de06: --lang needs a value." },
        { ["report", "--period", "--lang", "en"], "de06: --period needs a value." },
        { ["report", "--out"], "de06: --out needs a value." },
        { ["report", "--generated"], "de06: --generated needs a value." },
        { ["validate", "{csv}", "--decimal-separator"], "de06: --decimal-separator needs a value." },
        { ["report", "--period", "Quý 5/2024"], "de06: --period: Cannot read 'Quý 5/2024' as a reporting period: quarter 5 does not exist; a year has quarters 1 to 4." },
        { ["report", "--period", "2025"], "de06: The scorecard has no data for Năm 2025; its periods are Năm 2022, Năm 2023, Quý I/2024, Năm 2024." },
        { ["report", "--compare-with", "Tháng 13/2024"], "de06: --compare-with: Cannot read 'Tháng 13/2024' as a reporting period" },
        { ["report", "--as-of", "30/2/2024"], "de06: --as-of must be a date as yyyy-MM-dd or dd/MM/yyyy, not '30/2/2024'." },
        { ["report", "--as-of", "2024-05-01"], "de06: --as-of 2024-05-01 lies outside Quý I/2024 (2024-01-01 to 2024-03-31), the period reported on; give a date inside it, or another --period." },
        { ["report", "--period", "2023", "--as-of", "2024-03-01", "--lang", "en"], "de06: --as-of 2024-03-01 lies outside 2023 (2023-01-01 to 2023-12-31), the period reported on" },
        { ["report", "{nothing}"], "de06: The scorecard has no targets or observations, so there is no period to report on." },
        { ["report", "--out", "{folder}"], "de06: --out '{folder}' is a folder; give the name of the file to write the report to." },
        { ["report", "--out", "{missing}/report.html"], "de06: --out '{missing}/report.html' cannot be written: the folder '{missing}' does not exist." },
        { ["report", "--out", ""], "de06: --out needs a file name, not ''." },
    };

    public static TheoryData<string[], string> BadData() => new()
    {
        { ["validate", "{empty}"], "{empty}: the file is empty; a scorecard is a JSON object with units, indicators, targets and observations." },
        { ["report", "{malformed}"], "{malformed}:2:1: the JSON is malformed:" },
        { ["validate", "{wrong-type}"], "{wrong-type}:1:66 $.units[0].kind: kind '7': expected a string." },
        { ["validate", "{latin1}"], "{latin1}:1:" },
        { ["validate", "{folder}"], "{folder}/units.csv: the file is missing; a scorecard folder has units.csv, indicators.csv, targets.csv, observations.csv (successions.csv, notes.csv, trajectories.csv and settings.csv are optional)." },
        { ["report", "{wrong-columns}"], "{wrong-columns}/observations.csv:1: the header has no column 'period', which the observations table needs; its rows were not read." },
        { ["validate", "{empty-table}"], "{empty-table}/targets.csv: the file is empty; it needs at least a header line naming its columns." },
        { ["validate", "{csv}", "--decimal-separator", "point"], "{csv}/settings.csv:2:2: value 'comma': the file declares a decimal comma but a decimal point was asked for" },
    };

    [Theory]
    [MemberData(nameof(BadUsage))]
    public void A_command_line_that_cannot_be_done_exits_2_with_one_line_naming_the_problem(string[] arguments, string firstLine)
    {
        var run = De06Process.Run([.. arguments.Select(files.Fill)]);

        run.ExitCode.Should().Be(2, run.Error);
        run.Out.Should().BeEmpty();
        var lines = run.Error.TrimEnd('\n').Split('\n');
        lines.Should().HaveCount(2, run.Error);
        lines[0].Should().StartWith(files.Fill(firstLine));
        lines[1].Should().Be("Try 'de06 --help'.");
        NoStackTrace(run);
        File.Exists("__default_command").Should().BeFalse("an option without its value must not become a file name");
    }

    [Theory]
    [MemberData(nameof(BadData))]
    public void Data_with_problems_exits_1_with_each_problem_located_on_its_own_line(string[] arguments, string problem)
    {
        var run = De06Process.Run([.. arguments.Select(files.Fill)]);

        run.ExitCode.Should().Be(1, run.Error);
        run.Out.Should().BeEmpty();
        var lines = run.Error.TrimEnd('\n').Split('\n');
        lines.Should().Contain(line => line.StartsWith(files.Fill(problem), StringComparison.Ordinal), run.Error);
        lines[^1].Should().Match(arguments[0] == "report"
            ? "The scorecard has * problem(s); no report was made. 'de06 validate PATH' lists them too."
            : $"{files.Fill(arguments[1])}: * problem*; the items with problems were left out.");
        NoStackTrace(run);
    }

    private static void NoStackTrace(De06Process.Outcome run)
    {
        run.Error.Should().NotContain("   at ").And.NotContain("Exception").And.NotContain("__default_command");
    }

    /// <summary>The files the cases name, made once in a temporary folder: {json} is the Hà Giang example.</summary>
    public sealed class Files : IDisposable
    {
        private readonly string root = Directory.CreateTempSubdirectory("de06-hostile-").FullName;
        private readonly Dictionary<string, string> paths = [];

        public Files()
        {
            paths["json"] = HaGiangExample.JsonPath;
            paths["csv"] = Path.Combine(HaGiangExample.Folder, "csv");
            paths["missing"] = Path.Combine(root, "no", "such");
            paths["folder"] = Directory.CreateDirectory(Path.Combine(root, "folder")).FullName;
            paths["empty"] = Write("empty.json", string.Empty);
            paths["nothing"] = Write("nothing.json", "{}");
            paths["malformed"] = Write("malformed.json", "{ \"units\": [\n");
            paths["wrong-type"] = Write("wrong-type.json", """{ "units": [ { "id": "HG", "name": { "vi": "Hà Giang" }, "kind": 7 } ] }""");
            paths["latin1"] = Path.Combine(root, "latin1.json");
            File.WriteAllBytes(paths["latin1"], Encoding.Latin1.GetBytes("""{ "units": [ { "id": "HG", "name": { "vi": "Hà Giang" }, "kind": "province" } ] }"""));
            paths["wrong-columns"] = Folder("wrong-columns", observations: "indicator,unit,quarter,value\nRATE,HG,Quý I/2024,88.8");
            paths["empty-table"] = Folder("empty-table", targets: string.Empty);
        }

        /// <summary>Replaces each {name} with its path.</summary>
        public string Fill(string text) => paths.Aggregate(text, (filled, pair) => filled.Replace("{" + pair.Key + "}", pair.Value, StringComparison.Ordinal));

        public void Dispose() => Directory.Delete(root, recursive: true);

        private string Write(string name, string text)
        {
            var path = Path.Combine(root, name);
            File.WriteAllText(path, text, new UTF8Encoding(false));
            return path;
        }

        private string Folder(string name, string? observations = CsvFolder.Observations, string? targets = CsvFolder.Targets)
        {
            var folder = Directory.CreateDirectory(Path.Combine(root, name)).FullName;
            foreach (var (file, text) in new[] { ("units.csv", CsvFolder.Units), ("indicators.csv", CsvFolder.Indicators), ("targets.csv", targets), ("observations.csv", observations), ("settings.csv", CsvFolder.Settings) })
            {
                File.WriteAllText(Path.Combine(folder, file), text!.ReplaceLineEndings("\n") + (text.Length > 0 ? "\n" : string.Empty), new UTF8Encoding(false));
            }

            return folder;
        }
    }
}
