using System.Globalization;
using System.Text;

namespace De06Metrics.Cli.Tests.Command;

/// <summary>
/// <c>de06 validate</c> of a JSON file proves a sound file in one pass and reads any other the full way: what it
/// prints is the same either way. <c>--require-notes</c> always reads the full way, so it is the reference here.
/// </summary>
public sealed class De06CommandValidateTest : IDisposable
{
    private readonly string folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"de06-validate-{Guid.NewGuid():N}")).FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    // Units HG, HG.X1, HG.X2; indicators RATE and CNT; one target, met; RATE of HG for the first quarter and CNT of
    // each commune for 1 000 months: 1 + 2 × 1 000 = 2 001 observations.
    private static string Scorecard(string extraObservation = "")
    {
        var json = new StringBuilder("""
            { "version": 1,
              "units": [ { "id": "HG", "name": { "vi": "Hà Giang" }, "kind": "province" },
                         { "id": "HG.X1", "name": { "vi": "Xã 1" }, "kind": "commune", "parent": "HG" },
                         { "id": "HG.X2", "name": { "vi": "Xã 2" }, "kind": "commune", "parent": "HG" } ],
              "indicators": [ { "code": "RATE", "name": { "vi": "Tỷ lệ" }, "measure": { "kind": "rate" }, "polarity": "higherIsBetter", "decimals": 1 },
                              { "code": "CNT", "name": { "vi": "Số hồ sơ" }, "measure": { "kind": "count" }, "polarity": "higherIsBetter", "decimals": 0 } ],
              "targets": [ { "indicator": "RATE", "unit": "HG", "period": "Quý I/2024", "goal": { "kind": "atLeast", "value": 70 } } ],
              "observations": [
            { "indicator": "RATE", "unit": "HG", "period": "Quý I/2024", "value": 88.8 }
            """);
        foreach (var unit in new[] { "HG.X1", "HG.X2" })
        {
            for (var month = 0; month < 1000; month++)
            {
                json.Append(CultureInfo.InvariantCulture, $$""",{ "indicator": "CNT", "unit": "{{unit}}", "period": "Tháng {{1 + (month % 12)}}/{{2000 + (month / 12)}}", "value": {{month}} }""").Append('\n');
            }
        }

        return json.Append(extraObservation).Append("] }\n").ToString();
    }

    [Fact]
    public void A_sound_file_proved_in_one_pass_says_what_the_full_reading_says()
    {
        var file = Path.Combine(folder, "scorecard.json");
        File.WriteAllText(file, Scorecard());

        var proved = De06Process.Run("validate", file);
        var full = De06Process.Run("validate", "--require-notes", file);

        proved.ExitCode.Should().Be(0, proved.Error);
        proved.Out.Should().Be($"{file}: no problems: 3 units, 2 indicators, 1 targets, 2001 observations.\n");
        full.ExitCode.Should().Be(0, full.Error);
        full.Out.Should().Be(proved.Out);
    }

    [Fact]
    public void The_hidden_option_that_skips_the_one_pass_check_reads_the_whole_file_and_is_not_in_the_help()
    {
        // A file the one-pass check cannot prove is read again with this option, so that it is checked only once.
        var file = Path.Combine(folder, "scorecard.json");
        File.WriteAllText(file, Scorecard());

        var full = De06Process.Run("validate", file, "--read-fully");
        var help = De06Process.Run("validate", "--help");

        full.ExitCode.Should().Be(0, full.Error);
        full.Out.Should().Be($"{file}: no problems: 3 units, 2 indicators, 1 targets, 2001 observations.\n");
        help.Out.Should().Contain("--require-notes").And.NotContain("--read-fully");
    }

    [Fact]
    public void A_file_with_a_repeated_key_at_its_end_is_reported_as_the_full_reading_reports_it()
    {
        var file = Path.Combine(folder, "scorecard.json");
        File.WriteAllText(file, Scorecard(""",{ "indicator": "CNT", "unit": "HG.X2", "period": "Tháng 12/2082", "value": 1 }"""));

        var run = De06Process.Run("validate", file);
        var full = De06Process.Run("validate", "--require-notes", file);

        run.ExitCode.Should().Be(1);
        run.Out.Should().BeEmpty();
        run.Error.Should().Contain("an earlier observation has the same indicator, unit and period.").And.EndWith($"{file}: 1 problem; the items with problems were left out.\n");
        full.Error.Should().Be(run.Error);
    }

    [Fact]
    public void A_file_with_a_tasks_file_beside_it_is_read_the_full_way_and_counts_its_tasks()
    {
        var file = Path.Combine(folder, "scorecard.json");
        File.WriteAllText(file, Scorecard());
        File.WriteAllText(Path.Combine(folder, "tasks.json"), """{ "tasks": [] }""");

        var run = De06Process.Run("validate", file);

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().Be($"{file}: no problems: 3 units, 2 indicators, 1 targets, 2001 observations.\n");
    }
}
