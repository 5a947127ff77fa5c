using System.Globalization;

namespace De06Metrics.Benchmarks.Infrastructure;

/// <summary>
/// The sizes of the size-dependent benchmarks: 10^3, 10^5 and 10^6, or the list given by <c>--sizes</c>
/// (the environment variable <c>DE06_BENCH_SIZES</c>). BenchmarkDotNet has no command-line filter on parameters.
/// </summary>
public static class BenchmarkSizes
{
    /// <summary>10^3, 10^5 and 10^6 unless <c>--sizes</c> says otherwise.</summary>
    /// <returns>The sizes.</returns>
    public static IEnumerable<int> Configured() => Configured([1_000, 100_000, 1_000_000]);

    /// <summary>The sizes given by <c>--sizes</c>, or a benchmark's own when none are given.</summary>
    /// <param name="otherwise">The benchmark's sizes when <c>--sizes</c> is not given.</param>
    /// <returns>The sizes.</returns>
    public static IEnumerable<int> Configured(IEnumerable<int> otherwise) =>
        Environment.GetEnvironmentVariable(BenchmarkOptions.SizesVariable) is { Length: > 0 } sizes
            ? ParseList(sizes)
            : otherwise;

    /// <summary>Reads a comma-separated list of positive whole numbers.</summary>
    /// <param name="sizes">The list, such as <c>1000,1000000</c>.</param>
    /// <returns>The sizes.</returns>
    /// <exception cref="ArgumentException">An entry is not a positive whole number.</exception>
    public static int[] ParseList(string sizes) =>
        [.. sizes.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(size =>
            int.TryParse(size, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
                ? n
                : throw new ArgumentException($"--sizes takes positive whole numbers separated by commas; '{size}' is not one.", nameof(sizes)))];
}
