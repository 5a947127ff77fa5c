namespace De06Metrics.Tests.Reliability.Support;

/// <summary>
/// The fixed starting points of every randomised test, so that CI runs the same cases every time and a failure seen
/// once can be replayed. To explore further, change a seed locally (or set DE06_FUZZ_SEED for the fuzzers).
/// </summary>
internal static class Seeds
{
    /// <summary>FsCheck's (seed, gamma) pair for every property; FsCheck prints the same form when a property fails.</summary>
    public const string Replay = "(20240331,1789)";

    /// <summary>Cases per property: enough to reach the edges the generators aim at, small enough for 2 cores.</summary>
    public const int Cases = 300;

    /// <summary>Cases for properties whose single case is costly (thousands of values, or many periods).</summary>
    public const int CostlyCases = 60;
}
