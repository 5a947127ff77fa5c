using BenchmarkDotNet.Running;
using De06Metrics.Benchmarks.Infrastructure;

// dotnet run -c Release --project benchmarks/De06Metrics.Benchmarks -- --profile quick [--filter '*Ranking*'] [--sizes 1000000]
// Every other argument goes to BenchmarkDotNet unchanged; see docs/benchmarks.md.
// dotnet run -c Release --project benchmarks/De06Metrics.Benchmarks -- --peak csv FILE writes one report once, for /usr/bin/time -v.
if (args is ["--peak", .. var peak])
{
    return De06Metrics.Benchmarks.Reporting.PeakMemory.Run(peak);
}

var options = BenchmarkOptions.Parse(args);
BenchmarkSwitcher.FromAssembly(typeof(BenchmarkOptions).Assembly).Run(options.BenchmarkDotNetArguments, options.Config);
return 0;
