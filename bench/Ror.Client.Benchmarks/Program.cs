using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

// The generated benchmark project can take minutes to build on a busy 2-core machine: allow it 10 minutes
// (or run with --inProcess to skip that build).
var config = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(10));
BenchmarkSwitcher.FromAssembly(typeof(Ror.Client.Benchmarks.ReaderBenchmarks).Assembly).Run(args, config);
