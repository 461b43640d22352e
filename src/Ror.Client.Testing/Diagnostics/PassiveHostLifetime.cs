using Microsoft.Extensions.Hosting;

namespace Ror.Client.Testing.Diagnostics;

/// <summary>
/// A host lifetime that listens to no process signal: the simulator runs inside someone else's process (a test runner,
/// an application) and must neither swallow its Ctrl+C / SIGTERM nor stop on them; it stops when disposed.
/// </summary>
internal sealed class PassiveHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
