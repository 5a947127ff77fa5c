using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using De06Metrics.Composite;
using De06Metrics.Text;

namespace De06Metrics.Serialization;

/// <summary>
/// Writes the statistical audit and the uncertainty analysis of a composite index as JSON: every figure, the choices
/// that produced it, and for a figure that is not meaningful its reason in Vietnamese and English instead of a number.
/// </summary>
/// <remarks>
/// A figure is written either as a JSON number (the <see cref="double"/> as computed, round-trip precision) or as
/// <c>{"reason": {"vi": "…", "en": "…"}}</c>; never NaN, which JSON cannot hold. Stateless and thread-safe.
/// </remarks>
public static class CompositeJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Vietnamese letters are written as themselves, not as \u escapes, so that the file reads as text.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    /// <summary>
    /// Writes an audit: the labels, the Pearson and Spearman matrices, alpha per dimension, the principal components,
    /// skewness and kurtosis per indicator, the flags with their sentences and, when an outlier treatment changed any
    /// value, <c>treatments</c>: each value's unit, code, before, after and sentence.
    /// </summary>
    /// <param name="audit">The audit.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="audit"/> is <see langword="null"/>.</exception>
    public static string Write(IndexAudit audit)
    {
        ArgumentNullException.ThrowIfNull(audit);
        return Write(writer =>
        {
            writer.WriteStartObject();
            WriteText(writer, "index", audit.Index.Name);
            writer.WriteStartArray("labels");
            foreach (var label in audit.Pearson.Labels)
            {
                writer.WriteStringValue(label.In(Language.English));
            }

            writer.WriteEndArray();
            WriteMatrix(writer, "pearson", audit.Pearson);
            WriteMatrix(writer, "spearman", audit.Spearman);
            writer.WriteStartObject("cronbachAlpha");
            for (var d = 0; d < audit.Index.Dimensions.Count; d++)
            {
                WriteFigure(writer, audit.Index.Dimensions[d].Code, audit.CronbachAlpha[d]);
            }

            writer.WriteEndObject();
            var components = audit.PrincipalComponents;
            writer.WriteStartObject("principalComponents");
            writer.WriteNumber("unitsUsed", components.UnitsUsed);
            if (components.Reason is { } reason)
            {
                WriteText(writer, "reason", reason);
            }
            else
            {
                WriteNumbers(writer, "eigenvalues", components.Eigenvalues);
                WriteNumbers(writer, "explainedShares", components.ExplainedShares);
                writer.WriteStartArray("loadings");
                for (var c = 0; c < components.Eigenvalues.Count; c++)
                {
                    WriteNumbers(writer, null, [.. Enumerable.Range(0, components.Codes.Count).Select(i => components.Loading(c, i))]);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
            writer.WriteStartObject("shape");
            for (var i = 0; i < audit.Index.Indicators.Count; i++)
            {
                writer.WriteStartObject(audit.Index.Indicators[i].Code.ToString());
                WriteFigure(writer, "skewness", audit.Skewness[i]);
                WriteFigure(writer, "kurtosis", audit.Kurtosis[i]);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteStartArray("flags");
            foreach (var flag in audit.Flags)
            {
                writer.WriteStartObject();
                writer.WriteString("kind", flag.Kind.ToString());
                writer.WriteStartArray("codes");
                foreach (var code in flag.Codes)
                {
                    writer.WriteStringValue(code);
                }

                writer.WriteEndArray();
                writer.WriteNumber("value", flag.Value);
                if (flag.SecondValue is { } second)
                {
                    writer.WriteNumber("kurtosis", second);
                }

                WriteText(writer, "text", new LocalizedText(flag.Describe(Language.Vietnamese), flag.Describe(Language.English)));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            if (audit.Treatments.Count > 0)
            {
                writer.WriteStartArray("treatments");
                foreach (var treated in audit.Treatments)
                {
                    writer.WriteStartObject();
                    writer.WriteString("unit", treated.Unit.ToString());
                    writer.WriteString("code", treated.Code.ToString());
                    writer.WriteNumber("before", treated.Before);
                    writer.WriteNumber("after", treated.After);
                    WriteText(writer, "text", new LocalizedText(treated.Describe(Language.Vietnamese), treated.Describe(Language.English)));
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        });
    }

    /// <summary>
    /// Writes an uncertainty analysis: its choices (samples, seed, weights, normalisations, aggregations), each unit's
    /// rank interval and the first-order indices.
    /// </summary>
    /// <param name="result">The result.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is <see langword="null"/>.</exception>
    public static string Write(UncertaintyResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var analysis = result.Analysis;
        return Write(writer =>
        {
            writer.WriteStartObject();
            WriteText(writer, "index", result.Index.Name);
            writer.WriteStartObject("choices");
            writer.WriteNumber("samples", analysis.Samples);
            writer.WriteNumber("seed", analysis.Seed);
            writer.WriteStartObject("weights");
            writer.WriteString("method", analysis.Weights.Method.ToString());
            writer.WriteNumber("parameter", analysis.Weights.Parameter);
            writer.WriteEndObject();
            writer.WriteStartArray("normalisations");
            foreach (var normalisation in analysis.Normalisations)
            {
                writer.WriteStartObject();
                writer.WriteString("method", normalisation.Method.ToString());
                writer.WriteNumber("lower", normalisation.Lower);
                writer.WriteNumber("upper", normalisation.Upper);
                writer.WriteBoolean("capsAtTarget", normalisation.CapsAtTarget);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("aggregations");
            foreach (var aggregation in analysis.Aggregations)
            {
                writer.WriteStringValue(aggregation.ToString());
            }

            writer.WriteEndArray();
            writer.WriteBoolean("firstOrderIndices", analysis.FirstOrderIndices);
            WriteText(writer, "text", new LocalizedText(analysis.Describe(Language.Vietnamese), analysis.Describe(Language.English)));
            writer.WriteEndObject();
            writer.WriteStartArray("intervals");
            foreach (var interval in result.Intervals)
            {
                writer.WriteStartObject();
                writer.WriteString("unit", interval.Unit.ToString());
                WriteOptional(writer, "nominalRank", interval.NominalRank);
                writer.WriteNumber("samplesRanked", interval.SamplesRanked);
                WriteOptional(writer, "median", interval.Median);
                WriteOptional(writer, "low", interval.Low);
                WriteOptional(writer, "high", interval.High);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartObject("firstOrder");
            foreach (var index in result.FirstOrder)
            {
                WriteFigure(writer, index.Factor.ToString(), index.FirstOrder);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        });
    }

    private static string Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteMatrix(Utf8JsonWriter writer, string name, CorrelationMatrix matrix)
    {
        writer.WriteStartArray(name);
        for (var row = 0; row < matrix.Size; row++)
        {
            writer.WriteStartArray();
            for (var column = 0; column < matrix.Size; column++)
            {
                WriteFigure(writer, null, matrix[row, column]);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndArray();
    }

    private static void WriteFigure(Utf8JsonWriter writer, string? name, AuditFigure figure)
    {
        if (name is not null)
        {
            writer.WritePropertyName(name);
        }

        if (figure.Value is { } value)
        {
            writer.WriteNumberValue(value);
            return;
        }

        writer.WriteStartObject();
        WriteText(writer, "reason", figure.Reason!.Value);
        writer.WriteEndObject();
    }

    private static void WriteNumbers(Utf8JsonWriter writer, string? name, IReadOnlyList<double> values)
    {
        if (name is null)
        {
            writer.WriteStartArray();
        }
        else
        {
            writer.WriteStartArray(name);
        }

        foreach (var value in values)
        {
            writer.WriteNumberValue(value);
        }

        writer.WriteEndArray();
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteText(Utf8JsonWriter writer, string name, LocalizedText text)
    {
        writer.WriteStartObject(name);
        writer.WriteString("vi", text.In(Language.Vietnamese));
        writer.WriteString("en", text.In(Language.English));
        writer.WriteEndObject();
    }
}
