using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.DotNet.Interactive.Events;

namespace De06Metrics.Notebooks.Tests;

/// <summary>
/// A notebook run's outputs in the shape nbformat 4 stores them in an .ipynb, as Jupyter writes them: standard output
/// as <c>stream</c> (consecutive writes joined), a displayed value as <c>display_data</c>, a cell's returned value as
/// <c>execute_result</c>, each value under its MIME types (<c>text/html</c>, <c>text/plain</c>).
/// </summary>
/// <remarks>
/// The host's own messages are not outputs of the notebook and are left out: the progress and list of a package
/// restore (they name the machine's folders and vary from run to run), and the updates of a displayed value.
/// </remarks>
internal static class NotebookOutputs
{
    private static readonly JsonSerializerOptions Json = new()
    {
        // As Jupyter writes a notebook: one space per level, letters as themselves.
        WriteIndented = true,
        IndentSize = 1,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Whether a displayed value is the notebook's own, not the host's package-restore message.</summary>
    public static bool IsShown(DisplayEvent display) =>
        display is not DisplayedValueUpdated && display.Value?.GetType().Name != "InstallPackagesMessage";

    /// <summary>The cell's outputs as an nbformat <c>outputs</c> array.</summary>
    public static JsonArray Of(CellOutputs cell, int executionCount)
    {
        var outputs = new JsonArray();
        var stdout = new StringBuilder();
        var stderr = new StringBuilder();

        void Flush()
        {
            if (stdout.Length > 0)
            {
                outputs.Add(Stream("stdout", stdout.ToString()));
                stdout.Clear();
            }

            if (stderr.Length > 0)
            {
                outputs.Add(Stream("stderr", stderr.ToString()));
                stderr.Clear();
            }
        }

        foreach (var e in cell.Events)
        {
            switch (e)
            {
                case StandardOutputValueProduced output:
                    stdout.Append(string.Concat(output.FormattedValues.Where(v => v.MimeType == "text/plain").Select(v => v.Value)));
                    break;
                case StandardErrorValueProduced error:
                    stderr.Append(string.Concat(error.FormattedValues.Where(v => v.MimeType == "text/plain").Select(v => v.Value)));
                    break;
                case ReturnValueProduced returned when IsShown(returned):
                    Flush();
                    outputs.Add(new JsonObject
                    {
                        ["data"] = Data(returned),
                        ["execution_count"] = executionCount,
                        ["metadata"] = new JsonObject(),
                        ["output_type"] = "execute_result",
                    });
                    break;
                case DisplayEvent displayed when IsShown(displayed):
                    Flush();
                    outputs.Add(new JsonObject
                    {
                        ["data"] = Data(displayed),
                        ["metadata"] = new JsonObject(),
                        ["output_type"] = "display_data",
                    });
                    break;
            }
        }

        Flush();
        return outputs;
    }

    /// <summary>The notebook's text with each code cell's outputs and execution count replaced by the run's.</summary>
    public static string WithOutputs(string notebookText, NotebookRun run)
    {
        var notebook = JsonNode.Parse(notebookText)!;
        var cells = CodeCells(notebook);
        if (cells.Count != run.Cells.Count)
        {
            throw new InvalidOperationException($"{run.Notebook} has {cells.Count} code cells, the run {run.Cells.Count}.");
        }

        for (var i = 0; i < cells.Count; i++)
        {
            cells[i]["execution_count"] = i + 1;
            cells[i]["outputs"] = Of(run.Cells[i], i + 1);
        }

        return notebook.ToJsonString(Json) + "\n";
    }

    /// <summary>The saved outputs of each code cell, as the file holds them.</summary>
    public static IReadOnlyList<JsonArray> Saved(string notebookText) =>
        CodeCells(JsonNode.Parse(notebookText)!).Select(cell => cell["outputs"]?.AsArray() ?? []).ToList();

    /// <summary>An output as text, one line per line, to show where saved and run outputs part.</summary>
    public static string Text(JsonNode? outputs) => outputs?.ToJsonString(Json) ?? "(none)";

    private static List<JsonObject> CodeCells(JsonNode notebook) =>
        notebook["cells"]!.AsArray().Select(cell => cell!.AsObject()).Where(cell => (string?)cell["cell_type"] == "code").ToList();

    private static JsonObject Data(DisplayEvent e)
    {
        var data = new JsonObject();
        foreach (var value in e.FormattedValues.OrderBy(v => v.MimeType, StringComparer.Ordinal))
        {
            data[value.MimeType] = Lines(value.Value);
        }

        return data;
    }

    private static JsonObject Stream(string name, string text) => new()
    {
        ["name"] = name,
        ["output_type"] = "stream",
        ["text"] = Lines(text),
    };

    /// <summary>A multi-line string as nbformat stores it: a list of lines, each keeping its line break.</summary>
    private static JsonArray Lines(string text)
    {
        var lines = new JsonArray();
        var start = 0;
        text = text.ReplaceLineEndings("\n");
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            var next = end < 0 ? text.Length : end + 1;
            lines.Add(text[start..next]);
            start = next;
        }

        return lines;
    }
}
