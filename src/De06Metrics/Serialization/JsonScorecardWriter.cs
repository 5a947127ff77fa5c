using System.Text.Encodings.Web;
using System.Text.Json;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Scorecards;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Serialization;

/// <summary>Writes the JSON form of a scorecard, in the order the reader reads it. Stateless.</summary>
internal static class JsonScorecardWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Vietnamese letters are written as themselves, not as \u escapes, so that the file reads as text.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    public static void Write(Scorecard scorecard, Stream stream)
    {
        using var writer = new Utf8JsonWriter(stream, Options);
        writer.WriteStartObject();
        writer.WriteNumber("version", 1);
        writer.WriteStartArray("units");
        foreach (var unit in scorecard.Units.Units)
        {
            WriteUnit(writer, unit);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("indicators");
        foreach (var indicator in scorecard.Indicators)
        {
            WriteIndicator(writer, indicator);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("targets");
        foreach (var target in scorecard.Targets)
        {
            WriteTarget(writer, target);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("observations");
        foreach (var observation in scorecard.Observations)
        {
            WriteObservation(writer, scorecard.GetIndicator(observation.Indicator), observation);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
        stream.WriteByte((byte)'\n');
    }

    private static void WriteUnit(Utf8JsonWriter writer, ResponsibleUnit unit)
    {
        writer.WriteStartObject();
        writer.WriteString("id", unit.Id.Value);
        WriteText(writer, "name", unit.Name);
        writer.WriteString("kind", Tokens.UnitKinds.Format(unit.Kind));
        if (unit.ParentId is { } parent)
        {
            writer.WriteString("parent", parent.Value);
        }

        writer.WriteEndObject();
    }

    private static void WriteIndicator(Utf8JsonWriter writer, Indicator indicator)
    {
        writer.WriteStartObject();
        writer.WriteString("code", indicator.Code.Value);
        WriteText(writer, "name", indicator.Name);
        var measure = indicator.Measure;
        writer.WriteStartObject("measure");
        writer.WriteString("kind", Tokens.Measures.Format(Tokens.FormOf(measure)));
        if (measure.CountUnit is { } countUnit)
        {
            WriteText(writer, "unit", countUnit);
        }

        if (measure.Kind == MeasureKind.Money)
        {
            writer.WriteString("currency", measure.Currency.Code);
            writer.WriteString("scale", Tokens.MoneyScales.Format(measure.Scale));
        }

        if (measure.Kind == MeasureKind.Score)
        {
            writer.WriteNumber("maximum", measure.MaximumScore);
        }

        writer.WriteEndObject();
        writer.WriteString("polarity", Tokens.Polarities.Format(indicator.Polarity));
        writer.WriteNumber("decimals", indicator.DisplayDecimals);
        writer.WriteString("rollUp", Tokens.RollUps.Format(indicator.RollUp));
        WriteResponsibility(writer, indicator.Responsibility);
        writer.WriteEndObject();
    }

    private static void WriteTarget(Utf8JsonWriter writer, Target target)
    {
        writer.WriteStartObject();
        WriteKey(writer, target.Key);
        var form = Tokens.FormOf(target.Goal);
        writer.WriteStartObject("goal");
        writer.WriteString("kind", Tokens.Goals.Format(form));
        if (form is not (GoalForm.Yes or GoalForm.No))
        {
            writer.WriteNumber("value", target.Goal.Low);
        }

        if (form == GoalForm.Between)
        {
            writer.WriteNumber("high", target.Goal.High);
        }

        if (form == GoalForm.Exactly)
        {
            writer.WriteNumber("tolerance", target.Goal.Tolerance);
        }

        writer.WriteEndObject();
        WriteResponsibility(writer, target.Responsibility);
        WriteSource(writer, target.Source);
        writer.WriteEndObject();
    }

    private static void WriteObservation(Utf8JsonWriter writer, Indicator indicator, Observation observation)
    {
        writer.WriteStartObject();
        WriteKey(writer, observation.Key);
        var (value, numerator, denominator) = ItemRules.Parts(indicator, observation.Value);
        if (value is { } plain)
        {
            writer.WriteNumber("value", plain);
        }
        else
        {
            writer.WriteNumber("numerator", numerator!.Value);
            writer.WriteNumber("denominator", denominator!.Value);
        }

        if (observation.AsOf is { } asOf)
        {
            writer.WriteString("asOf", FieldValues.FormatDate(asOf));
        }

        WriteSource(writer, observation.Source);
        writer.WriteEndObject();
    }

    private static void WriteKey(Utf8JsonWriter writer, IndicatorKey key)
    {
        writer.WriteString("indicator", key.Indicator.Value);
        writer.WriteString("unit", key.Unit.Value);
        writer.WriteString("period", key.Period.ToString("I", null));
    }

    private static void WriteText(Utf8JsonWriter writer, string name, LocalizedText text)
    {
        writer.WriteStartObject(name);
        writer.WriteString("vi", text.Vietnamese);
        if (text.English is { } english)
        {
            writer.WriteString("en", english);
        }

        writer.WriteEndObject();
    }

    private static void WriteResponsibility(Utf8JsonWriter writer, Responsibility? responsibility)
    {
        if (responsibility is null)
        {
            return;
        }

        writer.WriteStartObject("responsibility");
        writer.WriteString("lead", responsibility.Lead.Value);
        if (!responsibility.Coordinating.IsEmpty)
        {
            writer.WriteStartArray("coordinating");
            foreach (var unit in responsibility.Coordinating)
            {
                writer.WriteStringValue(unit.Value);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void WriteSource(Utf8JsonWriter writer, SourceReference? source)
    {
        if (source is null)
        {
            return;
        }

        writer.WriteStartObject("source");
        writer.WriteString("document", source.Document);
        if (source.IssuedOn is { } date)
        {
            writer.WriteString("issuedOn", FieldValues.FormatDate(date));
        }

        if (source.Note is { } note)
        {
            writer.WriteString("note", note);
        }

        writer.WriteEndObject();
    }
}
