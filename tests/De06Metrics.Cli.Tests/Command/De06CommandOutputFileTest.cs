using System.Text;
using De06Metrics.Cli.Output;
using De06Metrics.Tests.Serialization;

namespace De06Metrics.Cli.Tests.Command;

/// <summary>
/// Where <c>de06 report --out</c> writes: never over the files the report is read from, by whatever path they are
/// named, and always whole: a write that fails or is interrupted leaves the old file, and two writers never mix.
/// </summary>
public sealed class De06CommandOutputFileTest : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("de06-out-").FullName;

    public static TheoryData<string> PathsToTheJsonInput() =>
    [
        "{dir}/scorecard.json",
        "{dir}/./sub/../scorecard.json",
        "{dir}/link-to-scorecard.json",
        "{dir}/link-to-dir/scorecard.json",
    ];

    [Theory]
    [MemberData(nameof(PathsToTheJsonInput))]
    public void Out_onto_the_json_input_by_any_path_is_refused_and_leaves_it_as_it_was(string output)
    {
        var input = Path.Combine(root, "scorecard.json");
        File.Copy(HaGiangExample.JsonPath, input);
        Directory.CreateDirectory(Path.Combine(root, "sub"));
        File.CreateSymbolicLink(Path.Combine(root, "link-to-scorecard.json"), input);
        Directory.CreateSymbolicLink(Path.Combine(root, "link-to-dir"), root);
        var before = File.ReadAllBytes(input);
        var target = output.Replace("{dir}", root, StringComparison.Ordinal);

        var run = De06Process.Run("report", input, "--out", target);

        run.ExitCode.Should().Be(2, run.Error);
        run.Error.Should().StartWith($"de06: --out '{target}' is the scorecard's own file '{input}'; writing the report there would replace the data.");
        File.ReadAllBytes(input).Should().Equal(before);
    }

    [Theory]
    [InlineData("observations.csv")]
    [InlineData("settings.csv")]
    [InlineData("units.csv")]
    public void Out_onto_a_file_of_the_csv_folder_read_is_refused_also_through_a_linked_folder(string file)
    {
        var folder = CopyOfTheCsvExample();
        Directory.CreateSymbolicLink(Path.Combine(root, "linked"), folder);
        var before = File.ReadAllBytes(Path.Combine(folder, file));

        var direct = De06Process.Run("report", folder, "--out", Path.Combine(folder, file));
        var linked = De06Process.Run("report", folder, "--out", Path.Combine(root, "linked", file));

        direct.ExitCode.Should().Be(2, direct.Error);
        linked.ExitCode.Should().Be(2, linked.Error);
        linked.Error.Should().Contain($"is the scorecard's own file '{Path.Combine(folder, file)}'");
        File.ReadAllBytes(Path.Combine(folder, file)).Should().Equal(before);
    }

    [Fact]
    public void Out_beside_the_input_writes_the_report_through_a_link_to_the_file_it_names()
    {
        var report = Path.Combine(root, "report.md");
        File.WriteAllText(report, "old");
        var link = Path.Combine(root, "latest.md");
        File.CreateSymbolicLink(link, report);

        var run = De06Process.Run("report", "--format", "md", "--lang", "en", "--out", link);

        run.ExitCode.Should().Be(0, run.Error);
        new FileInfo(link).LinkTarget.Should().Be(report, "the link stays a link");
        File.ReadAllText(report).Should().StartWith("# Scorecard — Q1 2024");
        Directory.GetFiles(root).Should().BeEquivalentTo([report, link], "no temporary file is left behind");
    }

    [Fact]
    public void A_write_that_fails_half_way_leaves_the_old_file_whole_and_no_temporary_file()
    {
        var path = Path.Combine(root, "report.html");
        File.WriteAllText(path, "the old report");

        // As a process killed while writing: half a report is written, then the writer stops.
        var write = () => ReportFile.Write(path, writer =>
        {
            writer.Write(new string('x', 100_000));
            writer.Flush();
            throw new IOException("the process stops here");
        });

        write.Should().Throw<IOException>();
        File.ReadAllText(path).Should().Be("the old report");
        Directory.GetFiles(root).Should().Equal([path]);
    }

    [Fact]
    public async Task Two_writers_of_one_file_at_once_leave_one_report_whole()
    {
        var path = Path.Combine(root, "report.csv");
        var longReport = string.Concat(Enumerable.Repeat("long report line\n", 50_000));
        using var halfWritten = new ManualResetEventSlim();
        using var shortDone = new ManualResetEventSlim();

        // The long report is half written when the short one is written whole and moved into place; then the long one ends.
        var longWriter = Task.Run(() => ReportFile.Write(path, writer =>
        {
            writer.Write(longReport[..(longReport.Length / 2)]);
            writer.Flush();
            halfWritten.Set();
            shortDone.Wait();
            writer.Write(longReport[(longReport.Length / 2)..]);
        }));
        halfWritten.Wait();
        ReportFile.Write(path, writer => writer.Write("short report\n"));
        File.ReadAllText(path).Should().Be("short report\n", "the short report was moved into place whole");
        shortDone.Set();
        await longWriter;

        File.ReadAllText(path, Encoding.UTF8).Should().Be(longReport, "the last writer's report, whole, never one report followed by the tail of the other");
    }

    [Fact]
    public void An_empty_out_is_a_usage_error()
    {
        var run = De06Process.Run("report", "--out", string.Empty);

        run.ExitCode.Should().Be(2, run.Error);
        run.Error.Should().Be("de06: --out needs a file name, not ''.\nTry 'de06 --help'.\n");
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_folder_without_read_permission_is_reported_unreadable_not_missing()
    {
        // Root reads any folder, so as root the command runs as the unprivileged user 65534 ('nobody'), as a user would.
        var shared = Directory.CreateDirectory(Path.Combine(root, "shared")).FullName;
        File.SetUnixFileMode(root, (UnixFileMode)Convert.ToInt32("755", 8));
        File.SetUnixFileMode(shared, (UnixFileMode)Convert.ToInt32("755", 8));
        var locked = Directory.CreateDirectory(Path.Combine(shared, "locked")).FullName;
        File.WriteAllText(Path.Combine(locked, "units.csv"), "id,name_vi\n");
        var listedOnly = Directory.CreateDirectory(Path.Combine(shared, "listed-only")).FullName;
        File.WriteAllText(Path.Combine(listedOnly, "units.csv"), "id,name_vi\n");
        File.SetUnixFileMode(locked, UnixFileMode.None);
        File.SetUnixFileMode(listedOnly, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        try
        {
            var unreadable = De06Process.RunUnprivileged("validate", locked);
            var unsearchable = De06Process.RunUnprivileged("validate", listedOnly);

            unreadable.ExitCode.Should().Be(2, unreadable.Error);
            unreadable.Error.Should().StartWith($"de06: '{locked}' is a folder that cannot be read (").And.NotContain("missing");
            unsearchable.ExitCode.Should().Be(2, unsearchable.Error);
            unsearchable.Error.Should().StartWith($"de06: '{listedOnly}' is a folder whose files cannot be opened ('units.csv' is listed but cannot be reached)").And.NotContain("missing");
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            File.SetUnixFileMode(listedOnly, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    private string CopyOfTheCsvExample()
    {
        var folder = Directory.CreateDirectory(Path.Combine(root, "csv")).FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(HaGiangExample.Folder, "csv")))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        return folder;
    }
}
