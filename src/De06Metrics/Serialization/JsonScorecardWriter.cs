using System.Text.Encodings.Web;
using System.Text.Json;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Scorecards;
using De06Metrics.Text;
using De06Metrics.Timeline;
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

    /// <summary>The options that change results and differ from the defaults, as the <c>options</c> object; nothing when none does.</summary>
    private static void WriteOptions(Utf8JsonWriter writer, ScorecardOptions options)
    {
        var written = false;
        foreach (var (name, _, value) in OptionRules.Written(options))
        {
            if (!written)
            {
                writer.WriteStartObject("options");
                written = true;
            }

            switch (value)
            {
                case decimal number:
                    writer.WriteNumber(name, number);
                    break;
                case bool flag:
                    writer.WriteBoolean(name, flag);
                    break;
                default:
                    writer.WriteString(name, (string)value);
                    break;
            }
        }

        if (written)
        {
            writer.WriteEndObject();
        }
    }

    public static void Write(Scorecard scorecard, Stream stream)
    {
        using var writer = new Utf8JsonWriter(stream, Options);
        writer.WriteStartObject();
        writer.WriteNumber("version", 1);
        var timeline = scorecard.Timeline;
        if (timeline is not null)
        {
            writer.WriteString("successionDates", Tokens.SuccessionDates.Format(timeline.Basis));
        }

        if (scorecard.DataClosingRule is { } closing)
        {
            // A rule of its own closing day is written as the day, a JSON number.
            if (closing.ClosingDay is { } day && closing != Periods.DataClosingRule.Decree09)
            {
                writer.WriteNumber("dataClosing", day);
            }
            else
            {
                writer.WriteString("dataClosing", TrajectoryRules.FormatDataClosing(closing));
            }
        }

        WriteOptions(writer, scorecard.Options);
        writer.WriteStartArray("units");
        if (timeline is null)
        {
            foreach (var unit in scorecard.Units.Units)
            {
                WriteUnit(writer, unit, default);
            }
        }
        else
        {
            // Every unit the timeline knows, as it stood when it came into force, with its first and last day.
            foreach (var id in timeline.KnownUnits)
            {
                WriteUnit(writer, timeline.VersionsOf(id)[0].Unit, timeline.ValidityOf(id));
            }
        }

        writer.WriteEndArray();
        writer.WriteStartArray("indicators");
        foreach (var indicator in scorecard.Indicators)
        {
            WriteIndicator(writer, indicator);
        }

        writer.WriteEndArray();
        if (timeline is not null)
        {
            writer.WriteStartArray("successions");
            foreach (var e in timeline.Events)
            {
                WriteSuccession(writer, e);
            }

            writer.WriteEndArray();
        }

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
        if (!scorecard.Notes.IsEmpty)
        {
            writer.WriteStartArray("notes");
            foreach (var note in scorecard.Notes)
            {
                WriteNote(writer, note);
            }

            writer.WriteEndArray();
        }

        if (!scorecard.Trajectories.IsEmpty)
        {
            writer.WriteStartArray("trajectories");
            foreach (var trajectory in scorecard.Trajectories)
            {
                WriteTrajectory(writer, trajectory);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
        writer.Flush();
        stream.WriteByte((byte)'\n');
    }

    private static void WriteUnit(Utf8JsonWriter writer, ResponsibleUnit unit, ValidityInterval validity)
    {
        writer.WriteStartObject();
        writer.WriteString("id", unit.Id.Value);
        WriteText(writer, "name", unit.Name);
        writer.WriteString("kind", Tokens.UnitKinds.Format(unit.Kind));
        if (unit.ParentId is { } parent)
        {
            writer.WriteString("parent", parent.Value);
        }

        if (validity.Start is { } first)
        {
            writer.WriteString("validFrom", ValueText.FormatDate(first));
        }

        if (validity.End is { } last)
        {
            writer.WriteString("validTo", ValueText.FormatDate(last));
        }

        writer.WriteEndObject();
    }

    private static void WriteSuccession(Utf8JsonWriter writer, SuccessionEvent e)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", Tokens.SuccessionKinds.Format(e.Kind));
        writer.WriteString("effectiveOn", ValueText.FormatDate(e.EffectiveOn));
        if (e.HasSeparateOperationalDate)
        {
            writer.WriteString("operationalOn", ValueText.FormatDate(e.OperationalOn));
        }

        switch (e)
        {
            case UnitEstablishment establishment:
                writer.WriteString("unit", establishment.Unit.Id.Value);
                break;
            case UnitMerger merger:
                WriteIds(writer, "merged", merger.Merged.Select(unit => unit.Value));
                writer.WriteString("into", merger.Successor.Value);
                break;
            case UnitSplit split:
                writer.WriteString("unit", split.Unit.Value);
                writer.WriteStartArray("parts");
                foreach (var part in split.Parts)
                {
                    writer.WriteStartObject();
                    writer.WriteString("unit", part.Successor.Value);
                    if (part.Share is { } share)
                    {
                        writer.WriteNumber("share", share);
                    }

                    if (!part.Children.IsEmpty)
                    {
                        WriteIds(writer, "children", part.Children.Select(child => child.Value));
                    }

                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                break;
            case UnitRename rename:
                writer.WriteString("unit", rename.Unit.Value);
                WriteText(writer, "name", rename.NewName);
                break;
            case FunctionTransfer transfer:
                writer.WriteString("from", transfer.From.Value);
                writer.WriteString("to", transfer.To.Value);
                WriteIds(writer, "indicators", transfer.Indicators.Select(code => code.Value));
                if (transfer.Description is { } description)
                {
                    WriteText(writer, "description", description);
                }

                break;
            case UnitAbolition abolition:
                writer.WriteString("unit", abolition.Unit.Value);
                if (abolition.ChildrenMoveTo is { } children)
                {
                    writer.WriteString("childrenTo", children.Value);
                }

                if (abolition.ResponsibilitiesTo is { } heir)
                {
                    writer.WriteString("responsibilitiesTo", heir.Value);
                }

                break;
        }

        WriteSource(writer, e.Source);
        writer.WriteEndObject();
    }

    private static void WriteIds(Utf8JsonWriter writer, string name, IEnumerable<string> ids)
    {
        writer.WriteStartArray(name);
        foreach (var id in ids)
        {
            writer.WriteStringValue(id);
        }

        writer.WriteEndArray();
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

        if (measure.CountUnitSingular is { } singular)
        {
            writer.WriteString("unitSingular", singular);
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

        if (measure.PerUnit is { } perUnit)
        {
            WriteText(writer, "per", perUnit);
            if (measure.PerUnitSingular is { } perSingular)
            {
                writer.WriteString("perSingular", perSingular);
            }

            if (measure.PerQuantity != 1m)
            {
                writer.WriteNumber("perQuantity", measure.PerQuantity);
            }
        }

        writer.WriteEndObject();
        writer.WriteString("polarity", Tokens.Polarities.Format(indicator.Polarity));
        writer.WriteNumber("decimals", indicator.DisplayDecimals);
        writer.WriteString("rollUp", Tokens.RollUps.Format(indicator.RollUp));
        // Written only when it is not the measure's natural kind, so that a file without it reads back the same.
        if (indicator.Accumulation != Indicator.DefaultAccumulation(indicator.Measure))
        {
            writer.WriteString("accumulation", Tokens.Accumulations.Format(indicator.Accumulation));
        }

        WriteResponsibility(writer, indicator.Responsibility);
        if (indicator.Formula is { } formula)
        {
            writer.WriteStartObject("formula");
            writer.WriteString("kind", Tokens.Formulas.Format(formula.Kind));
            writer.WriteStartArray("parts");
            foreach (var part in formula.Parts)
            {
                writer.WriteStringValue(part.Value);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }
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
        if (target.Start is { } start)
        {
            if (start is { Value: { } startValue, Date: { } startDate })
            {
                writer.WriteStartObject("start");
                writer.WriteNumber("value", startValue);
                writer.WriteString("date", ValueText.FormatDate(startDate));
                writer.WriteEndObject();
            }
            else
            {
                writer.WriteString("start", "previous");
            }
        }

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
            writer.WriteString("asOf", ValueText.FormatDate(asOf));
        }

        WriteSource(writer, observation.Source);
        if (observation.Status != ValueStatus.Reported)
        {
            writer.WriteString("status", Tokens.ValueStatuses.Format(observation.Status));
        }

        if (observation.StatusNote is { } statusNote)
        {
            writer.WriteString("statusNote", statusNote);
        }

        if (observation.PublishedOn is { } publishedOn)
        {
            writer.WriteString("publishedOn", ValueText.FormatDate(publishedOn));
        }

        writer.WriteEndObject();
    }

    private static void WriteNote(Utf8JsonWriter writer, RowNote note)
    {
        writer.WriteStartObject();
        WriteKey(writer, note.Key);
        if (note.Text is { } text)
        {
            writer.WriteString("text", text);
        }

        if (note.Override is { } set)
        {
            writer.WriteStartObject("override");
            writer.WriteString("status", Tokens.Verdicts.Format(set.Status));
            writer.WriteString("reason", set.Reason);
            writer.WriteString("setBy", set.SetBy);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteTrajectory(Utf8JsonWriter writer, ScorecardTrajectory item)
    {
        var trajectory = item.Trajectory;
        writer.WriteStartObject();
        writer.WriteString("indicator", item.Indicator.Value);
        if (item.Unit is { } unit)
        {
            writer.WriteString("unit", unit.Value);
        }

        writer.WriteString("method", TrajectoryRules.Methods.Format(trajectory.Method));
        WriteMilestone(writer, "baseline", trajectory.Baseline);
        WriteMilestone(writer, "end", trajectory.Target);
        if (trajectory.GivenMilestones.Count > 0)
        {
            writer.WriteStartArray("milestones");
            foreach (var milestone in trajectory.GivenMilestones)
            {
                WriteMilestone(writer, null, milestone);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void WriteMilestone(Utf8JsonWriter writer, string? name, Growth.TrajectoryMilestone milestone)
    {
        if (name is null)
        {
            writer.WriteStartObject();
        }
        else
        {
            writer.WriteStartObject(name);
        }

        writer.WriteNumber("year", milestone.Year);
        writer.WriteNumber("value", milestone.Value);
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
            writer.WriteString("issuedOn", ValueText.FormatDate(date));
        }

        if (source.Note is { } note)
        {
            writer.WriteString("note", note);
        }

        writer.WriteEndObject();
    }
}
