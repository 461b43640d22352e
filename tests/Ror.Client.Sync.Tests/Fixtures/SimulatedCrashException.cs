namespace Ror.Client.Sync.Tests.Fixtures;

/// <summary>Stands for the process dying at a chosen point.</summary>
internal sealed class SimulatedCrashException(string where) : Exception($"Simulated crash: {where}");
