using System.Text.Json;
using System.Text.Json.Serialization;
using De06Metrics.Indicators;
using De06Metrics.Periods;
using De06Metrics.Units;
using NodaTime;

namespace De06Metrics.Serialization;

/// <summary>
/// Writes a <see cref="ReportingPeriod"/> as its ISO-like label (<c>"2024-Q1"</c>) and reads any label
/// <see cref="ReportingPeriod.Parse"/> reads (<c>"Quý I/2024"</c>, <c>"Q1 2024"</c>), for types of your own serialized
/// with <see cref="JsonSerializer"/>.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public sealed class ReportingPeriodJsonConverter : JsonConverter<ReportingPeriod>
{
    /// <inheritdoc />
    /// <exception cref="JsonException">The value is not a string or not a period label; the message says why.</exception>
    public override ReportingPeriod Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = JsonString.Read(ref reader, "A reporting period");
        var result = ReportingPeriodPattern.Iso.Parse(text);
        return result.Success ? result.Value : throw new JsonException(result.Exception.Message, result.Exception);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ReportingPeriod value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStringValue(value.ToString("I", null));
    }
}

/// <summary>
/// Writes a NodaTime <see cref="LocalDate"/> as ISO yyyy-MM-dd (<c>"2024-03-10"</c>) and reads that form or the
/// Vietnamese dd/MM/yyyy (<c>"10/3/2024"</c>); the library itself does not depend on NodaTime.Serialization.
/// </summary>
/// <remarks>Only ISO-calendar dates from year 1900 to 9999 are read, as everywhere in the library. Stateless and thread-safe.</remarks>
public sealed class LocalDateJsonConverter : JsonConverter<LocalDate>
{
    /// <inheritdoc />
    /// <exception cref="JsonException">The value is not a string or not a date; the message says why.</exception>
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = JsonString.Read(ref reader, "A date");
        return new FieldValues(null).TryDate(text, out var date, out var error)
            ? date
            : throw new JsonException($"Cannot read '{text}' as a date: {error}");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(FieldValues.FormatDate(value));
    }
}

/// <summary>Writes an <see cref="IndicatorCode"/> as a JSON string and reads it back.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public sealed class IndicatorCodeJsonConverter : JsonConverter<IndicatorCode>
{
    /// <inheritdoc />
    /// <exception cref="JsonException">The value is not a string, or not a valid code.</exception>
    public override IndicatorCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = JsonString.Read(ref reader, "An indicator code");
        return JsonString.Create(text, static text => new IndicatorCode(text));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, IndicatorCode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Value);
    }
}

/// <summary>Writes a <see cref="UnitId"/> as a JSON string and reads it back.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public sealed class UnitIdJsonConverter : JsonConverter<UnitId>
{
    /// <inheritdoc />
    /// <exception cref="JsonException">The value is not a string, or not a valid id.</exception>
    public override UnitId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = JsonString.Read(ref reader, "A unit id");
        return JsonString.Create(text, static text => new UnitId(text));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, UnitId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Value);
    }
}

/// <summary>What the string-valued converters share: the token check and the exception they throw.</summary>
internal static class JsonString
{
    /// <summary>The current token as a string; any other token is an error naming what was expected.</summary>
    public static string Read(ref Utf8JsonReader reader, string what) =>
        reader.TokenType == JsonTokenType.String
            ? reader.GetString()!
            : throw new JsonException($"{what} is a JSON string, not {reader.TokenType}.");

    /// <summary>Builds a value from its text, turning the constructor's argument error into a <see cref="JsonException"/>.</summary>
    public static T Create<T>(string text, Func<string, T> create)
    {
        try
        {
            return create(text);
        }
        catch (ArgumentException exception)
        {
            throw new JsonException(exception.Message, exception);
        }
    }
}
