namespace Ror.Client.ReliabilityTests.Infrastructure;

/// <summary>Runs an operation under a generous time guard: hitting the guard fails the test (a hang), it is never a timing assertion.</summary>
public static class Guard
{
    public static readonly TimeSpan Default = TimeSpan.FromSeconds(30);

    public static async Task<Exception?> CaptureAsync(Func<CancellationToken, Task> operation, TimeSpan? limit = null)
    {
        using var guard = new CancellationTokenSource(limit ?? Default);
        var task = Task.Run(() => operation(guard.Token));
        var finished = await Task.WhenAny(task, Task.Delay(Timeout.InfiniteTimeSpan, guard.Token).ContinueWith(_ => { }, TaskScheduler.Default));
        if (finished != task)
        {
            // Give a cooperative cancellation a moment to surface, then declare the hang.
            if (await Task.WhenAny(task, Task.Delay(TimeSpan.FromSeconds(5))) != task)
            {
                Assert.Fail($"The operation did not finish within {limit ?? Default} (hang).");
            }
        }

        try
        {
            await task;
            return null;
        }
        catch (OperationCanceledException) when (guard.IsCancellationRequested)
        {
            Assert.Fail($"The operation did not finish within {limit ?? Default} (cancelled by the guard).");
            return null;
        }
        catch (Exception ex)
        {
            return ex;
        }
    }
}
