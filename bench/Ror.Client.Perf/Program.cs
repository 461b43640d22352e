return await Ror.Client.Perf.PerfCommand.RunAsync(args);
