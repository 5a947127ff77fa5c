using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using Perfolizer.Horology;

namespace De06Metrics.Benchmarks.Infrastructure;

/// <summary>
/// The project's own command-line arguments, taken out before the rest goes to BenchmarkDotNet:
/// <c>--profile quick|full</c> chooses the job, <c>--sizes 1000,100000</c> the sizes of the size-dependent
/// benchmarks. Without a <c>--filter</c> every benchmark runs, instead of BenchmarkDotNet's interactive menu.
/// </summary>
internal sealed class BenchmarkOptions
{
    /// <summary>The environment variable that carries <c>--sizes</c> to <see cref="BenchmarkSizes"/>.</summary>
    public const string SizesVariable = "DE06_BENCH_SIZES";

    // Arguments after which BenchmarkDotNet shows no menu: a selection, or a request for information.
    private static readonly string[] ArgumentsThatSelect = ["--filter", "-f", "--list", "--help", "-h", "-?", "--info", "--version"];

    private BenchmarkOptions(IConfig config, string[] benchmarkDotNetArguments)
    {
        Config = config;
        BenchmarkDotNetArguments = benchmarkDotNetArguments;
    }

    /// <summary>The configuration: the chosen job, the memory diagnoser and the project's columns.</summary>
    public IConfig Config { get; }

    /// <summary>The arguments left for BenchmarkDotNet.</summary>
    public string[] BenchmarkDotNetArguments { get; }

    /// <summary>
    /// The short job for a shared 2-core machine: one process per benchmark, 2 warm-up and 5 measured iterations of
    /// at least 250 ms each. About four times quicker than BenchmarkDotNet's default job, with more measured
    /// iterations than its <c>--job short</c> (3), so that a noisy neighbour shows in the error column.
    /// </summary>
    public static Job QuickJob { get; } = Job.Default
        .WithId("Quick")
        .WithLaunchCount(1)
        .WithWarmupCount(2)
        .WithIterationCount(5)
        .WithIterationTime(TimeInterval.FromMilliseconds(250));

    /// <summary>Splits the project's arguments from BenchmarkDotNet's.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentException">A profile is unknown, or a size is not a positive whole number.</exception>
    public static BenchmarkOptions Parse(string[] args)
    {
        var rest = new List<string>();
        var profile = "full";
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--profile" when i + 1 < args.Length:
                    profile = args[++i];
                    break;
                case "--sizes" when i + 1 < args.Length:
                    var sizes = args[++i];
                    _ = BenchmarkSizes.ParseList(sizes);
                    Environment.SetEnvironmentVariable(SizesVariable, sizes);
                    break;
                default:
                    rest.Add(args[i]);
                    break;
            }
        }

        if (!rest.Any(argument => ArgumentsThatSelect.Contains(argument.Split('=')[0], StringComparer.Ordinal)))
        {
            rest.AddRange(["--filter", "*"]);
        }

        IConfig config = DefaultConfig.Instance
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumn(new PerElementColumn(), new PeerRatioColumn())
            .HideColumns(Column.Gen0, Column.Gen1, Column.Gen2);
        config = profile switch
        {
            "quick" => config.AddJob(QuickJob.AsDefault()),
            "full" => config,
            _ => throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"--profile takes quick or full; '{profile}' was given."), nameof(args)),
        };

        return new BenchmarkOptions(config, [.. rest]);
    }
}
