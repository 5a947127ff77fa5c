using De06Metrics.Text;

namespace De06Metrics.Composite;

/// <summary>
/// The share of the rank variance one uncertain choice explains on its own: its first-order sensitivity index, pooled
/// over the units (Σᵤ Vᵢ,ᵤ / Σᵤ Vᵤ).
/// </summary>
/// <remarks>
/// Estimated by Saltelli's (2010) scheme, as COINr's <c>get_sensitivity(SA_type = "SA")</c>: per sample, two
/// independent draws A and B, and for each choice i the draw A with choice i taken from B; Vᵢ ≈ mean(f(B) · (f(Aᵢ_B) −
/// f(A))). An estimate: with few samples it can come out slightly below 0 or above 1, and it is reported as computed,
/// not clamped. Not meaningful when no unit's rank varies. Immutable and thread-safe.
/// </remarks>
public sealed class SensitivityIndex
{
    internal SensitivityIndex(UncertainFactor factor, AuditFigure firstOrder)
    {
        Factor = factor;
        FirstOrder = firstOrder;
    }

    /// <summary>The choice.</summary>
    public UncertainFactor Factor { get; }

    /// <summary>The first-order index, about 0 to 1, or why it is not meaningful.</summary>
    public AuditFigure FirstOrder { get; }

    /// <summary>Says the index: "weights explain 61.2% of the rank variance on their own" / "trọng số giải thích 61,2% …".</summary>
    /// <param name="language">The language.</param>
    /// <returns>The sentence.</returns>
    public string Describe(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var factor = UncertaintyResult.Describe(Factor, language);
        return FirstOrder.Value is { } value
            ? language.Format(Phrase.UncertaintyFirstOrder, factor, Display.Percent((decimal)Math.Round(value, 4), language))
            : language.Format(Phrase.UncertaintyFirstOrderNotMeaningful, factor, FirstOrder.Reason!.Value.In(language));
    }

    /// <summary>Returns the sentence in English.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Describe(Language.English);
}
