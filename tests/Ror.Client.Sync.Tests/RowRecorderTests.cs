using Microsoft.Data.Sqlite;
using Ror.Client.Sync.Storage;

namespace Ror.Client.Sync.Tests;

public sealed class RowRecorderTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public RowRecorderTests()
    {
        _connection.Open();
        using var create = _connection.CreateCommand();
        create.CommandText = "CREATE TABLE t (a TEXT, b INTEGER, c REAL, d BLOB, e TEXT); CREATE TABLE log (k TEXT, n INTEGER, r REAL)";
        create.ExecuteNonQuery();
    }

    public void Dispose() => _connection.Dispose();

    private List<object?[]> Rows(string table)
    {
        using var select = _connection.CreateCommand();
        select.CommandText = table == "t"
            ? "SELECT a, b, c, d, e, typeof(a), typeof(e) FROM t ORDER BY rowid"
            : "SELECT k, n, r, typeof(k) FROM log ORDER BY rowid";
        using var reader = select.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    /// <summary>A recorder with an open recording.</summary>
    private static (RowRecorder Recorder, RowRecording Recording) NewRecorder()
    {
        var recorder = new RowRecorder();
        var recording = new RowRecording();
        recorder.Current = recording;
        return (recorder, recording);
    }

    private static void Bind(IRowStatement statement, string? text, long? number, double? real, byte[]? blob, string? other) =>
        statement.Text(text).Integer(number).Real(real).Blob(blob is null ? (ReadOnlyMemory<byte>?)null : blob).Text(other);

    private static readonly (string? Text, long? Number, double? Real, byte[]? Blob, string? Other)[] Values =
    [
        ("plain", 1, 0.5, [1, 2, 3], null),
        (string.Empty, null, null, null, string.Empty),
        ("é à ü, œ — ✓ 𝄞", long.MinValue, -1e300, [0], "Ñ"),
        (null, long.MaxValue, 43.547341, [], "x"),
    ];

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Replay_GivesTheRowsThatBindingOnTheConnectionGives(bool direct)
    {
        // The reference rows are bound through the provider; the replay binds in place, directly or not.
        const string Insert = "INSERT INTO t VALUES (@p0, @p1, @p2, @p3, @p4)";
        using (var throughProvider = new PreparedCommand(_connection, Insert, 5, direct: false))
        using (var transaction = _connection.BeginTransaction())
        {
            foreach (var (text, number, real, blob, other) in Values)
            {
                Bind(throughProvider, text, number, real, blob, other);
                throughProvider.Run(transaction);
            }

            transaction.Commit();
        }

        var expected = Rows("t");
        using (var delete = _connection.CreateCommand())
        {
            delete.CommandText = "DELETE FROM t";
            delete.ExecuteNonQuery();
        }

        var (recorder, recording) = NewRecorder();
        var recorded = recorder.Prepare(Insert, 5);
        foreach (var (text, number, real, blob, other) in Values)
        {
            Bind(recorded, text, number, real, blob, other);
            recorded.Run(null);
        }

        // Nothing reaches the database until the recording is replayed.
        Assert.Empty(Rows("t"));

        using var replayer = new RowReplayer(_connection, recorder, direct);
        var replayTransaction = _connection.BeginTransaction();
        replayTransaction = replayer.Replay(recording, replayTransaction, _ => throw new InvalidOperationException("no commit point was recorded"));
        replayTransaction.Commit();
        replayTransaction.Dispose();

        Assert.Equal(expected, Rows("t"));
        Assert.Equal(Values.Length, expected.Count);
        Assert.Equal(new object?[] { string.Empty, null, null, null, string.Empty, "text", "text" }, expected[1]);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Replay_RecordingClearedAndRecordedAgain_EachReplayStoresItsOwnValues(bool direct)
    {
        // The statements keep pointers to the values they were last bound to (in place, where direct): a recording
        // cleared and filled again, with longer and shorter values at other offsets, must store exactly its new values.
        var (recorder, recording) = NewRecorder();
        var insert = recorder.Prepare("INSERT INTO t VALUES (?, ?, ?, ?, ?)", 5);
        using var replayer = new RowReplayer(_connection, recorder, direct);
        var expected = new List<object?[]>();
        for (var round = 0; round < 3; round++)
        {
            recording.Clear();
            for (var row = 0; row < 40; row++)
            {
                var text = new string((char)('a' + round), 1 + ((row * 7) + (round * 13)) % 300);
                var blob = Enumerable.Repeat((byte)(round + row), (row + round) % 5).ToArray();
                insert.Text(text).Integer(row).Real(round).Blob(blob).Text(row % 3 == 0 ? null : "é" + row).Run(null);
                expected.Add([text, (long)row, (double)round, blob, row % 3 == 0 ? null : "é" + row, "text", row % 3 == 0 ? "null" : "text"]);
            }

            var transaction = _connection.BeginTransaction();
            transaction = replayer.Replay(recording, transaction, _ => throw new InvalidOperationException("no commit point was recorded"));
            transaction.Commit();
            transaction.Dispose();
        }

        Assert.Equal(expected, Rows("t"));
    }

    [Fact]
    public void Replay_CommitPoint_CommitsWhatCameBeforeAndGoesOnInTheNextTransaction()
    {
        var (recorder, recording) = NewRecorder();
        var insert = recorder.Prepare("INSERT INTO log VALUES (?, ?, ?)", 3);
        insert.Text("first").Integer(1).Real(null).Run(null);
        recording.AddCommit(1);
        insert.Text("second").Integer(2).Real(null).Run(null);

        using var replayer = new RowReplayer(_connection, recorder);
        var commits = new List<long>();
        var transaction = _connection.BeginTransaction();
        transaction = replayer.Replay(recording, transaction, entities =>
        {
            commits.Add(entities);
            transaction.Commit();
            transaction.Dispose();

            // What the commit made durable is visible outside the transaction that follows.
            Assert.Single(Rows("log"));
            return _connection.BeginTransaction();
        });

        Assert.Equal([1L], commits);
        transaction.Rollback();
        transaction.Dispose();
        Assert.Equal(["first"], Rows("log").Select(row => row[0]));
    }

    [Fact]
    public void BatchedInsert_OverARecorder_ReplaysItsRowsInOrder()
    {
        var (recorder, recording) = NewRecorder();
        using var batched = new BatchedInsert(recorder, "INSERT INTO log (k, n, r)", 3, rowsPerStatement: 4);
        for (var i = 1; i <= 10; i++)
        {
            batched.Text($"row{i}").Integer(i).Real(i / 4.0).EndRow(null);
        }

        batched.Flush(null);

        // Two full statements of four rows, then one of two.
        Assert.Equal(3, recording.OperationCount);

        using var replayer = new RowReplayer(_connection, recorder);
        using var transaction = _connection.BeginTransaction();
        replayer.Replay(recording, transaction, _ => throw new InvalidOperationException()).Commit();
        Assert.Equal(
            Enumerable.Range(1, 10).Select(i => new object?[] { $"row{i}", (long)i, i / 4.0, "text" }),
            Rows("log"));
    }

    [Fact]
    public void Run_WithTooFewValues_ThrowsAndForgetsThem()
    {
        var (recorder, recording) = NewRecorder();
        var insert = recorder.Prepare("INSERT INTO log VALUES (?, ?, ?)", 3);

        insert.Text("half").Integer(1);
        var error = Assert.Throws<InvalidOperationException>(() => insert.Run(null));
        Assert.Contains("3 values, 2 bound", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, recording.OperationCount);

        // The statement records normally afterwards, without the values of the failed one.
        insert.Text("whole").Integer(2).Real(0.25).Run(null);
        Assert.Equal(1, recording.OperationCount);
        Assert.Equal((RowRecording.ValueKind.Text, (object?)"whole"), recording.ValueAt(0, 0));
        Assert.Equal((RowRecording.ValueKind.Integer, (object?)2L), recording.ValueAt(0, 1));
    }

    [Fact]
    public void Bind_OneValueTooMany_ThrowsAndForgetsTheStatement()
    {
        var (recorder, recording) = NewRecorder();
        var insert = recorder.Prepare("INSERT INTO log VALUES (?, ?, ?)", 3);

        insert.Text("a").Integer(1).Real(1);
        Assert.Throws<InvalidOperationException>(() => insert.Text("one too many"));

        insert.Text("b").Integer(2).Real(2).Run(null);
        Assert.Equal(1, recording.OperationCount);
        Assert.Equal((RowRecording.ValueKind.Text, (object?)"b"), recording.ValueAt(0, 0));
    }

    [Fact]
    public void Bind_AnotherStatementWhileOneIsHalfBound_ThrowsAndForgetsTheHalfBoundOne()
    {
        var (recorder, recording) = NewRecorder();
        var first = recorder.Prepare("INSERT INTO log VALUES (?, ?, ?)", 3);
        var second = recorder.Prepare("INSERT INTO t (a) VALUES (?)", 1);

        first.Text("a");
        Assert.Throws<InvalidOperationException>(() => second.Text("b"));
        first.Text("a");
        Assert.Throws<InvalidOperationException>(() => recording.AddCommit(0));

        // Both statements record normally afterwards.
        first.Text("c").Integer(3).Real(3).Run(null);
        second.Text("d").Run(null);
        Assert.Equal(2, recording.OperationCount);
        Assert.Equal((RowRecording.ValueKind.Text, (object?)"c"), recording.ValueAt(0, 0));
        Assert.Equal((RowRecording.ValueKind.Text, (object?)"d"), recording.ValueAt(1, 0));
    }

    [Fact]
    public void Clear_ForgetsEverythingAndTheRecordingIsReused()
    {
        var (recorder, recording) = NewRecorder();
        var insert = recorder.Prepare("INSERT INTO log VALUES (?, ?, ?)", 3);
        for (var i = 0; i < 1000; i++)
        {
            insert.Text(new string('x', i)).Integer(i).Real(i).Run(null);
        }

        recording.AddCommit(1000);
        recording.Clear();

        Assert.Equal(0, recording.OperationCount);

        insert.Text("again").Integer(7).Real(null).Run(null);
        using var replayer = new RowReplayer(_connection, recorder);
        using var transaction = _connection.BeginTransaction();
        replayer.Replay(recording, transaction, _ => throw new InvalidOperationException()).Commit();
        Assert.Equal([new object?[] { "again", 7L, null, "text" }], Rows("log"));
    }

    [Fact]
    public void Blob_IsCopiedWhenRecorded_SoItsSourceMayBeReusedAtOnce()
    {
        var (recorder, recording) = NewRecorder();
        var insert = recorder.Prepare("INSERT INTO log VALUES (?, ?, ?)", 3);
        var source = new byte[3000];
        for (var i = 0; i < 20; i++)
        {
            // One source buffer for every row, overwritten before the next one, as the import's raw CSD writer does.
            source.AsSpan().Fill((byte)i);
            insert.Text("row " + i).Integer(i).Blob(source.AsMemory(0, 1000 + i)).Run(null);
        }

        source.AsSpan().Clear();
        for (var i = 0; i < 20; i++)
        {
            var (kind, value) = recording.ValueAt(i, 2);
            Assert.Equal(RowRecording.ValueKind.Blob, kind);
            var bytes = Assert.IsType<byte[]>(value);
            Assert.Equal(1000 + i, bytes.Length);
            Assert.All(bytes, b => Assert.Equal((byte)i, b));
        }
    }

    [Fact]
    public void Clear_AfterAnUnusuallyLargeBatch_LetsItsByteBufferGo()
    {
        var (recorder, recording) = NewRecorder();
        var insert = recorder.Prepare("INSERT INTO log VALUES (?, ?, ?)", 3);
        insert.Text("large").Integer(1).Blob(new byte[RowRecording.KeptBytes + 1]).Run(null);
        Assert.True(recording.ByteCapacity > RowRecording.KeptBytes);

        recording.Clear();
        Assert.Equal(RowRecording.TextBytes, recording.ByteCapacity);

        // A usual batch keeps its buffer from one use to the next.
        insert.Text("usual").Integer(2).Blob(new byte[100_000]).Run(null);
        var capacity = recording.ByteCapacity;
        recording.Clear();
        Assert.Equal(capacity, recording.ByteCapacity);
    }

    [Fact]
    public void Replay_BatchLargerThanTheFirstBuffers_GrowsThemAndKeepsEveryValue()
    {
        // More values, operations and bytes than a recording holds at first: each array grows from the shared pool, and
        // every value recorded before a growth is still there, with its kind.
        var (recorder, recording) = NewRecorder();
        var insert = recorder.Prepare("INSERT INTO log VALUES (?, ?, ?)", 3);
        var expected = new List<object?[]>();
        double[] reals = [0.0, -0.0, double.Epsilon, double.MaxValue, double.NegativeInfinity, -43.5];
        for (var i = 0; i < 3000; i++)
        {
            string? text = i % 11 == 0 ? null : new string((char)('a' + (i % 26)), i % 40);
            long? number = i % 7 == 0 ? null : (i % 2 == 0 ? long.MinValue + i : -i);
            double? real = i % 5 == 0 ? null : reals[i % reals.Length];
            insert.Text(text).Integer(number).Real(real).Run(null);
            expected.Add([text, number, real, text is null ? "null" : "text"]);
            if (i % 1000 == 999)
            {
                recording.AddCommit(i + 1);
            }
        }

        Assert.True(recording.ByteCapacity > RowRecording.TextBytes);
        using var replayer = new RowReplayer(_connection, recorder);
        var commits = new List<long>();
        var transaction = _connection.BeginTransaction();
        transaction = replayer.Replay(recording, transaction, stored =>
        {
            commits.Add(stored);
            transaction.Commit();
            transaction.Dispose();
            transaction = _connection.BeginTransaction();
            return transaction;
        });
        transaction.Commit();
        transaction.Dispose();

        Assert.Equal([1000L, 2000L, 3000L], commits);
        Assert.Equal(expected, Rows("log"));
    }

    [Fact]
    public void Return_EmptiesTheRecording_AndRecordingAgainStillWorks()
    {
        var (recorder, recording) = NewRecorder();
        var insert = recorder.Prepare("INSERT INTO log VALUES (?, ?, ?)", 3);
        insert.Text("before").Integer(1).Real(1.5).Run(null);

        recording.Return();
        Assert.Equal(0, recording.OperationCount);
        Assert.Equal(0, recording.ByteCapacity);

        insert.Text("after").Integer(2).Real(2.5).Run(null);
        using var replayer = new RowReplayer(_connection, recorder);
        using var transaction = _connection.BeginTransaction();
        replayer.Replay(recording, transaction, _ => throw new InvalidOperationException()).Commit();
        Assert.Equal([new object?[] { "after", 2L, 2.5, "text" }], Rows("log"));
    }

    [Fact]
    public void Run_OfAStatementPreparedOnAConnection_WithoutTransaction_Throws()
    {
        using var insert = new PreparedCommand(_connection, "INSERT INTO log VALUES (?, ?, ?)", 3);
        IRowStatement statement = insert;
        statement.Text("a").Integer(1).Real(1);
        Assert.Throws<ArgumentNullException>(() => statement.Run(null));
    }

    [Fact]
    public void Finalize_OfARecordingWriter_Throws()
    {
        var recorder = new RowRecorder();
        recorder.Current = new RowRecording();
        using var writer = new EntityRowWriter(recorder, keepRawCsd: false, rowsPerStatement: 16);
        Assert.Throws<InvalidOperationException>(() => writer.Finalize(null, establishment: null));
    }
}
