namespace Ror.Client.ReliabilityTests.Fuzzing;

/// <summary>
/// Runs one property case synchronously (FsCheck properties are synchronous) under a cancellation guard: a case still
/// running when the guard fires, or ending with the guard's cancellation, fails as a hang. It never measures speed.
/// </summary>
public static class Bounded
{
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(5);

    /// <returns>The exception the operation ended with, or null.</returns>
    public static Exception? Run(Func<CancellationToken, Task> operation, TimeSpan limit, string description)
    {
        using var guard = new CancellationTokenSource(limit);
        var task = Task.Run(() => operation(guard.Token));
        if (!((IAsyncResult)task).AsyncWaitHandle.WaitOne(limit + Grace))
        {
            Assert.Fail($"{description}: still running {limit + Grace} after it started, cancellation ignored (hang).");
        }

        var cancelled = task.IsCanceled || task.Exception?.InnerException is OperationCanceledException;
        if (cancelled && guard.IsCancellationRequested)
        {
            Assert.Fail($"{description}: did not finish within {limit} (cancelled by the guard: hang).");
        }

        if (cancelled)
        {
            Assert.Fail($"{description}: OperationCanceledException although nothing was cancelled.");
        }

        return task.Exception?.InnerException;
    }
}
