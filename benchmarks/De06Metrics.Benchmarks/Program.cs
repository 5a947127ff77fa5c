using BenchmarkDotNet.Running;
using De06Metrics.Benchmarks.Infrastructure;

// dotnet run -c Release --project benchmarks/De06Metrics.Benchmarks -- --profile quick [--filter '*Ranking*'] [--sizes 1000000]
// Every other argument goes to BenchmarkDotNet unchanged; see docs/benchmarks.md.
var options = BenchmarkOptions.Parse(args);
BenchmarkSwitcher.FromAssembly(typeof(BenchmarkOptions).Assembly).Run(options.BenchmarkDotNetArguments, options.Config);
