using System.Runtime.CompilerServices;
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
            var field = FieldOf(name);
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

    /// <summary>
    /// Scans, straight from the bytes, the next item of an array of plain observations after one already read: white
    /// space, its comma, white space and the item to its closing brace, written in the plainest form (no comment, no
    /// escape, no trailing comma, each number of up to 18 digits other than zero with no exponent), which a JSON reader
    /// reads as the same tokens. Returns the bytes it takes, or 0 when they do not hold such an item whole: the reader
    /// then reads on, and <see cref="TryRead{TKeys}"/> decides. The fields are those <see cref="TryRead{TKeys}"/> reads
    /// from the same item; their texts are handed over unread.
    /// </summary>
    /// <param name="utf8">The bytes after the last item read.</param>
    /// <param name="item">The item's fields.</param>
    /// <returns>The length of the comma, the item and the white space before them, or 0.</returns>
    public static int ScanNext(ReadOnlySpan<byte> utf8, out Scanned item)
    {
        item = default;
        var i = SkipSpace(utf8, 0);
        if (i >= utf8.Length || utf8[i] != (byte)',')
        {
            return 0;
        }

        i = SkipSpace(utf8, i + 1);
        if (i >= utf8.Length || utf8[i] != (byte)'{')
        {
            return 0;
        }

        item.Start = i;
        var seen = 0;
        while (true)
        {
            i = SkipSpace(utf8, i + 1);
            if (i >= utf8.Length || utf8[i] != (byte)'"')
            {
                return 0;
            }

            var nameEnd = EndOfPlainText(utf8, i + 1);
            if (nameEnd < 0)
            {
                return 0;
            }

            var name = utf8[(i + 1)..nameEnd];
            var field = FieldOf(name);
            if (field == 0 || (seen & field) != 0)
            {
                return 0;
            }

            seen |= field;
            i = SkipSpace(utf8, nameEnd + 1);
            if (i >= utf8.Length || utf8[i] != (byte)':')
            {
                return 0;
            }

            i = SkipSpace(utf8, i + 1);
            if (i >= utf8.Length)
            {
                return 0;
            }

            if (field is IndicatorField or UnitField or PeriodField)
            {
                var textEnd = utf8[i] == (byte)'"' ? EndOfPlainText(utf8, i + 1) : -1;
                if (textEnd < 0)
                {
                    return 0;
                }

                var text = utf8[(i + 1)..textEnd];
                if (field == IndicatorField)
                {
                    item.Indicator = text;
                }
                else if (field == UnitField)
                {
                    item.Unit = text;
                }
                else
                {
                    item.Period = text;
                }

                i = textEnd + 1;
            }
            else
            {
                var numberEnd = EndOfPlainNumber(utf8, i, out var number);
                if (numberEnd < 0)
                {
                    return 0;
                }

                if (field == ValueField)
                {
                    item.Value = number;
                }
                else if (field == NumeratorField)
                {
                    item.Numerator = number;
                }
                else
                {
                    item.Denominator = number;
                }

                i = numberEnd;
            }

            i = SkipSpace(utf8, i);
            if (i >= utf8.Length)
            {
                return 0;
            }

            if (utf8[i] == (byte)'}')
            {
                return (seen & KeyFields) == KeyFields ? i + 1 : 0;
            }

            if (utf8[i] != (byte)',')
            {
                return 0;
            }
        }
    }

    /// <summary>The fields of an item found by <see cref="ScanNext"/>.</summary>
    internal ref struct Scanned
    {
        /// <summary>Where the item's opening brace lies in the bytes scanned.</summary>
        public int Start;

        /// <summary>The indicator's code as written.</summary>
        public ReadOnlySpan<byte> Indicator;

        /// <summary>The unit's id as written.</summary>
        public ReadOnlySpan<byte> Unit;

        /// <summary>The period's label as written.</summary>
        public ReadOnlySpan<byte> Period;

        /// <summary>The value, or <see langword="null"/>.</summary>
        public decimal? Value;

        /// <summary>The numerator, or <see langword="null"/>.</summary>
        public decimal? Numerator;

        /// <summary>The denominator, or <see langword="null"/>.</summary>
        public decimal? Denominator;
    }

    // The field a name stands for, 0 for any other name; compared byte by byte, inlined where it is used.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int FieldOf(ReadOnlySpan<byte> name) => name.Length switch
    {
        4 when Utf8Lookup.SameBytes(name, "unit"u8) => UnitField,
        5 when Utf8Lookup.SameBytes(name, "value"u8) => ValueField,
        6 when Utf8Lookup.SameBytes(name, "period"u8) => PeriodField,
        9 when Utf8Lookup.SameBytes(name, "indicator"u8) => IndicatorField,
        9 when Utf8Lookup.SameBytes(name, "numerator"u8) => NumeratorField,
        11 when Utf8Lookup.SameBytes(name, "denominator"u8) => DenominatorField,
        _ => 0,
    };

    // JSON's white space: space, tab, line feed, carriage return.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int SkipSpace(ReadOnlySpan<byte> utf8, int i)
    {
        while (i < utf8.Length && utf8[i] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t')
        {
            i++;
        }

        return i;
    }

    // The index of the quote that closes a text begun at `from`, or -1 at an escape, a control character (which JSON
    // refuses in a text) or the end of the bytes.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int EndOfPlainText(ReadOnlySpan<byte> utf8, int from)
    {
        for (var i = from; i < utf8.Length; i++)
        {
            var b = utf8[i];
            if (b == (byte)'"')
            {
                return i;
            }

            if (b == (byte)'\\' || b < 0x20)
            {
                return -1;
            }
        }

        return -1;
    }

    // The end of a number written by JSON's grammar without an exponent (an optional minus, 0 or digits not starting
    // with 0, an optional point followed by digits) of 1 to 18 digits, not zero, and followed by white space, a comma
    // or a closing brace; -1 otherwise. Its decimal is built as PlainNumber builds it: the digits, at the scale of the
    // decimals written.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int EndOfPlainNumber(ReadOnlySpan<byte> utf8, int from, out decimal number)
    {
        number = 0;
        var i = from;
        var negative = i < utf8.Length && utf8[i] == (byte)'-';
        if (negative)
        {
            i++;
        }

        var integerStart = i;
        ulong mantissa = 0;
        while (i < utf8.Length && (uint)(utf8[i] - '0') <= 9)
        {
            mantissa = (mantissa * 10) + (uint)(utf8[i] - '0');
            i++;
        }

        var integerDigits = i - integerStart;
        if (integerDigits == 0 || (integerDigits > 1 && utf8[integerStart] == (byte)'0'))
        {
            return -1;
        }

        var decimals = 0;
        if (i < utf8.Length && utf8[i] == (byte)'.')
        {
            i++;
            var fractionStart = i;
            while (i < utf8.Length && (uint)(utf8[i] - '0') <= 9)
            {
                mantissa = (mantissa * 10) + (uint)(utf8[i] - '0');
                i++;
            }

            decimals = i - fractionStart;
            if (decimals == 0)
            {
                return -1;
            }
        }

        // 18 digits at most: the mantissa has not overflowed, and the text is at most 20 bytes, as PlainNumber requires.
        if (integerDigits + decimals > 18 || mantissa == 0 || i >= utf8.Length ||
            utf8[i] is not ((byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t' or (byte)',' or (byte)'}'))
        {
            return -1;
        }

        number = new decimal(unchecked((int)mantissa), unchecked((int)(mantissa >> 32)), 0, negative, (byte)decimals);
        return i;
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
