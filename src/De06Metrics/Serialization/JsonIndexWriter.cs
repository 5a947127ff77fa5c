using System.Text.Encodings.Web;
using System.Text.Json;
using De06Metrics.Composite;
using De06Metrics.Text;

namespace De06Metrics.Serialization;

/// <summary>Writes a composite index and its analysis's choices as the JSON <see cref="JsonIndexReader"/> reads.</summary>
internal static class JsonIndexWriter
{
    public static void Write(MultiLevelIndex index, UncertaintyAnalysis? uncertainty, Stream utf8)
    {
        using var json = new Utf8JsonWriter(utf8, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" });
        json.WriteStartObject();
        json.WriteNumber("version", 1);
        json.WriteStartObject("index");
        WriteName(json, index.Name);
        json.WriteString("aggregation", IndexWords.Word(IndexWords.Aggregations, index.Aggregation));
        json.WriteStartArray("dimensions");
        foreach (var dimension in index.Dimensions)
        {
            json.WriteStartObject();
            json.WriteString("code", dimension.Code);
            WriteName(json, dimension.Name);
            json.WriteNumber("weight", dimension.Weight);
            json.WriteString("aggregation", IndexWords.Word(IndexWords.Aggregations, dimension.Aggregation));
            json.WriteStartArray("indicators");
            foreach (var indicator in dimension.Indicators)
            {
                json.WriteStartObject();
                json.WriteString("indicator", indicator.Code.Value);
                json.WriteNumber("weight", indicator.Weight);
                json.WritePropertyName("normalisation");
                WriteNormalisation(json, indicator.Normalisation);
                if (indicator.Component.Target is { } target)
                {
                    json.WriteNumber("target", target);
                }

                if (indicator.Treatment is { } treatment)
                {
                    json.WriteStartObject("treatment");
                    json.WriteString("method", IndexWords.Word(IndexWords.Treatments, treatment.Method));
                    if (treatment.Method == OutlierTreatmentMethod.Winsorise)
                    {
                        json.WriteNumber("lower", treatment.First);
                        json.WriteNumber("upper", treatment.Second);
                    }
                    else
                    {
                        json.WriteNumber("shift", treatment.First);
                    }

                    json.WriteEndObject();
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        if (uncertainty is not null)
        {
            WriteUncertainty(json, uncertainty);
        }

        json.WriteEndObject();
        json.Flush();
        utf8.WriteByte((byte)'\n');
    }

    private static void WriteUncertainty(Utf8JsonWriter json, UncertaintyAnalysis uncertainty)
    {
        json.WriteStartObject("uncertainty");
        json.WriteNumber("samples", uncertainty.Samples);
        json.WriteNumber("seed", uncertainty.Seed);
        json.WriteStartObject("weights");
        json.WriteString("method", IndexWords.Word(IndexWords.WeightPerturbations, uncertainty.Weights.Method));
        switch (uncertainty.Weights.Method)
        {
            case WeightPerturbationMethod.UniformRange:
                json.WriteNumber("range", uncertainty.Weights.Parameter);
                break;
            case WeightPerturbationMethod.Dirichlet:
                json.WriteNumber("concentration", uncertainty.Weights.Parameter);
                break;
        }

        json.WriteEndObject();
        json.WriteStartArray("normalisations");
        foreach (var normalisation in uncertainty.Normalisations)
        {
            WriteNormalisation(json, normalisation);
        }

        json.WriteEndArray();
        json.WriteStartArray("aggregations");
        foreach (var aggregation in uncertainty.Aggregations)
        {
            json.WriteStringValue(IndexWords.Word(IndexWords.Aggregations, aggregation));
        }

        json.WriteEndArray();
        json.WriteBoolean("firstOrderIndices", uncertainty.FirstOrderIndices);
        json.WriteEndObject();
    }

    private static void WriteNormalisation(Utf8JsonWriter json, Normalisation normalisation)
    {
        json.WriteStartObject();
        json.WriteString("method", IndexWords.Word(IndexWords.Normalisations, normalisation.Method));
        switch (normalisation.Method)
        {
            case NormalisationMethod.MinMax:
                json.WriteNumber("lower", normalisation.Lower);
                json.WriteNumber("upper", normalisation.Upper);
                break;
            case NormalisationMethod.ZScore:
                json.WriteNumber("mean", normalisation.Lower);
                json.WriteNumber("standardDeviation", normalisation.Upper);
                break;
            case NormalisationMethod.DistanceToTarget:
                json.WriteBoolean("capAtTarget", normalisation.CapsAtTarget);
                break;
        }

        json.WriteEndObject();
    }

    private static void WriteName(Utf8JsonWriter json, LocalizedText name)
    {
        json.WriteStartObject("name");
        json.WriteString("vi", name.Vietnamese);
        if (name.English is { } en)
        {
            json.WriteString("en", en);
        }

        json.WriteEndObject();
    }
}
