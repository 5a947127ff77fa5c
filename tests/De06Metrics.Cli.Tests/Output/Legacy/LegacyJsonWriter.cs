using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using De06Metrics.Cli.Output;
using De06Metrics.Indicators;

namespace De06Metrics.Cli.Tests.Output.Legacy;

/// <summary>
/// The JSON report as the tool wrote it before it streamed its rows (the whole document encoded in memory, then
/// written), kept as the reference that the streamed output is compared with.
/// </summary>
internal static class LegacyJsonWriter
{
    public static void WriteJson(ReportTable report, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" }))
        {
            json.WriteStartObject();
            WriteJsonProperties(json, report);
            if (report.Tasks is { } tasks)
            {
                json.WriteStartObject("tasks");
                WriteJsonProperties(json, tasks);
                json.WriteEndObject();
            }

            if (report.Tree is { } tree)
            {
                json.WriteStartObject("tree");
                WriteJsonProperties(json, tree);
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    /// <summary>A report's title, note, rows and sections, inside an object the caller opens and closes.</summary>
    private static void WriteJsonProperties(Utf8JsonWriter json, ReportTable report)
    {
        json.WriteString("title", report.Title);
        json.WriteString("note", report.Note);
        json.WriteString("language", report.Language);
        json.WriteBoolean("evaluated", report.Evaluated);
        json.WriteStartArray("rows");
        foreach (var row in report.Rows)
        {
            json.WriteStartObject();
            foreach (var (key, value) in row.Values)
            {
                WriteValue(json, key, value);
            }

            json.WriteStartObject("text");
            for (var i = 0; i < row.Cells.Count; i++)
            {
                json.WriteString(report.Columns[i].Key, row.Cells[i]);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (report.Grades.Count > 0)
        {
            json.WriteStartArray("grades");
            foreach (var (unit, grades) in report.Grades)
            {
                json.WriteStartObject();
                if (unit is null)
                {
                    json.WriteNull("unit");
                }
                else
                {
                    json.WriteString("unit", unit);
                }

                json.WriteNumber("exceeded", grades.Exceeded);
                json.WriteNumber("met", grades.Met);
                json.WriteNumber("basicallyMet", grades.BasicallyMet);
                json.WriteNumber("notMet", grades.NotMet);
                json.WriteNumber("noData", grades.NoData);
                json.WriteNumber("periodNotEnded", grades.PeriodNotEnded);
                json.WriteNumber("withoutTarget", grades.WithoutTarget);
                json.WriteNumber("graded", grades.Graded);
                json.WriteNumber("metOrExceeded", grades.MetOrExceeded);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteStartArray("sections");
        foreach (var section in report.Sections)
        {
            json.WriteStartObject();
            json.WriteString("heading", section.Heading);
            // The full text, encoded at once: the lagging report's every item, as the JSON report has always carried it.
            json.WriteString("text", section.Lines is { } lines ? string.Join(Environment.NewLine, lines()) : section.Text);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteValue(Utf8JsonWriter json, string key, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNull(key);
                break;
            case bool flag:
                json.WriteBoolean(key, flag);
                break;
            case decimal number:
                json.WriteNumber(key, number);
                break;
            case IReadOnlyList<string> words:
                json.WriteStartArray(key);
                foreach (var word in words)
                {
                    json.WriteStringValue(word);
                }

                json.WriteEndArray();
                break;
            case Goal goal:
                json.WriteStartObject(key);
                json.WriteString("kind", goal.Kind.ToString());
                json.WriteNumber("low", goal.Low);
                json.WriteNumber("high", goal.High);
                json.WriteNumber("tolerance", goal.Tolerance);
                json.WriteEndObject();
                break;
            default:
                json.WriteString(key, Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }
}
