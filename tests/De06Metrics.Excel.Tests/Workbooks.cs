using System.Globalization;
using System.IO.Compression;
using System.Xml.Linq;
using De06Metrics.Tests.Serialization;
using MiniExcelLibs;
using MiniExcelLibs.Csv;

namespace De06Metrics.Excel.Tests;

/// <summary>
/// Workbooks built and read by a second library (MiniExcel), and the raw parts of a workbook read with the zip archive
/// and the XML of the Open XML format itself, so that no test checks the package with the package's own libraries.
/// </summary>
internal static class Workbooks
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>The columns of the CSV folder whose cells hold numbers.</summary>
    private static readonly HashSet<string> NumberColumns = ["value", "high", "tolerance", "numerator", "denominator", "max_score", "decimals"];

    /// <summary>A workbook of sheets, each rows of cells by column name (a null is an empty cell), written by MiniExcel.</summary>
    public static MemoryStream Build(IEnumerable<(string Sheet, IReadOnlyList<Dictionary<string, object?>> Rows)> sheets)
    {
        var stream = new MemoryStream();
        var data = new Dictionary<string, object>();
        foreach (var (sheet, rows) in sheets)
        {
            data[sheet] = rows;
        }

        stream.SaveAs(data);
        stream.Position = 0;
        return stream;
    }

    /// <summary>
    /// The example's CSV folder as a workbook, converted by MiniExcel: one sheet per file, each number in a number
    /// column as a number cell (its decimal comma read by hand), every other cell as text.
    /// </summary>
    public static MemoryStream HaGiangWorkbook()
    {
        var folder = Path.Combine(HaGiangExample.Folder, "csv");
        var sheets = new List<(string, IReadOnlyList<Dictionary<string, object?>>)>();
        foreach (var name in new[] { "settings", "units", "indicators", "targets", "observations" })
        {
            var rows = MiniExcel.Query(Path.Combine(folder, name + ".csv"), useHeaderRow: true, excelType: ExcelType.CSV, configuration: new CsvConfiguration { Seperator = ';' })
                .Cast<IDictionary<string, object?>>()
                .Select(row => row.ToDictionary(
                    cell => cell.Key.TrimStart('\uFEFF'),
                    cell => Cell(name, cell.Key.TrimStart('\uFEFF'), cell.Value?.ToString())))
                .ToList();
            sheets.Add((name, rows));
        }

        return Build(sheets);

        static object? Cell(string sheet, string column, string? text) =>
            string.IsNullOrEmpty(text) ? null
            : sheet != "settings" && NumberColumns.Contains(column) ? double.Parse(text.Replace(',', '.'), CultureInfo.InvariantCulture)
            : text;
    }

    /// <summary>The sheets' names, in order, as MiniExcel reads them.</summary>
    public static IReadOnlyList<string> SheetNames(Stream workbook)
    {
        workbook.Position = 0;
        return workbook.GetSheetNames();
    }

    /// <summary>A sheet's rows below its header, each by column heading, as MiniExcel reads them (numbers as doubles).</summary>
    public static IReadOnlyList<IDictionary<string, object?>> Rows(Stream workbook, string sheet)
    {
        workbook.Position = 0;
        return [.. workbook.Query(useHeaderRow: true, sheetName: sheet).Cast<IDictionary<string, object?>>()];
    }

    /// <summary>A part of the workbook's zip archive as XML: <c>xl/styles.xml</c>, <c>xl/worksheets/sheet2.xml</c>.</summary>
    public static XDocument Part(Stream workbook, string path)
    {
        workbook.Position = 0;
        using var zip = new ZipArchive(workbook, ZipArchiveMode.Read, leaveOpen: true);
        using var entry = zip.GetEntry(path)!.Open();
        return XDocument.Load(entry);
    }

    /// <summary>The XML of the sheet of a name, found through the workbook's relationships.</summary>
    public static XDocument Sheet(Stream workbook, string name)
    {
        var book = Part(workbook, "xl/workbook.xml");
        XNamespace relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        var id = book.Descendants(Main + "sheet").Single(sheet => (string?)sheet.Attribute("name") == name).Attribute(relationships + "id")!.Value;
        XNamespace package = "http://schemas.openxmlformats.org/package/2006/relationships";
        var target = Part(workbook, "xl/_rels/workbook.xml.rels").Descendants(package + "Relationship").Single(r => (string?)r.Attribute("Id") == id).Attribute("Target")!.Value;
        return Part(workbook, target.StartsWith('/') ? target[1..] : "xl/" + target);
    }

    /// <summary>The cell at a reference (<c>E2</c>) of a sheet's XML.</summary>
    public static XElement CellAt(XDocument sheet, string reference) =>
        sheet.Descendants(Main + "c").Single(cell => (string?)cell.Attribute("r") == reference);

    /// <summary>The number format code a cell's style stores, or null for the General format.</summary>
    public static string? FormatCodeOf(Stream workbook, XElement cell)
    {
        var styles = Part(workbook, "xl/styles.xml");
        var xf = styles.Descendants(Main + "cellXfs").Single().Elements(Main + "xf").ElementAt((int?)cell.Attribute("s") ?? 0);
        var id = (int?)xf.Attribute("numFmtId") ?? 0;
        return styles.Descendants(Main + "numFmt").SingleOrDefault(format => (int?)format.Attribute("numFmtId") == id)?.Attribute("formatCode")?.Value;
    }

    /// <summary>The fill colour (ARGB) a cell's style stores, or null for none.</summary>
    public static string? FillOf(Stream workbook, XElement cell)
    {
        var styles = Part(workbook, "xl/styles.xml");
        var xf = styles.Descendants(Main + "cellXfs").Single().Elements(Main + "xf").ElementAt((int?)cell.Attribute("s") ?? 0);
        var fill = styles.Descendants(Main + "fills").Single().Elements(Main + "fill").ElementAt((int?)xf.Attribute("fillId") ?? 0);
        return fill.Descendants(Main + "fgColor").SingleOrDefault()?.Attribute("rgb")?.Value;
    }

    public static XName Name(string local) => Main + local;
}
