using System.Globalization;
using System.Text.Json;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Scorecards;
using De06Metrics.Tasks;
using De06Metrics.Text;
using De06Metrics.Units;
using NodaTime;

namespace De06Metrics.Serialization;

/// <summary>
/// Reads the <c>tasks</c> array and the <c>taskItems</c> noun of a JSON object (a scorecard file, or a file of tasks
/// alone), every problem at its line, column and JSON path. The scorecard reader skips both properties; this reader
/// skips everything else.
/// </summary>
internal sealed class JsonTaskReader
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private static readonly string[] TaskFields = ["code", "name", "responsibility", "start", "deadline", "milestones", "count", "doneOn", "notes", "source"];

    private readonly JsonTokenStream tokens;
    private readonly string file;
    private readonly TaskListBuilder builder;
    private readonly ValueText values = new();
    private Measure? items;
    private LocatedJsonValue item = null!;
    private string itemPath = string.Empty;
    private bool itemFailed;

    // The value whose problems are being located: its bytes, where they start in the file, and the place of that start.
    private HeldValue held;

    private JsonTaskReader(JsonTokenStream tokens, string file, Scorecard scorecard)
    {
        this.tokens = tokens;
        this.file = file;
        builder = new TaskListBuilder(scorecard);
    }

    public static TaskReadResult Read(ReadOnlyMemory<byte> utf8, string file, Scorecard scorecard) =>
        Read(new JsonTokenStream(utf8, Options), file, scorecard);

    /// <summary>Reads a stream token by token, holding only the <c>tasks</c> and <c>taskItems</c> values whole.</summary>
    public static TaskReadResult Read(Stream utf8, string file, Scorecard scorecard) =>
        Read(new JsonTokenStream(utf8, Options), file, scorecard);

    private static TaskReadResult Read(JsonTokenStream tokens, string file, Scorecard scorecard)
    {
        var reader = new JsonTaskReader(tokens, file, scorecard);
        reader.ReadAll();
        return reader.builder.Build();
    }

    private void ReadAll()
    {
        HeldValue? tasks = null;
        HeldValue? noun = null;
        try
        {
            if (tokens.IsBlank() || !tokens.Read() || tokens.TokenType != JsonTokenType.StartObject)
            {
                // The scorecard reader reports a file that is empty or not an object.
                return;
            }

            // Everything but the two task properties is skipped token by token, so a large scorecard file costs no
            // more memory than its tasks.
            while (tokens.Read() && tokens.TokenType == JsonTokenType.PropertyName)
            {
                var name = tokens.PropertyName;
                if (name == "tasks" && tasks is null)
                {
                    tasks = ReadWhole();
                }
                else if (name == "taskItems" && noun is null)
                {
                    noun = ReadWhole();
                }
                else
                {
                    tokens.SkipValue();
                }
            }
        }
        catch (JsonException)
        {
            // The scorecard reader reports malformed JSON with its place; the tasks read before it are kept.
        }

        if (noun is { } nounHeld)
        {
            held = nounHeld;
            items = ReadNoun(nounHeld.Value);
            builder.Items = items;
        }

        if (tasks is not { } tasksHeld)
        {
            return;
        }

        held = tasksHeld;
        var tasksValue = tasksHeld.Value;
        if (tasksValue.Kind != JsonTokenType.StartArray)
        {
            builder.Report(new DataProblem(At(tasksValue.Offset, "$.tasks"), "expected an array of tasks.", "tasks"));
            return;
        }

        for (var i = 0; i < tasksValue.Items!.Count; i++)
        {
            item = tasksValue.Items[i];
            itemPath = string.Create(CultureInfo.InvariantCulture, $"$.tasks[{i}]");
            itemFailed = false;
            if (item.Kind != JsonTokenType.StartObject)
            {
                builder.Report(new DataProblem(At(item.Offset, itemPath), "expected an object."));
                continue;
            }

            ReadTask();
        }
    }

    private Measure? ReadNoun(LocatedJsonValue noun)
    {
        item = noun;
        itemPath = "$";
        var vi = String("taskItems.vi", required: false, trim: false, root: noun);
        var en = String("taskItems.en", required: false, trim: false, root: noun);
        var singular = String("taskItems.enSingular", required: false, trim: false, root: noun);
        if (noun.Kind != JsonTokenType.StartObject || vi is null)
        {
            builder.Report(new DataProblem(At(noun.Offset, "$.taskItems"), "expected an object with 'vi', 'en' and, optionally, 'enSingular': what each task is (\"mô hình\", \"models\").", "taskItems"));
            return null;
        }

        try
        {
            return Measure.Count(new LocalizedText(vi, en), singular);
        }
        catch (ArgumentException exception)
        {
            builder.Report(new DataProblem(At(noun.Offset, "$.taskItems"), ItemRules.FirstSentence(exception.Message), "taskItems"));
            return null;
        }
    }

    private void ReadTask()
    {
        foreach (var (name, nameOffset, _) in item.Properties!)
        {
            if (!TaskFields.Contains(name))
            {
                Fail(nameOffset, name, $"unknown property; a task has {string.Join(", ", TaskFields)}.");
            }
        }

        var code = String("code", required: true);
        var name2 = Text("name");
        var lead = String("responsibility.lead", required: true);
        var coordinating = UnitList("responsibility.coordinating");
        var start = Date("start", required: false);
        var deadline = Date("deadline", required: true);
        var doneOn = Date("doneOn", required: false);
        var notes = String("notes", required: false, trim: false);
        var milestones = Milestones();
        var quantity = Quantity();
        SourceReference? source = null;
        if (item["source"] is { Kind: JsonTokenType.StartObject })
        {
            var document = String("source.document", required: true, trim: false);
            var issued = Date("source.issuedOn", required: false);
            var note = String("source.note", required: false, trim: false);
            source = document is null ? null : new SourceReference(document, issued, note);
        }

        if (itemFailed || code is null || name2 is null || lead is null || deadline is null)
        {
            return;
        }

        builder.Add(
            () => new PlanTask(code, name2.Value, new Responsibility(new UnitId(lead), coordinating), deadline.Value, start, milestones, quantity?.Invoke(), doneOn, notes, source),
            At(item.Offset, itemPath),
            argument => argument switch
            {
                "lead" => (Place("responsibility.lead"), "responsibility.lead"),
                "coordinating" => (Place("responsibility.coordinating"), "responsibility.coordinating"),
                "deadline" or "milestones" or "doneOn" or "code" or "name" => (Place(argument), argument),
                "done" or "toReach" => (Place("count." + argument), "count." + argument),
                _ => (At(item.Offset, itemPath), null),
            });
    }

    private List<Milestone>? Milestones()
    {
        var node = item["milestones"];
        if (node is null || node.Kind == JsonTokenType.Null)
        {
            return null;
        }

        if (node.Kind != JsonTokenType.StartArray)
        {
            Fail(node.Offset, "milestones", "expected an array of milestones.");
            return null;
        }

        var result = new List<Milestone>();
        for (var i = 0; i < node.Items!.Count; i++)
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"milestones[{i}]");
            var step = node.Items[i];
            if (step.Kind != JsonTokenType.StartObject)
            {
                Fail(step.Offset, path, "expected an object with 'due' and, optionally, 'name' and 'doneOn'.");
                continue;
            }

            var due = Date("due", required: true, root: step, prefix: path);
            var done = Date("doneOn", required: false, root: step, prefix: path);
            LocalizedText? name = null;
            if (step["name"] is { } nameNode && nameNode.Kind != JsonTokenType.Null)
            {
                var vi = String("name.vi", required: true, trim: false, root: step, prefix: path);
                name = vi is null ? null : new LocalizedText(vi, String("name.en", required: false, trim: false, root: step, prefix: path));
            }

            if (due is { } date)
            {
                result.Add(new Milestone(date, name, done));
            }
        }

        return result;
    }

    private Func<TaskQuantity>? Quantity()
    {
        if (item["count"] is not { Kind: not JsonTokenType.Null } node)
        {
            return null;
        }

        if (node.Kind != JsonTokenType.StartObject)
        {
            Fail(node.Offset, "count", "expected an object with 'toReach', 'done' and 'countedOn'.");
            return null;
        }

        var toReach = Number("count.toReach");
        var done = Number("count.done");
        var countedOn = Date("count.countedOn", required: true);
        var measure = items ?? Measure.Count();
        if (toReach is null || done is null || countedOn is null)
        {
            return null;
        }

        // The quantity's own refusals (a count done above the count to reach) are reported with the task's.
        return () => new TaskQuantity(measure, toReach.Value, done.Value, countedOn.Value);
    }

    private decimal? Number(string path)
    {
        var node = item.Find(path);
        if (node is null || node.Kind == JsonTokenType.Null)
        {
            Fail(item.Offset, path, $"the property '{path}' is missing.");
            return null;
        }

        if (node.Number is not { } number)
        {
            Fail(node.Offset, path, "expected a number.", node.Raw);
            return null;
        }

        return number;
    }

    private System.Collections.Immutable.ImmutableArray<UnitId> UnitList(string path)
    {
        var node = item.Find(path);
        if (node is null || node.Kind == JsonTokenType.Null)
        {
            return [];
        }

        if (node.Kind != JsonTokenType.StartArray)
        {
            Fail(node.Offset, path, "expected an array of unit ids.");
            return [];
        }

        var ids = new List<UnitId>();
        foreach (var entry in node.Items!)
        {
            if (entry.Kind != JsonTokenType.String || string.IsNullOrWhiteSpace(entry.Text))
            {
                Fail(entry.Offset, path, "expected a unit id.", entry.Raw);
                continue;
            }

            ids.Add(new UnitId(entry.Text.Trim()));
        }

        return [.. ids];
    }

    private LocalizedText? Text(string path)
    {
        var node = item.Find(path);
        if (node is not { Kind: JsonTokenType.StartObject })
        {
            Fail(node?.Offset ?? item.Offset, path, node is null ? $"the property '{path}' is missing." : "expected an object with 'vi' and, optionally, 'en'.");
            return null;
        }

        var vi = String(path + ".vi", required: true, trim: false);
        return vi is null ? null : new LocalizedText(vi, String(path + ".en", required: false, trim: false));
    }

    private LocalDate? Date(string path, bool required, LocatedJsonValue? root = null, string? prefix = null)
    {
        var text = String(path, required, trim: true, root, prefix);
        if (text is null)
        {
            return null;
        }

        if (values.TryDate(text, out var date, out var error))
        {
            return date;
        }

        var node = (root ?? item).Find(path)!;
        Fail(node.Offset, Join(prefix, path), error, text);
        return null;
    }

    private string? String(string path, bool required, bool trim = true, LocatedJsonValue? root = null, string? prefix = null)
    {
        var parent = root ?? item;
        // The noun's paths name the property itself; inside it, read from its own object.
        var lookup = path.StartsWith("taskItems.", StringComparison.Ordinal) ? path["taskItems.".Length..] : path;
        var node = parent.Find(lookup);
        if (node is null || node.Kind == JsonTokenType.Null)
        {
            if (required)
            {
                Fail(parent.Offset, Join(prefix, path), $"the property '{path}' is missing.");
            }

            return null;
        }

        if (node.Kind != JsonTokenType.String || node.Text is null)
        {
            Fail(node.Offset, Join(prefix, path), "expected a string.", node.Raw);
            return null;
        }

        var text = trim ? node.Text.Trim() : node.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                Fail(node.Offset, Join(prefix, path), "the text is empty.");
            }

            return null;
        }

        return text;
    }

    private static string Join(string? prefix, string path) => prefix is null ? path : prefix + "." + path;

    private DataLocation Place(string field) => At(item.Find(field)?.Offset ?? item.Offset, itemPath + "." + field);

    private void Fail(long offset, string field, string message, string? value = null)
    {
        itemFailed = true;
        builder.Report(new DataProblem(At(offset, itemPath + "." + field), message, field, value));
    }

    /// <summary>Reads the value that follows whole, keeping a copy of its bytes to place its problems.</summary>
    private HeldValue ReadWhole()
    {
        tokens.ReadValue(out var bytes, out var offset);
        var reader = new Utf8JsonReader(bytes.Span, Options);
        reader.Read();
        return new HeldValue(LocatedJsonValue.Read(ref reader, offset), bytes.ToArray(), offset, tokens.PlaceOf(offset));
    }

    private DataLocation At(long offset, string path)
    {
        // Only a problem asks for its place, so counting from the start of the bytes each time costs nothing per task.
        var (line, column) = JsonTokenStream.PlaceWithin(held.Bytes, held.Place, held.Offset, offset);
        return new DataLocation(file, line, column, path);
    }

    private readonly record struct HeldValue(LocatedJsonValue Value, byte[] Bytes, long Offset, (int Line, int Column) Place);
}
