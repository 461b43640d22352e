using Microsoft.Win32.SafeHandles;

namespace Ror.Client.Sync.Storage;

/// <summary>
/// Writes a file's cached pages to the disk on a worker thread, one sync at a time, while the caller goes on writing
/// it: the final sync of a bulk load then finds little left to write instead of the whole file.
/// </summary>
/// <remarks>
/// Only a head start: durability still comes from the caller's own final sync. The handle must outlive every other use of
/// the file by this process (SQLite's connection included): closing any handle of a file releases the process's POSIX
/// locks on it, SQLite's among them.
/// </remarks>
internal sealed class BackgroundFileSync : IDisposable
{
    private readonly SafeFileHandle _file;
    private Task _running = Task.CompletedTask;

    /// <summary>Opens the file (which must exist) for syncing.</summary>
    /// <param name="path">The file.</param>
    public BackgroundFileSync(string path)
    {
        _file = File.OpenHandle(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
    }

    /// <summary>How many syncs were started.</summary>
    public int Started { get; private set; }

    /// <summary>Starts a sync unless one is still running.</summary>
    public void Request()
    {
        if (!_running.IsCompleted)
        {
            return;
        }

        Started++;
        _running = Task.Run(() => RandomAccess.FlushToDisk(_file));
    }

    /// <summary>Waits for the running sync, if any; its failure is not reported (the caller's final sync reports its own).</summary>
    public async Task WaitAsync()
    {
        try
        {
            await _running.ConfigureAwait(false);
        }
        catch (IOException)
        {
            // The final sync runs anyway and fails on its own if the disk does.
        }
    }

    /// <summary>
    /// Waits for the running sync, then syncs the file once more, on this thread: every page written before the call is
    /// on the disk when it returns. A failure is thrown (unlike the background syncs').
    /// </summary>
    /// <exception cref="IOException">The sync failed.</exception>
    public void Flush()
    {
        try
        {
            _running.Wait();
        }
        catch (AggregateException)
        {
            // The sync below reports the disk's failure, if it persists.
        }

        RandomAccess.FlushToDisk(_file);
    }

    /// <summary>Waits for the running sync and closes the handle.</summary>
    public void Dispose()
    {
        try
        {
            _running.Wait();
        }
        catch (AggregateException)
        {
            // As in WaitAsync.
        }

        _file.Dispose();
    }
}
