using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Ror.Client.Benchmarks.ReaderBenchmarks).Assembly).Run(args);
