using System.Text.Json;

namespace De06Metrics.Serialization;

/// <summary>Finds an observation's indicator, unit and period from their UTF-8 text, as the caller keeps them.</summary>
internal interface IPlainObservationKeys
{
    /// <summary>Finds the indicator of a code as written; false when the catalog has none.</summary>
    bool FindIndicator(ReadOnlySpan<byte> utf8);

    /// <summary>Finds the unit of an id as written; false when there is none.</summary>
    bool FindUnit(ReadOnlySpan<byte> utf8);

    /// <summary>Finds the period of a label as written; false when it is not one.</summary>
    bool FindPeriod(ReadOnlySpan<byte> utf8);
}

/// <summary>
/// An observation written plainly, as the library writes one: its indicator, unit and period as strings without
/// escapes, and a value or a numerator and denominator as numbers a decimal holds exactly, nothing else. Read in
/// place by the JSON reader, which builds it, and by the one-pass check, which keeps only its key: both accept exactly
/// the same items.
/// </summary>
internal static class PlainObservation
{
    private const int IndicatorField = 1, UnitField = 2, PeriodField = 4, ValueField = 8, NumeratorField = 16, DenominatorField = 32;
    private const int KeyFields = IndicatorField | UnitField | PeriodField;

    /// <summary>
    /// Reads the item from a reader on its first token to its closing brace, handing its indicator, unit and period to
    /// <paramref name="keys"/> as they come. Returns <see langword="false"/> at the first thing that is not plain: a
    /// field of another name, one given twice, escaped text, a number a decimal does not hold exactly, an id, unit or
    /// period <paramref name="keys"/> does not find, or a key field missing.
    /// </summary>
    /// <param name="reader">A reader on the item's first token.</param>
    /// <param name="keys">Finds and keeps the key's parts.</param>
    /// <param name="value">The value, or <see langword="null"/>.</param>
    /// <param name="numerator">The numerator, or <see langword="null"/>.</param>
    /// <param name="denominator">The denominator, or <see langword="null"/>.</param>
    /// <returns>Whether the item is plain and whole.</returns>
    public static bool TryRead<TKeys>(ref Utf8JsonReader reader, ref TKeys keys, out decimal? value, out decimal? numerator, out decimal? denominator)
        where TKeys : struct, IPlainObservationKeys
    {
        value = numerator = denominator = null;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        decimal number = 0;
        var seen = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueIsEscaped)
            {
                return false;
            }

            var name = reader.ValueSpan;
            var field = name.Length switch
            {
                4 when name.SequenceEqual("unit"u8) => UnitField,
                5 when name.SequenceEqual("value"u8) => ValueField,
                6 when name.SequenceEqual("period"u8) => PeriodField,
                9 when name.SequenceEqual("indicator"u8) => IndicatorField,
                9 when name.SequenceEqual("numerator"u8) => NumeratorField,
                11 when name.SequenceEqual("denominator"u8) => DenominatorField,
                _ => 0,
            };
            if (field == 0 || (seen & field) != 0 || !reader.Read())
            {
                return false;
            }

            seen |= field;
            if (field is IndicatorField or UnitField or PeriodField)
            {
                if (reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped)
                {
                    return false;
                }

                var text = reader.ValueSpan;
                var found = field switch
                {
                    IndicatorField => keys.FindIndicator(text),
                    UnitField => keys.FindUnit(text),
                    _ => keys.FindPeriod(text),
                };
                if (!found)
                {
                    return false;
                }
            }
            else if (reader.TokenType != JsonTokenType.Number || !PlainNumber(ref reader, out number))
            {
                return false;
            }
            else if (field == ValueField)
            {
                value = number;
            }
            else if (field == NumeratorField)
            {
                numerator = number;
            }
            else
            {
                denominator = number;
            }
        }

        // Read whole, to its closing brace, with its indicator, unit and period.
        return reader.TokenType == JsonTokenType.EndObject && (seen & KeyFields) == KeyFields;
    }

    // A number the general reading would read as this decimal without a problem. A number of up to 18 digits with or
    // without a point, the usual figure, is built from its digits and the decimals written ("88.80" is 8 880 at scale
    // 2): the same decimal, trailing zeros kept. A zero, an exponent or more digits go to the reader: up to 28
    // characters with no exponent is at most 28 significant digits, which a decimal always holds exactly; anything
    // else is checked digit by digit.
    private static bool PlainNumber(ref Utf8JsonReader reader, out decimal number)
    {
        var text = reader.ValueSpan;
        if (!reader.HasValueSequence && text.Length <= 20)
        {
            var negative = text[0] == (byte)'-';
            ulong mantissa = 0;
            var digits = 0;
            var point = -1;
            var i = negative ? 1 : 0;
            for (; i < text.Length; i++)
            {
                var digit = (uint)(text[i] - '0');
                if (digit <= 9)
                {
                    mantissa = (mantissa * 10) + digit;
                    digits++;
                }
                else if (text[i] == (byte)'.' && point < 0)
                {
                    point = i;
                }
                else
                {
                    break;
                }
            }

            if (i == text.Length && digits <= 18 && mantissa != 0)
            {
                var decimals = point < 0 ? 0 : text.Length - point - 1;
                number = new decimal(unchecked((int)mantissa), unchecked((int)(mantissa >> 32)), 0, negative, (byte)decimals);
                return true;
            }
        }

        return reader.TryGetDecimal(out number) &&
            ((text.Length <= 28 && text.IndexOfAny((byte)'e', (byte)'E') < 0) || ExactDecimal.Holds(text, number));
    }

    /// <summary>The text of an id or a label as written, or <see langword="null"/> when its bytes are not UTF-8.</summary>
    /// <param name="utf8">The bytes.</param>
    /// <returns>The text, untrimmed.</returns>
    public static string? TextOf(ReadOnlySpan<byte> utf8)
    {
        try
        {
            return StrictUtf8.GetString(utf8);
        }
        catch (System.Text.DecoderFallbackException)
        {
            return null;
        }
    }

    private static readonly System.Text.UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Notes whether an item's own rules found a problem, without reporting it: the general reading reports it.</summary>
    internal sealed class Probe : IFieldProblems
    {
        public bool Failed { get; private set; }

        public DataLocation Item => default;

        public void Reset() => Failed = false;

        public void Fail(string field, string message) => Failed = true;

        public void LeaveOut() => Failed = true;
    }
}
