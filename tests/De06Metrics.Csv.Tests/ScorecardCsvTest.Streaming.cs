using System.Text;
using De06Metrics.Csv;

namespace De06Metrics.Csv.Tests;

/// <summary>The CSV reader checks and reads a file a 64 KB window at a time: places past the first window stay exact.</summary>
public partial class ScorecardCsvTest
{
    // 3 000 communes of about 45 bytes a row, Vietnamese letters of two and three bytes among them, make about 135 KB:
    // the windows' edges fall inside rows and, for some, inside a letter.
    private static string ManyUnits(int count)
    {
        var rows = new StringBuilder("id,name_vi,kind,parent\nHG,Tỉnh Hà Giang,province,\nHG.CA,Công an tỉnh,agency,HG\n");
        for (var i = 0; i < count; i++)
        {
            rows.Append(System.Globalization.CultureInfo.InvariantCulture, $"HG.X{i:D4},Xã Đồng Văn số {i} — ủy ban,commune,HG\n");
        }

        return rows.ToString();
    }

    [Fact]
    public void A_file_larger_than_the_window_is_read_whole_with_letters_cut_by_the_window_kept()
    {
        using var folder = new CsvFolder(units: ManyUnits(3000));
        new FileInfo(folder.File("units.csv")).Length.Should().BeGreaterThan(2 * 64 * 1024);

        var result = ScorecardCsv.ReadFolder(folder.Path);

        result.Problems.Should().BeEmpty();
        result.Scorecard.Units.Count.Should().Be(3002);
        result.Scorecard.Units.TryGet(new De06Metrics.Units.UnitId("HG.X2999"), out var last).Should().BeTrue();
        last!.Name.Vietnamese.Should().Be("Xã Đồng Văn số 2999 — ủy ban");
    }

    [Fact]
    public void A_byte_that_is_not_utf8_past_the_first_window_is_reported_at_its_line()
    {
        // Lines 1–3 are the header and two units, lines 4–3003 the communes; the bad byte is on line 3004.
        using var folder = new CsvFolder();
        folder.WriteBytes("units.csv", [.. Encoding.UTF8.GetBytes(ManyUnits(3000)), .. Encoding.UTF8.GetBytes("HG.BAD,T"), 0xFD, .. Encoding.UTF8.GetBytes(",commune,HG\n")]);

        var result = ScorecardCsv.ReadFolder(folder.Path);

        result.Problems.Select(p => p.ToString()).Should().Equal(
            $"{folder.File("units.csv")}:3004: the file is not UTF-8 text (byte 0xFD on this line); save it from Excel as 'CSV UTF-8 (Comma delimited)'. The file was not read.",
            $"{folder.File("units.csv")}:3004: 3 items of the other tables naming a unit were left out, since the units were not read; they are not listed one by one.");
    }
}
