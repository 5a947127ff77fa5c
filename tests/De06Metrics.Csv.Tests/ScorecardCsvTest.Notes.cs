using De06Metrics.Csv;
using De06Metrics.Evaluation;
using De06Metrics.Indicators;
using De06Metrics.Periods;
using De06Metrics.Scorecards;
using De06Metrics.Units;

namespace De06Metrics.Csv.Tests;

/// <summary>Notes on rows and statuses set by hand in notes.csv: read, written back, every problem at its cell.</summary>
public partial class ScorecardCsvTest
{
    private const string NoteHeader = "indicator,unit,period,text,override_status,override_reason,override_set_by";

    // A note alone, a status set by hand with a note, and a status set by hand alone (no text) whose reason holds the
    // column separator and ends in a space, both kept as written.
    private const string Notes = NoteHeader + """

        RATE,HG,Quý I/2024,Hệ thống gián đoạn 20 ngày.,,,
        MODELS,HG,Quý I/2024,Chờ kinh phí.,met,gián đoạn do hệ thống quốc gia,Sở Tư pháp
        RATE,HG.CA,Quý I/2024,,basicallyMet,"số liệu chốt sớm, ngày 25/3 ",Công an tỉnh
        """;

    private static readonly ReportingPeriod NotesQuarter = ReportingPeriod.ForQuarter(2024, 1);

    [Fact]
    public void Notes_and_statuses_set_by_hand_are_read_from_notes_csv()
    {
        using var folder = new CsvFolder();
        folder.Write("notes.csv", Notes);

        var result = ScorecardCsv.ReadFolder(folder.Path);

        result.Problems.Should().BeEmpty();
        result.Scorecard.Notes.Should().Equal(
            new RowNote(new IndicatorCode("RATE"), new UnitId("HG"), NotesQuarter, "Hệ thống gián đoạn 20 ngày."),
            new RowNote(new IndicatorCode("MODELS"), new UnitId("HG"), NotesQuarter, "Chờ kinh phí.", new StatusOverride(TargetStatus.Met, "gián đoạn do hệ thống quốc gia", "Sở Tư pháp")),
            new RowNote(new IndicatorCode("RATE"), new UnitId("HG.CA"), NotesQuarter, null, new StatusOverride(TargetStatus.BasicallyMet, "số liệu chốt sớm, ngày 25/3 ", "Công an tỉnh")));
    }

    [Fact]
    public void Notes_are_written_to_notes_csv_and_read_back_the_same()
    {
        using var folder = new CsvFolder();
        folder.Write("notes.csv", Notes);
        var scorecard = ScorecardCsv.ReadFolder(folder.Path).EnsureValid();

        foreach (var separator in new[] { DecimalSeparator.Point, DecimalSeparator.Comma })
        {
            using var again = new CsvFolder(null, null, null, null, null);
            ScorecardCsv.WriteFolder(scorecard, again.Path, separator);

            File.ReadLines(again.File("notes.csv")).First().TrimStart('\uFEFF').Should().Be(separator == DecimalSeparator.Point ? NoteHeader : NoteHeader.Replace(',', ';'));
            var read = ScorecardCsv.ReadFolder(again.Path);
            read.Problems.Should().BeEmpty();
            read.Scorecard.Notes.Should().Equal(scorecard.Notes);
        }
    }

    [Fact]
    public void A_scorecard_without_notes_has_no_notes_csv_and_a_stale_one_is_removed()
    {
        using var folder = new CsvFolder();
        var plain = ScorecardCsv.ReadFolder(folder.Path).EnsureValid();
        folder.Write("notes.csv", Notes);

        ScorecardCsv.WriteFolder(plain, folder.Path, DecimalSeparator.Point);

        File.Exists(folder.File("notes.csv")).Should().BeFalse("the notes of another scorecard must not come back with this one");
        ScorecardCsv.ReadFolder(folder.Path).EnsureValid().Notes.Should().BeEmpty();
    }

    [Theory]
    [InlineData("RATE,HG,Quý I/2024,,,,", "{0}:3:4: text: the cell is empty but a value is required.")]
    [InlineData("RATE,HG,Quý I/2024,x,invalid,lý do,Sở", "{0}:3:5: override_status 'invalid': expected ")]
    [InlineData("RATE,HG,Quý I/2024,x,met,,Sở", "{0}:3:6: override_reason: the cell is empty but a value is required.")]
    [InlineData("RATE,HG,Quý I/2024,x,met,lý do,", "{0}:3:7: override_set_by: the cell is empty but a value is required.")]
    [InlineData("RATE,HG,Quý I/2024,x,,lý do,Sở", "{0}:3:5: override_status: the cell is empty but a value is required.")]
    [InlineData("NONE,HG,Quý I/2024,x,,,", "{0}:3:1: indicator 'NONE'")]
    [InlineData("RATE,XX,Quý I/2024,x,,,", "{0}:3:2: unit 'XX'")]
    [InlineData("RATE,HG,Quý 5/2024,x,,,", "{0}:3:3: period 'Quý 5/2024'")]
    [InlineData("MODELS,HG,Q1 2024,lần hai,,,", "{0}:3:3: period: an earlier note has the same indicator, unit and period.")]
    public void A_bad_note_is_reported_at_its_cell_and_left_out(string row, string expected)
    {
        using var folder = new CsvFolder();
        folder.Write("notes.csv", NoteHeader + "\nMODELS,HG,Quý I/2024,ghi chú,,,\n" + row);

        var result = ScorecardCsv.ReadFolder(folder.Path);

        result.Problems.Should().ContainSingle().Which.ToString().Should().StartWith(string.Format(expected, folder.File("notes.csv")));
        result.Scorecard.Notes.Should().ContainSingle().Which.Text.Should().Be("ghi chú");
    }

    [Fact]
    public void A_notes_table_without_a_key_column_is_not_read_and_says_why()
    {
        using var folder = new CsvFolder();
        folder.Write("notes.csv", "indicator,unit,text\nRATE,HG,ghi chú");

        var result = ScorecardCsv.ReadFolder(folder.Path);

        result.Problems.Should().ContainSingle().Which.ToString().Should().Be(
            $"{folder.File("notes.csv")}:1: the header has no column 'period', which the notes table needs; its rows were not read.");
        result.Scorecard.Notes.Should().BeEmpty();
    }
}
