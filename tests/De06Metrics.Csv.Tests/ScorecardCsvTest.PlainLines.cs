using System.Text;

namespace De06Metrics.Csv.Tests;

/// <summary>
/// The observations table is read from the bytes of each plain line, and by the CSV reader where a line is not plain.
/// Random files, from a fixed seed, of every kind of line (quotes, a byte order mark, CRLF and LF, empty cells and
/// lines, Vietnamese text, numbers with and without a decimal separator, bad rows) read the same scorecard and the same
/// problems, at the same lines and columns, as when the CSV reader splits every row.
/// </summary>
public sealed class ScorecardCsvPlainLinesTest
{
    private static readonly string[] Periods = ["2024-01", "2024-02", "2024-03", "2024-11", "Q1 2024", "Quý II/2024", "2023"];

    [Fact]
    public void Random_files_read_the_same_with_plain_lines_read_from_their_bytes_as_with_the_csv_reader_alone()
    {
        var random = new Random(20240601);
        var observationsRead = 0;
        var problemsFound = 0;
        for (var file = 0; file < 150; file++)
        {
            var comma = random.Next(2) == 0;
            var separator = random.Next(10) switch
            {
                0 => '\t',
                < 6 => ';',
                _ => ',',
            };
            using var folder = new CsvFolder(settings: $"setting{separator}value\ndecimal_separator{separator}{(comma ? "comma" : "point")}");
            folder.Write("units.csv", CsvFolder.Units + "\nHG.X1,Xã Minh Tân,,commune,HG");
            folder.Write("indicators.csv", CsvFolder.Indicators + "\nDONE,Đã triển khai,yesNo,higherIsBetter,0");
            folder.WriteBytes("observations.csv", RandomObservations(random, separator, comma));

            var direct = ScorecardCsv.ReadFolder(folder.Path, null, null, directLines: true);
            var alone = ScorecardCsv.ReadFolder(folder.Path, null, null, directLines: false);

            var because = $"file {file} reads the same either way:\n{File.ReadAllText(folder.File("observations.csv"))}";
            direct.Problems.Select(problem => problem.ToString()).Should().Equal(alone.Problems.Select(problem => problem.ToString()), because);
            direct.Scorecard.Observations.Should().Equal(alone.Scorecard.Observations, because);
            observationsRead += direct.Scorecard.Observations.Length;
            problemsFound += direct.Problems.Length;
        }

        // The files hold both sound rows and bad ones, so that both ways are compared on each.
        observationsRead.Should().BeGreaterThan(1000);
        problemsFound.Should().BeGreaterThan(300);
    }

    private static byte[] RandomObservations(Random random, char separator, bool comma)
    {
        var text = new StringBuilder();
        var crlf = random.Next(2) == 0;
        var newline = crlf ? "\r\n" : "\n";
        if (random.Next(8) == 0)
        {
            text.Append(newline);
        }

        string[] columns = ["indicator", "unit", "period", "value", "numerator", "denominator", "as_of", "source_note"];
        var header = string.Join(separator, columns);
        header = random.Next(10) switch
        {
            0 => header.Replace("indicator", "\"indicator\"", StringComparison.Ordinal),
            1 => header.Replace("period", " Period ", StringComparison.Ordinal),
            _ => header,
        };
        text.Append(header).Append(newline);
        var rows = random.Next(20, 120);
        for (var run = 0; rows > 0; run++)
        {
            var indicator = random.Next(12) switch
            {
                < 5 => "RATE",
                < 10 => "MODELS",
                10 => "DONE",
                _ => "NONE",
            };
            var unit = random.Next(10) switch
            {
                < 4 => "HG",
                < 6 => "HG.CA",
                < 9 => "HG.X1",
                _ => "XX",
            };
            for (var i = random.Next(1, 12); i > 0 && rows > 0; i--, rows--)
            {
                text.Append(Row(random, separator, comma, indicator, unit, columns.Length, newline));
                text.Append(random.Next(60) == 0 ? crlf ? "\n" : "\r\n" : newline);
            }
        }

        if (random.Next(3) == 0 && text.Length >= newline.Length)
        {
            text.Length -= newline.Length;
        }

        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        return random.Next(2) == 0 ? [0xEF, 0xBB, 0xBF, .. bytes] : bytes;
    }

    private static string Row(Random random, char separator, bool comma, string indicator, string unit, int width, string newline)
    {
        var cells = new string[width];
        Array.Fill(cells, string.Empty);
        cells[0] = indicator;
        cells[1] = unit;
        cells[2] = Periods[random.Next(Periods.Length)];
        if (indicator == "RATE" && random.Next(3) == 0)
        {
            cells[4] = Number(random, comma, whole: true);
            cells[5] = Number(random, comma, whole: true);
        }
        else
        {
            cells[3] = indicator == "DONE" ? random.Next(4) switch { 0 => "có", 1 => "no", _ => random.Next(2).ToString(System.Globalization.CultureInfo.InvariantCulture) } : Number(random, comma, whole: false);
        }

        switch (random.Next(40))
        {
            case 0:
                cells[3] = "\"" + cells[3] + "\"";
                break;
            case 1:
                cells[6] = "2024-01-15";
                break;
            case 2:
                cells[7] = "Báo cáo của UBND xã";
                break;
            case 3:
                cells[7] = "\"ghi chú;\nhai dòng\"";
                break;
            case 4:
                cells[3] = " " + cells[3] + " ";
                break;
            case 5:
                cells[0] = "rate";
                break;
            case 6:
                cells[2] = "tháng 13";
                break;
            case 7:
                cells[3] = "abc\"d";
                break;
            case 8:
                cells[1] += " ";
                break;
            case 9:
                cells[3] = string.Empty;
                cells[4] = string.Empty;
                cells[5] = string.Empty;
                break;
            case 10:
                cells[2] = "\t" + cells[2];
                break;
            case 11:
                cells[7] = "a\rb";
                break;
        }

        var line = string.Join(separator, cells);
        return random.Next(40) switch
        {
            0 => string.Empty,
            1 => "   ",
            2 => line + separator + "extra",
            3 => line + separator,
            4 => string.Join(separator, cells[..4]),
            5 => line + newline + string.Join(separator, new string[width]),
            _ => line,
        };
    }

    // A number as a file writes it: sometimes with a decimal separator, the declared one or the other, and sometimes not a number.
    private static string Number(Random random, bool comma, bool whole)
    {
        var value = random.Next(0, 100_000);
        var text = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return random.Next(20) switch
        {
            0 => "-" + text,
            1 => text + (comma ? "." : ",") + random.Next(10),
            2 => "1.2.3",
            3 => "mười",
            4 => "+" + text,
            5 => "12345678901234567890123",
            _ when !whole && random.Next(2) == 0 => text + (comma ? "," : ".") + random.Next(100).ToString("D2", System.Globalization.CultureInfo.InvariantCulture),
            _ => text,
        };
    }
}
