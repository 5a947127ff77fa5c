using System.Text.Json;
using De06Metrics.Serialization;
using De06Metrics.Tests.Serialization;

namespace De06Metrics.Cli.Tests.Command;

/// <summary>
/// Where the figures come from, in the command: the built-in example's 2023 bases are derived from the report's
/// statement, so every change on 2023 is marked derived; --published-on picks a vintage; validate --require-notes
/// lists the rows not met without a note.
/// </summary>
public class De06CommandProvenanceTest
{
    // One district, a target of at least 70%, the estimate of 5 April (68%) and the count of 10 July (69,5%): not met either way.
    private const string Vintages = """
        {
          "version": 1,
          "units": [ { "id": "D2", "name": { "vi": "Huyện 2", "en": "District 2" }, "kind": "district" } ],
          "indicators": [ { "code": "ONLINE", "name": { "vi": "Tỷ lệ trực tuyến", "en": "Online rate" }, "measure": { "kind": "rate" }, "polarity": "higherIsBetter", "decimals": 1 } ],
          "targets": [ { "indicator": "ONLINE", "unit": "D2", "period": "2024-Q1", "goal": { "kind": "atLeast", "value": 70 } } ],
          "observations": [
            { "indicator": "ONLINE", "unit": "D2", "period": "2024-Q1", "value": 68, "status": "estimated", "publishedOn": "2024-04-05" },
            { "indicator": "ONLINE", "unit": "D2", "period": "2024-Q1", "value": 69.5, "publishedOn": "2024-07-10" }
          ]
        }
        """;

    [Fact]
    public void The_examples_changes_on_2023_are_marked_derived_with_the_legend_and_how()
    {
        var run = De06Process.Run("report", "--lang", "en", "--format", "md");

        run.ExitCode.Should().Be(0, run.Error);
        var online = run.Out.Split('\n').Single(line => line.StartsWith("| DVC.ONLINE ", StringComparison.Ordinal));
        online.Should().Contain("| 88.8% |", "the quarter's figure is reported and carries no mark");
        online.Should().Contain("up 16.5 percentage points on 2023 (derived)").And.EndWith("| the figure of 2023 is derived |");
        run.Out.Should().Contain("## Figure status");
        run.Out.Should().Contain("(derived): not stated by the source, worked out from what it states");
        run.Out.Should().Contain("Online dossier rate (Hà Giang Province, 2023): 72.3% (derived) — 88,8 − 16,5 = 72,3, đọc \"tăng 16,5%\" là điểm phần trăm.");
    }

    [Fact]
    public void The_examples_loan_per_household_is_marked_derived_with_its_formula()
    {
        // 2 527 tỷ đồng ÷ 57 396 hộ = 44,03 triệu đồng/hộ: computed from two reported figures, so derived.
        var run = De06Process.Run("report", "--lang", "en", "--format", "md");

        run.ExitCode.Should().Be(0, run.Error);
        var loan = run.Out.Split('\n').Single(line => line.StartsWith("| CREDIT.PER_HOUSEHOLD ", StringComparison.Ordinal));
        loan.Should().Contain("| VND 44.03 million per household (derived) |").And.EndWith("| derived |");
        run.Out.Should().Contain(
            "Average loan per borrower household (Hà Giang Province, Q1 2024): VND 44.03 million per household (derived) — computed as Unsecured credit lent ÷ Borrower households");

        var json = De06Process.Run("report", "--format", "json");
        json.ExitCode.Should().Be(0, json.Error);
        using var document = JsonDocument.Parse(json.Out);
        var row = document.RootElement.GetProperty("rows").EnumerateArray().Single(row => row.GetProperty("indicator").GetString() == "CREDIT.PER_HOUSEHOLD");
        (row.GetProperty("origin").GetString(), row.GetProperty("valueStatus").GetString(), row.GetProperty("statusNote").GetString())
            .Should().Be(("Computed", "derived", "tính theo công thức: Dư nợ cho vay tín chấp ÷ Hộ khách hàng vay"));
    }

