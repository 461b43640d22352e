using Ror.Client.Sync.Storage;
using Ror.Client.Sync.Tests.Fixtures;

namespace Ror.Client.Sync.Tests;

public sealed class BackgroundFileSyncTests : IDisposable
{
    private readonly TemporaryDatabase _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Request_OneAtATime_StartsASyncOnlyWhenNoneRuns()
    {
        var path = _directory.PathOf("data.bin");
        await File.WriteAllBytesAsync(path, new byte[1 << 20]);
        using var sync = new BackgroundFileSync(path);

        sync.Request();
        await sync.WaitAsync();
        sync.Request();
        await sync.WaitAsync();

        Assert.Equal(2, sync.Started);
    }

    [Fact]
    public async Task Dispose_WhileTheFileIsWritten_LeavesTheFileWholeAndDeletable()
    {
        var path = _directory.PathOf("data.bin");
        var sync = new BackgroundFileSync(CreateEmpty(path));
        await using (var file = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite))
        {
            for (var i = 0; i < 64; i++)
            {
                await file.WriteAsync(new byte[64 * 1024]);
                sync.Request();
            }
        }

        sync.Dispose();

        Assert.Equal(64 * 64 * 1024, new FileInfo(path).Length);
        File.Delete(path);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Constructor_MissingFile_Throws()
    {
        Assert.Throws<FileNotFoundException>(() => new BackgroundFileSync(_directory.PathOf("missing.bin")));
    }

    private static string CreateEmpty(string path)
    {
        File.WriteAllBytes(path, []);
        return path;
    }
}
