namespace Ror.Client.Sync.Storage;

/// <summary>
/// The lock a full refresh holds on <c>&lt;database&gt;.build-lock</c> from the moment it starts building until its build is
/// swapped in: one build of a database at a time, in this process or any other, and a store that opens the database leaves
/// a build it cannot lock alone (it belongs to a run in progress).
/// </summary>
/// <remarks>
/// The lock is the operating system's, taken by opening the file without sharing (on Linux and macOS .NET takes an
/// advisory <c>flock</c> for it), so it is released when its holder ends, even killed. The file itself stays: deleting
/// a lock file races with whoever opens it next.
/// </remarks>
internal sealed class BuildLock : IDisposable
{
    private readonly FileStream _file;

    private BuildLock(FileStream file) => _file = file;

    /// <summary>Takes the lock without waiting; <see langword="null"/> when someone else holds it.</summary>
    /// <param name="path">The lock file (created if missing).</param>
    /// <returns>The lock, to dispose to release it, or <see langword="null"/>.</returns>
    public static BuildLock? TryAcquire(string path)
    {
        try
        {
            return new BuildLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 0));
        }
        catch (IOException) when (File.Exists(path))
        {
            // Held: the file exists and cannot be opened without sharing. Any other I/O error (a missing folder, a full
            // disk) is not a held lock and surfaces.
            return null;
        }
    }

    /// <summary>Releases the lock.</summary>
    public void Dispose() => _file.Dispose();
}
