namespace De06Metrics.Composite;

/// <summary>How an <see cref="UncertaintyAnalysis"/> varies the weights from sample to sample.</summary>
public enum WeightPerturbationMethod
{
    /// <summary>The nominal weights in every sample.</summary>
    None = 0,

    /// <summary>Each weight times 1 + u, u uniform on [−r, r] (a ± range of r, COINr's <c>get_sensitivity</c> "noise" on weights).</summary>
    UniformRange = 1,

    /// <summary>
    /// The weights of a group (a dimension's indicators; the dimensions) drawn from a Dirichlet distribution with
    /// parameters c · wᵢ / Σw: their mean is the nominal share and a larger concentration c keeps them closer to it.
    /// </summary>
    Dirichlet = 2,
}