    [Fact]
    public void The_examples_json_report_gives_each_rows_statuses()
    {
        var run = De06Process.Run("report", "--lang", "en", "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        var online = json.RootElement.GetProperty("rows").EnumerateArray().Single(row => row.GetProperty("indicator").GetString() == "DVC.ONLINE");
        (online.GetProperty("valueStatus").GetString(), online.GetProperty("baseStatus").GetString(), online.GetProperty("changeStatus").GetString())
            .Should().Be(("reported", "derived", "derived"));
    }

    [Fact]
    public void Report_as_published_on_a_day_takes_the_vintage_of_that_day()
    {
        var file = Path.Combine(Path.GetTempPath(), $"de06-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, Vintages);
        try
        {
            var latest = Value(De06Process.Run("report", file, "--format", "json"));
            var inMay = Value(De06Process.Run("report", file, "--format", "json", "--published-on", "2024-05-01"));
            latest.Should().Be((69.5m, "revised", 68m));
            inMay.Should().Be((68m, "estimated", null));
        }
        finally
        {
            File.Delete(file);
        }

        static (decimal, string?, decimal?) Value(De06Process.Outcome run)
        {
            run.ExitCode.Should().Be(0, run.Error);
            using var json = JsonDocument.Parse(run.Out);
            var row = json.RootElement.GetProperty("rows")[0];
            var revised = row.GetProperty("revisedFrom");
            return (row.GetProperty("value").GetDecimal(), row.GetProperty("valueStatus").GetString(), revised.ValueKind == JsonValueKind.Null ? null : revised.GetDecimal());
        }
    }

    [Fact]
    public void Validate_with_required_notes_lists_the_rows_not_met_without_one()
    {
        // The example with the models held to all 33 on the quarter: 17 of 33, the one target not met, and no notes.
        var file = Path.Combine(Path.GetTempPath(), $"de06-{Guid.NewGuid():N}.json");
        try
        {
            ScorecardJson.WriteFile(HaGiangExample.WithTheModelsHeldToTheProgrammeOnQ1(ScorecardJson.ReadFile(HaGiangExample.JsonPath).EnsureValid()), file);
            var run = De06Process.Run("validate", file, "--require-notes");

            run.ExitCode.Should().Be(1);
            run.Error.Should().Be(
                "Đề án 06 models deployed (Hà Giang Province, Q1 2024): Not met, with no note to explain it\n" +
                $"{file}: 1 row not met without a note.\n");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Validate_with_required_notes_passes_on_the_example_where_nothing_is_not_met()
    {
        // The example's four targets are exceeded and the models have no target on the quarter.
        var run = De06Process.Run("validate", HaGiangExample.JsonPath, "--require-notes");

        run.ExitCode.Should().Be(0, run.Error);
    }

    [Fact]
    public void Validate_with_required_notes_passes_when_the_row_has_a_note()
    {
        var file = Path.Combine(Path.GetTempPath(), $"de06-{Guid.NewGuid():N}.json");
        var noted = Vintages.Replace("""
              ]
            }
            """, """
              ],
              "notes": [ { "indicator": "ONLINE", "unit": "D2", "period": "2024-Q1", "text": "Thiếu cán bộ một cửa." } ]
            }
            """, StringComparison.Ordinal);
        noted.Should().Contain("\"notes\"");
        File.WriteAllText(file, noted);
        try
        {
            var run = De06Process.Run("validate", file, "--require-notes");
            run.ExitCode.Should().Be(0, run.Error);
            File.WriteAllText(file, Vintages);
            De06Process.Run("validate", file, "--require-notes").Error.Should().StartWith("Online rate (District 2, Q1 2024): Not met, with no note to explain it\n");
        }
        finally
        {
            File.Delete(file);
        }
    }
}
