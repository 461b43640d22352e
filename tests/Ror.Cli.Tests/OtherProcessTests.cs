using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Ror.Client.Sync.Storage;
using Ror.Client.Testing.Data;

namespace Ror.Cli.Tests;

/// <summary>
/// A full refresh running in another process: <c>ror import-public</c> in a child process, reading a named pipe that the
/// test fills half-way (so that its build stays in progress for as long as the test needs) or a whole file.
/// </summary>
public sealed class OtherProcessTests
{
    [UnixFact]
    public async Task ImportPublic_InAnotherProcess_ItsBuildIsLeftAloneWhileItRunsAndDeletedOnceItIsKilled()
    {
        var directory = Directory.CreateTempSubdirectory("ror-cli-lock-");
        Process? child = null;
        try
        {
            var database = Path.Combine(directory.FullName, "ror.db");
            var pipe = Path.Combine(directory.FullName, "extraction.xml");
            using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [pipe]) { UseShellExecute = false })!)
            {
                await mkfifo.WaitForExitAsync();
                Assert.Equal(0, mkfifo.ExitCode);
            }

            var document = await GeneratedAsync(seed: 5, establishments: 40);

            child = StartTool("import-public", pipe, "--db", database, "-q");
            var written = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var childOutput = child.StandardOutput.ReadToEndAsync();
            var childError = child.StandardError.ReadToEndAsync();

            // Half the document: the child builds what it has read and waits for the rest. The pipe is fed from another
            // task, and every wait below is bounded: opening or filling a pipe that nobody reads would block for good.
            var feeding = Task.Run(async () =>
            {
                await using var writer = new FileStream(pipe, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 0);
                await writer.WriteAsync(document.AsMemory(0, document.Length / 2));
                await writer.FlushAsync();
                written.SetResult();
                await release.Task;
            });
            var rebuild = database + ".rebuild";
            var waited = Stopwatch.StartNew();
            while (!(File.Exists(rebuild) && written.Task.IsCompleted) && !child.HasExited && !feeding.IsCompleted && waited.Elapsed < TimeSpan.FromMinutes(2))
            {
                await Task.Delay(50);
            }

            Assert.False(child.HasExited, $"the child ended early: exit {(child.HasExited ? child.ExitCode : 0)}\n{await ReadIfEnded(child, childOutput, childError)}");
            Assert.False(feeding.IsFaulted, $"the pipe could not be fed: {feeding.Exception}");
            Assert.True(written.Task.IsCompleted, "the child must have read the first half of the document");
            Assert.True(File.Exists(rebuild), "the child's build must be under way");

            // This process opens the store while the other one builds: the build is not its to delete...
            await using (var store = new SqliteRorStore(database))
            {
                await store.InitializeAsync(CancellationToken.None);
                Assert.True(File.Exists(rebuild), "a build in progress in another process must not be deleted");

                // ...nor may it start a build of its own.
                var refused = await Assert.ThrowsAsync<RorStoreException>(() => store.ImportExtractionAsync(Empty(), new RorImportOptions { Checkpoint = DateTimeOffset.UnixEpoch }, CancellationToken.None));
                Assert.Contains("in progress", refused.Message, StringComparison.Ordinal);
                Assert.True(File.Exists(rebuild), "a refused build must leave the one in progress alone");
            }

            // The tool says so, with its own exit code.
            var run = await CliRun.RunAsync("import-public", CliRun.Fixture("good.xml"), "--db", database);
            Assert.True(run.ExitCode == 7, run.ToString());
            Assert.Contains("full refresh", run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
            Assert.True(File.Exists(rebuild), "a refused import must leave the build in progress alone");

            // The builder dies (the operating system releases its lock): its unfinished build is deleted at the next open.
            child.Kill(entireProcessTree: true);
            await child.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
            release.SetResult();
            await feeding.WaitAsync(TimeSpan.FromMinutes(1));

            await using (var store = new SqliteRorStore(database))
            {
                await store.InitializeAsync(CancellationToken.None);
                Assert.False(File.Exists(database + ".rebuild"), "the killed run's unfinished build must be deleted");
                Assert.Equal(0, (await store.GetCountsAsync(CancellationToken.None)).Establishments);
            }
        }
        finally
        {
            if (child is { HasExited: false })
            {
                child.Kill(entireProcessTree: true);
            }

            child?.Dispose();
            SqliteConnection.ClearAllPools();
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task ImportPublic_InAnotherProcess_AStoreAlreadyOpenHereReadsAndWritesTheNewFile()
    {
        var directory = Directory.CreateTempSubdirectory("ror-cli-swap-");
        try
        {
            var database = Path.Combine(directory.FullName, "ror.db");
            var offer = await GeneratedAsync(seed: 6, establishments: 1);

            // A store opened here, as a hosted synchronisation keeps it, loaded with three establishments of its own and read.
            await using var longLived = new SqliteRorStore(database);
            using (var extraction = new MemoryStream(await GeneratedAsync(seed: 5, establishments: 3)))
            {
                await longLived.ImportExtractionAsync(Ror.Client.Csd.CsdReader.ReadEntitiesAsync(extraction), new RorImportOptions { Checkpoint = DateTimeOffset.UnixEpoch }, CancellationToken.None);
            }

            Assert.Equal(3, (await longLived.GetCountsAsync(CancellationToken.None)).Establishments);

            // The public file imported into the same database by the tool, in another process: a full refresh swapped in.
            using (var child = StartTool("import-public", CliRun.Fixture("good.xml"), "--db", database, "-q"))
            {
                var output = child.StandardOutput.ReadToEndAsync();
                var error = child.StandardError.ReadToEndAsync();
                await child.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
                Assert.True(child.ExitCode == 0, $"exit {child.ExitCode}\n{await output}\n{await error}");
            }

            // The store opened before reads the new file (its connections were to the replaced one): the public file's
            // one establishment, not its own three...
            Assert.Equal(1, (await longLived.GetCountsAsync(CancellationToken.None)).Establishments);

            // ...and writes into it: another store sees both establishments.
            using (var stream = new MemoryStream(offer))
            {
                Assert.Equal(RorStoreChange.Added, await longLived.ReplaceEstablishmentAsync(await Ror.Client.Csd.CsdReader.ReadDocumentAsync(stream), CancellationToken.None));
            }

            await using var other = new SqliteRorStore(database);
            Assert.Equal(2, (await other.GetCountsAsync(CancellationToken.None)).Establishments);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            directory.Delete(recursive: true);
        }
    }

    /// <summary>A generated CSD document of <paramref name="establishments"/> establishments.</summary>
    private static async Task<byte[]> GeneratedAsync(int seed, int establishments)
    {
        using var buffer = new MemoryStream();
        await new RorDatasetGenerator(new RorDatasetOptions { Seed = seed, EstablishmentCount = establishments }).WriteDocumentAsync(buffer);
        return buffer.ToArray();
    }

    /// <summary>Starts the tool in a child process, its output redirected.</summary>
    private static Process StartTool(params string[] arguments) =>
        Process.Start(new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "ror.dll"), .. arguments])
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;

    private static async IAsyncEnumerable<Ror.Client.Csd.Models.CsdEntity> Empty()
    {
        await Task.Yield();
        yield break;
    }

    /// <summary>A test that needs a named pipe as a file (<c>mkfifo</c>): skipped on Windows, where the lock under test works the same way.</summary>
    private sealed class UnixFactAttribute : FactAttribute
    {
        public UnixFactAttribute()
        {
            if (OperatingSystem.IsWindows())
            {
                Skip = "Named pipes as files (mkfifo) are a Unix feature.";
            }
        }
    }

    private static async Task<string> ReadIfEnded(Process child, Task<string> output, Task<string> error) =>
        child.HasExited ? $"--- out\n{await output}\n--- err\n{await error}" : string.Empty;
}
