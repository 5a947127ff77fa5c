using System.Globalization;
using De06Metrics.Text;

namespace De06Metrics.Composite;

/// <summary>
/// How weights vary in an <see cref="UncertaintyAnalysis"/>: not at all, a ± range around each nominal weight, or a
/// Dirichlet distribution around the nominal shares. Applied within each dimension and among the dimensions alike.
/// </summary>
/// <remarks>
/// A zero nominal weight stays zero in every sample (the indicator is shown, it does not count). Sampled weights are
/// <see cref="double"/>: they only decide ranks in the samples. Immutable and thread-safe.
/// </remarks>
public sealed class WeightPerturbation : IEquatable<WeightPerturbation>
{
    private WeightPerturbation(WeightPerturbationMethod method, double parameter)
    {
        Method = method;
        Parameter = parameter;
    }

    /// <summary>The nominal weights in every sample.</summary>
    public static WeightPerturbation None { get; } = new(WeightPerturbationMethod.None, 0d);

    /// <summary>The method.</summary>
    public WeightPerturbationMethod Method { get; }

    /// <summary>The range r of <see cref="WeightPerturbationMethod.UniformRange"/>, the concentration c of <see cref="WeightPerturbationMethod.Dirichlet"/>, 0 for none.</summary>
    public double Parameter { get; }

    /// <summary>Each weight times 1 + u, u uniform on [−<paramref name="range"/>, +<paramref name="range"/>].</summary>
    /// <param name="range">The relative range, 0 to 1 (0,25 is ±25%); 0 is no perturbation.</param>
    /// <returns>The perturbation.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="range"/> is outside 0 to 1.</exception>
    public static WeightPerturbation UniformRange(double range)
    {
        if (!(range >= 0d && range <= 1d))
        {
            throw new ArgumentOutOfRangeException(nameof(range), range,
                string.Create(CultureInfo.InvariantCulture, $"A weight range is a share from 0 to 1 (a weight cannot turn negative); {range} was given."));
        }

        return new(WeightPerturbationMethod.UniformRange, range);
    }

    /// <summary>Weights drawn from a Dirichlet distribution with parameters <paramref name="concentration"/> · nominal share.</summary>
    /// <param name="concentration">The concentration; positive and finite (larger is closer to the nominal shares).</param>
    /// <returns>The perturbation.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="concentration"/> is not positive and finite.</exception>
    public static WeightPerturbation Dirichlet(double concentration)
    {
        if (!(concentration > 0d) || !double.IsFinite(concentration))
        {
            throw new ArgumentOutOfRangeException(nameof(concentration), concentration,
                string.Create(CultureInfo.InvariantCulture, $"A Dirichlet concentration must be positive and finite; {concentration} was given."));
        }

        return new(WeightPerturbationMethod.Dirichlet, concentration);
    }

    /// <summary>Whether samples can differ from the nominal weights.</summary>
    public bool Varies => Method != WeightPerturbationMethod.None && Parameter > 0d;

    /// <summary>Describes the perturbation: "±25%" / "Dirichlet, concentration 50".</summary>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public string Describe(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return Method switch
        {
            WeightPerturbationMethod.None => language[Phrase.UncertaintyWeightsNominal],
            WeightPerturbationMethod.UniformRange => language.Format(Phrase.UncertaintyWeightsRange, Display.Percent((decimal)Parameter, language)),
            _ => language.Format(Phrase.UncertaintyWeightsDirichlet, Display.Natural((decimal)Parameter, language)),
        };
    }

    /// <inheritdoc />
    public bool Equals(WeightPerturbation? other) => other is not null && Method == other.Method && Parameter.Equals(other.Parameter);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as WeightPerturbation);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Method, Parameter);

    /// <summary>Returns the description in English.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Describe(Language.English);

    /// <summary>Draws one sample of a group's weights into <paramref name="sampled"/>.</summary>
    internal void Draw(Random random, ReadOnlySpan<double> nominal, Span<double> sampled)
    {
        switch (Method)
        {
            case WeightPerturbationMethod.UniformRange:
                for (var i = 0; i < nominal.Length; i++)
                {
                    sampled[i] = nominal[i] * (1d + (Parameter * ((2d * random.NextDouble()) - 1d)));
                }

                return;
            case WeightPerturbationMethod.Dirichlet:
                var positive = 0;
                var total = 0d;
                foreach (var weight in nominal)
                {
                    positive += weight > 0d ? 1 : 0;
                    total += weight;
                }

                var alpha = new double[positive];
                for (int i = 0, p = 0; i < nominal.Length; i++)
                {
                    if (nominal[i] > 0d)
                    {
                        alpha[p++] = Parameter * nominal[i] / total;
                    }
                }

                var drawn = positive == 1 ? [1d] : MathNet.Numerics.Distributions.Dirichlet.Sample(random, alpha);
                for (int i = 0, p = 0; i < nominal.Length; i++)
                {
                    sampled[i] = nominal[i] > 0d ? drawn[p++] : 0d;
                }

                return;
            default:
                nominal.CopyTo(sampled);
                return;
        }
    }
}
