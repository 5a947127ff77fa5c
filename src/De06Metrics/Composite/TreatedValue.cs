using De06Metrics.Indicators;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Composite;

/// <summary>One raw value an <see cref="OutlierTreatment"/> changed: the unit, the indicator, the value before and after.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class TreatedValue
{
    internal TreatedValue(UnitId unit, IndicatorCode code, decimal before, decimal after, OutlierTreatment treatment)
    {
        Unit = unit;
        Code = code;
        Before = before;
        After = after;
        Treatment = treatment;
    }

    /// <summary>The unit.</summary>
    public UnitId Unit { get; }

    /// <summary>The indicator.</summary>
    public IndicatorCode Code { get; }

    /// <summary>The raw value in the table.</summary>
    public decimal Before { get; }

    /// <summary>The value normalised instead, exact (a log's value to the precision of <see cref="decimal"/>).</summary>
    public decimal After { get; }

    /// <summary>The treatment that changed it.</summary>
    public OutlierTreatment Treatment { get; }

    /// <summary>
    /// Says the change: "Unit U8, indicator PAY: 85 replaced by 81.5 (winsorised to the 0.1 and 0.9 quantiles)." /
    /// "Đơn vị U8, chỉ tiêu PAY: 85 được thay bằng 81,5 (winsor hóa về phân vị 0,1 và 0,9)."
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The sentence; the value after is shown to at most four decimals.</returns>
    public string Describe(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return language.Format(Phrase.OutlierTreatedValue, Unit, Code, Display.Natural(Before, language), Display.Natural(After, language), Treatment.Describe(language));
    }

    /// <summary>Returns the sentence in English.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Describe(Language.English);
}
