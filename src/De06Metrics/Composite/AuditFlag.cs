using System.Collections.ObjectModel;
using De06Metrics.Text;

namespace De06Metrics.Composite;

/// <summary>
/// Something an <see cref="IndexAudit"/> asks a reader to look at: a collinear pair, an indicator against its own
/// dimension, a skewed or heavy-tailed indicator. A flag changes nothing: any treatment is the user's explicit choice.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class AuditFlag
{
    private readonly AuditOptions options;

    internal AuditFlag(AuditFlagKind kind, IReadOnlyList<string> codes, double value, double? second, AuditOptions options)
    {
        Kind = kind;
        Codes = new ReadOnlyCollection<string>([.. codes]);
        Value = value;
        SecondValue = second;
        this.options = options;
    }

    /// <summary>What is flagged.</summary>
    public AuditFlagKind Kind { get; }

    /// <summary>
    /// The codes involved: the two indicators of a collinear pair; the indicator and its dimension; the skewed indicator.
    /// </summary>
    public IReadOnlyList<string> Codes { get; }

    /// <summary>The statistic that raised the flag: Pearson r, or the skewness.</summary>
    public double Value { get; }

    /// <summary>For a skewed or heavy-tailed indicator, its excess kurtosis; otherwise <see langword="null"/>.</summary>
    public double? SecondValue { get; }

    /// <summary>
    /// Says the flag: "ONLINE and PAY are collinear: r = 0.953 (|r| above 0.9)" / "ONLINE và PAY tương quan gần tuyến
    /// tính: r = 0,953 (|r| trên 0,9)".
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The sentence.</returns>
    public string Describe(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        string Number(double value) => language.FormatNumber((decimal)Math.Round(value, 3), 3);
        string Threshold(double value) => Display.Natural((decimal)value, language, 3);
        return Kind switch
        {
            AuditFlagKind.CollinearPair => language.Format(Phrase.AuditFlagCollinear, Codes[0], Codes[1], Number(Value), Threshold(options.Collinearity)),
            AuditFlagKind.NegativeWithinDimension => language.Format(Phrase.AuditFlagNegative, Codes[0], Codes[1], Number(Value)),
            _ => language.Format(Phrase.AuditFlagSkewed, Codes[0], Number(Value), Number(SecondValue!.Value), Threshold(options.Skewness), Threshold(options.Kurtosis)),
        };
    }

    /// <summary>Returns the sentence in English.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Describe(Language.English);
}
