using System.Globalization;
using De06Metrics.Indicators;
using De06Metrics.Text;

namespace De06Metrics.Composite;

/// <summary>
/// An outlier treatment chosen for one <see cref="LevelIndicator"/>: winsorising to stated quantiles, or a log
/// transform ln(x + c). Applied to the raw values before normalisation, only when chosen; every value it changes is
/// reported in <see cref="MultiLevelResult.Treatments"/> and in the audit's text.
/// </summary>
/// <remarks>
/// Create instances with <see cref="Winsorise"/> and <see cref="Log"/>. The treatment sees the units with a value of
/// the indicator in the table computed; a missing value stays missing. Immutable and thread-safe.
/// </remarks>
public sealed class OutlierTreatment : IEquatable<OutlierTreatment>
{
    private OutlierTreatment(OutlierTreatmentMethod method, decimal first, decimal second)
    {
        Method = method;
        First = first;
        Second = second;
    }

    /// <summary>The method.</summary>
    public OutlierTreatmentMethod Method { get; }

    /// <summary>For winsorising, the lower quantile's level p (0 ≤ p &lt; upper); for a log, the shift c.</summary>
    public decimal First { get; }

    /// <summary>For winsorising, the upper quantile's level (lower &lt; p ≤ 1); zero for a log.</summary>
    public decimal Second { get; }

    /// <summary>
    /// Winsorising to the <paramref name="lower"/> and <paramref name="upper"/> quantiles, such as 0,05 and 0,95:
    /// values below the one and above the other are replaced by it.
    /// </summary>
    /// <param name="lower">The lower level, from 0 (no lower tail treated) up to below <paramref name="upper"/>.</param>
    /// <param name="upper">The upper level, above <paramref name="lower"/> up to 1 (no upper tail treated).</param>
    /// <returns>The treatment.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A level is outside [0, 1], or <paramref name="upper"/> is not above <paramref name="lower"/>.</exception>
    public static OutlierTreatment Winsorise(decimal lower, decimal upper)
    {
        if (lower is < 0m or > 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(lower), lower, string.Create(CultureInfo.InvariantCulture, $"A quantile level lies in [0, 1]; {lower} was given."));
        }

        if (upper is < 0m or > 1m || upper <= lower)
        {
            throw new ArgumentOutOfRangeException(nameof(upper), upper,
                string.Create(CultureInfo.InvariantCulture, $"The upper quantile level lies in [0, 1] above the lower ({lower}); {upper} was given."));
        }

        return new(OutlierTreatmentMethod.Winsorise, lower, upper);
    }

    /// <summary>The natural logarithm ln(x + <paramref name="shift"/>) of every value.</summary>
    /// <param name="shift">The shift c, zero or positive; by default 0 (ln x).</param>
    /// <returns>The treatment.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="shift"/> is negative.</exception>
    public static OutlierTreatment Log(decimal shift = 0m)
    {
        if (shift < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(shift), shift, string.Create(CultureInfo.InvariantCulture, $"A log's shift cannot be negative; {shift} was given."));
        }

        return new(OutlierTreatmentMethod.Log, shift, 0m);
    }

    /// <summary>Says the treatment: "winsorised to the 0.1 and 0.9 quantiles" / "winsor hóa về phân vị 0,1 và 0,9".</summary>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public string Describe(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return Method switch
        {
            OutlierTreatmentMethod.Winsorise => language.Format(Phrase.OutlierWinsorise, Display.Natural(First, language), Display.Natural(Second, language)),
            _ when First == 0m => language[Phrase.OutlierLog],
            _ => language.Format(Phrase.OutlierLogShifted, Display.Natural(First, language)),
        };
    }

    /// <inheritdoc />
    public bool Equals(OutlierTreatment? other) => other is not null && Method == other.Method && First == other.First && Second == other.Second;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as OutlierTreatment);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Method, First, Second);

    /// <summary>Returns the description in English.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Describe(Language.English);

    /// <summary>
    /// Treats one column in place and records each value changed.
    /// </summary>
    /// <exception cref="ArgumentException">A log meets x + c ≤ 0 (the unit, the indicator and the value named).</exception>
    internal void Apply(decimal?[] values, IndicatorTable table, IndicatorCode code, List<TreatedValue> changes)
    {
        var units = table.Units;
        if (Method == OutlierTreatmentMethod.Log)
        {
            for (var row = 0; row < values.Length; row++)
            {
                if (values[row] is not { } x)
                {
                    continue;
                }

                if (x + First <= 0m)
                {
                    throw new ArgumentException(
                        string.Create(CultureInfo.InvariantCulture,
                            $"The log treatment of '{code}' needs x + {First} > 0; unit '{units[row]}' has {x}. Choose a larger shift or another treatment."),
                        nameof(table));
                }

                var after = DecimalMath.Ln(x + First);
                values[row] = after;
                changes.Add(new TreatedValue(units[row], code, x, after, this));
            }

            return;
        }

        var sorted = values.Where(value => value.HasValue).Select(value => value!.Value).Order().ToArray();
        if (sorted.Length == 0)
        {
            return;
        }

        var low = Quantile(sorted, First);
        var high = Quantile(sorted, Second);
        for (var row = 0; row < values.Length; row++)
        {
            if (values[row] is not { } x)
            {
                continue;
            }

            var after = x < low ? low : x > high ? high : x;
            if (after != x)
            {
                values[row] = after;
                changes.Add(new TreatedValue(units[row], code, x, after, this));
            }
        }
    }

    /// <summary>The quantile of level p of sorted values, interpolated linearly at h = (n − 1)p (R type 7).</summary>
    internal static decimal Quantile(decimal[] sorted, decimal p)
    {
        var h = (sorted.Length - 1) * p;
        var below = (int)decimal.Floor(h);
        return below + 1 >= sorted.Length ? sorted[below] : sorted[below] + ((h - below) * (sorted[below + 1] - sorted[below]));
    }
}
