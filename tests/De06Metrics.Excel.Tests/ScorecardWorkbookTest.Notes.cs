using De06Metrics.Evaluation;
using De06Metrics.Indicators;
using De06Metrics.Scorecards;
using De06Metrics.Serialization;
using De06Metrics.Tests.Serialization;
using De06Metrics.Text;

namespace De06Metrics.Excel.Tests;

/// <summary>
/// Notes on rows and statuses set by hand in a workbook: the <c>notes</c> data sheet written and read back, a bad cell
/// named by sheet, row and column, and the report's results sheet showing the figure status, the status set by hand
/// beside the computed one, and the note, read back by a second library (MiniExcel).
/// </summary>
public sealed class ScorecardWorkbookNotesTest
{
    private static readonly IndicatorCode Online = new("DVC.ONLINE");
    private static readonly IndicatorCode Models = new("MODELS.DEPLOYED");
    private static readonly Scorecard Example = ScorecardJson.ReadFile(HaGiangExample.JsonPath).EnsureValid();

    /// <summary>
    /// The example with a note on the online rate, and the models held to all 33 on the quarter (17/33, not met) judged
    /// basically met by hand.
    /// </summary>
    private static Scorecard Noted() => HaGiangExample.WithTheModelsHeldToTheProgrammeOnQ1(Example).WithNotes(
    [
        new RowNote(Online, HaGiangExample.Province, HaGiangExample.Q1, "Số liệu từ Cổng dịch vụ công quốc gia."),
        new RowNote(Models, HaGiangExample.Province, HaGiangExample.Q1, "Chờ kinh phí cho 16 mô hình.", new StatusOverride(TargetStatus.BasicallyMet, "16 mô hình đang thử nghiệm", "Công an tỉnh")),
    ]);

    [Fact]
    public async Task Notes_are_written_to_a_notes_sheet_and_read_back_the_same()
    {
        var scorecard = Noted();
        using var data = new MemoryStream();
        await ScorecardWorkbook.WriteDataAsync(scorecard, data);

        Workbooks.SheetNames(data).Should().Equal("settings", "units", "indicators", "targets", "observations", "notes");
        var rows = Workbooks.Rows(data, "notes");
        rows.Select(row => (row["indicator"], row["unit"], row["period"], row["text"], row["override_status"], row["override_reason"], row["override_set_by"])).Should().Equal(
            ("DVC.ONLINE", "HG", "2024-Q1", "Số liệu từ Cổng dịch vụ công quốc gia.", null, null, null),
            ("MODELS.DEPLOYED", "HG", "2024-Q1", "Chờ kinh phí cho 16 mô hình.", "basicallyMet", "16 mô hình đang thử nghiệm", "Công an tỉnh"));
        data.Position = 0;
        var read = ScorecardWorkbook.Read(data, "data.xlsx", Language.English);
        read.Problems.Should().BeEmpty();
        read.Scorecard.Notes.Should().Equal(scorecard.Notes);
        read.Scorecard.ShouldHoldTheSameItems(scorecard);
    }

    [Fact]
    public async Task A_scorecard_without_notes_has_no_notes_sheet()
    {
        using var data = new MemoryStream();
        await ScorecardWorkbook.WriteDataAsync(Example, data);

        Workbooks.SheetNames(data).Should().NotContain("notes");
    }

    [Fact]
    public void A_bad_note_is_named_by_workbook_sheet_row_and_column()
    {
        using var workbook = Workbooks.Build(
        [
            ("units", [new() { ["id"] = "HG", ["name_vi"] = "Tỉnh Hà Giang", ["kind"] = "province" }]),
            ("indicators", [new() { ["code"] = "RATE", ["name_vi"] = "Tỷ lệ hồ sơ trực tuyến", ["measure"] = "rate", ["polarity"] = "higherIsBetter", ["decimals"] = 1 }]),
            ("targets", [new() { ["indicator"] = "RATE", ["unit"] = "HG", ["period"] = "2024-Q1", ["goal"] = "atLeast", ["value"] = 70 }]),
            ("observations", [new() { ["indicator"] = "RATE", ["unit"] = "HG", ["period"] = "2024-Q1", ["value"] = 60 }]),
            ("notes",
            [
                NoteRow("ghi chú", null, null, null),
                NoteRow(null, "accepted", "lý do", "Sở Tư pháp"),
            ]),
        ]);

        var read = ScorecardWorkbook.Read(workbook, "data.xlsx", Language.English);

        // The bad status is on the second row under the header, row 3; 'override_status' is the fifth column, E.
        var problem = read.Problems.Should().ContainSingle().Subject;
        (problem.Location.File, problem.Location.Line, problem.Location.Column, problem.Value).Should().Be(("data.xlsx, sheet notes", 3, 5, "accepted"));
        read.Scorecard.Notes.Should().ContainSingle().Which.Text.Should().Be("ghi chú");

        static Dictionary<string, object?> NoteRow(string? text, string? status, string? reason, string? setBy) => new()
        {
            ["indicator"] = "RATE", ["unit"] = "HG", ["period"] = text is null ? "2024-Q1" : "Quý I/2024",
            ["text"] = text, ["override_status"] = status, ["override_reason"] = reason, ["override_set_by"] = setBy,
        };
    }

    [Fact]
    public void The_results_sheet_shows_the_figure_status_the_status_set_by_hand_and_the_note()
    {
        var result = Noted().Evaluate(HaGiangExample.Q1, options: new ScorecardOptions(comparisonPeriod: HaGiangExample.Year2023));
        using var workbook = new MemoryStream();
        ScorecardWorkbook.Write(result, workbook, Language.Vietnamese);

        var rows = Workbooks.Rows(workbook, "Kết quả chỉ tiêu");
        rows[0].Keys.Should().EndWith(["Chủ trì", "Tình trạng số liệu", "Ghi chú"]);
        var online = rows.Single(row => (string?)row["Mã"] == "DVC.ONLINE" && (string?)row["Đơn vị"] == "Tỉnh Hà Giang");
        var models = rows.Single(row => (string?)row["Mã"] == "MODELS.DEPLOYED" && (string?)row["Đơn vị"] == "Tỉnh Hà Giang");

        // The 2023 rate, 72,3%, is derived from the report's "tăng 16,5%" (88,8 − 16,5): the change on it says so.
        online["Tình trạng số liệu"].Should().Be("số liệu năm 2023 là số suy ra");
        online["Ghi chú"].Should().Be("Số liệu từ Cổng dịch vụ công quốc gia.");
        online["Đánh giá"].Should().Be("Vượt chỉ tiêu");
        // 17 < 33 is not met; the hand-set status stands beside it, never in its place.
        models["Đánh giá"].Should().Be("Chưa đạt; Công an tỉnh đánh giá lại: Cơ bản đạt — 16 mô hình đang thử nghiệm");
        models["Ghi chú"].Should().Be("Chờ kinh phí cho 16 mô hình.");
        // 17/33 is reported as it stands; the change on 2023 stands on the example's illustrative, estimated 10.
        models["Tình trạng số liệu"].Should().Be("số liệu năm 2023 là số ước tính");

        // The computed status keeps its fill: the models' cell is red as not met (FFC7CE, Excel's "bad" fill), not amber.
        var sheet = Workbooks.Sheet(workbook, "Kết quả chỉ tiêu");
        Workbooks.FillOf(workbook, Workbooks.CellAt(sheet, "L" + (rows.ToList().IndexOf(models) + 2))).Should().EndWith("FFC7CE");
    }
}
