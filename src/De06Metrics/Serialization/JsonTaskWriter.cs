using System.Text.Encodings.Web;
using System.Text.Json;
using De06Metrics.Tasks;
using De06Metrics.Text;
using NodaTime;

namespace De06Metrics.Serialization;

/// <summary>Writes a task list in the form <see cref="JsonTaskReader"/> reads.</summary>
internal static class JsonTaskWriter
{
    public static void Write(TaskList tasks, Stream utf8Json)
    {
        using (var json = new Utf8JsonWriter(utf8Json, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" }))
        {
            json.WriteStartObject();
            if (tasks.Items?.CountUnit is { } noun)
            {
                json.WriteStartObject("taskItems");
                json.WriteString("vi", noun.Vietnamese);
                WriteIfAny(json, "en", noun.English);
                WriteIfAny(json, "enSingular", tasks.Items.CountUnitSingular);
                json.WriteEndObject();
            }

            json.WriteStartArray("tasks");
            foreach (var task in tasks.Tasks)
            {
                WriteTask(json, task);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        utf8Json.WriteByte((byte)'\n');
    }

    private static void WriteTask(Utf8JsonWriter json, PlanTask task)
    {
        json.WriteStartObject();
        json.WriteString("code", task.Code);
        WriteText(json, "name", task.Name);
        json.WriteStartObject("responsibility");
        json.WriteString("lead", task.Responsibility.Lead.Value);
        if (!task.Responsibility.Coordinating.IsEmpty)
        {
            json.WriteStartArray("coordinating");
            foreach (var unit in task.Responsibility.Coordinating)
            {
                json.WriteStringValue(unit.Value);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        WriteDate(json, "start", task.Start);
        WriteDate(json, "deadline", task.Deadline);
        if (!task.Milestones.IsEmpty)
        {
            json.WriteStartArray("milestones");
            foreach (var milestone in task.Milestones)
            {
                json.WriteStartObject();
                WriteDate(json, "due", milestone.Due);
                if (milestone.Name is { } name)
                {
                    WriteText(json, "name", name);
                }

                WriteDate(json, "doneOn", milestone.DoneOn);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        if (task.Quantity is { } quantity)
        {
            json.WriteStartObject("count");
            json.WriteNumber("toReach", quantity.ToReach);
            json.WriteNumber("done", quantity.Done);
            WriteDate(json, "countedOn", quantity.CountedOn);
            json.WriteEndObject();
        }

        WriteDate(json, "doneOn", task.DoneOn);
        WriteIfAny(json, "notes", task.Notes);
        if (task.Source is { } source)
        {
            json.WriteStartObject("source");
            json.WriteString("document", source.Document);
            WriteDate(json, "issuedOn", source.IssuedOn);
            WriteIfAny(json, "note", source.Note);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteText(Utf8JsonWriter json, string name, LocalizedText text)
    {
        json.WriteStartObject(name);
        json.WriteString("vi", text.Vietnamese);
        WriteIfAny(json, "en", text.English);
        json.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter json, string name, LocalDate? date)
    {
        if (date is { } day)
        {
            json.WriteString(name, ValueText.FormatDate(day));
        }
    }

    private static void WriteIfAny(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
