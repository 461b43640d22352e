using System.Buffers;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Ror.Client.Sync.Storage;

/// <summary>
/// Records the statements a row writer runs, with their values, into <see cref="RowRecording"/>s that another thread
/// replays on the connection (<see cref="RowReplayer"/>). An extraction import uses it so that everything but SQLite
/// itself (walking the entities, formatting and encoding the values, buffering the child rows) runs on the thread that
/// reads the entities, and the thread that writes the database only binds and steps.
/// </summary>
/// <remarks>
/// One thread records (the writer and its statements are not thread-safe); the statement table is read by the
/// replaying thread, which only ever looks up statements of a recording it was handed.
/// </remarks>
internal sealed class RowRecorder : IRowStatementFactory
{
    private readonly List<(string Sql, int ParameterCount)> _statements = [];
    private readonly Lock _statementsLock = new();
    private RowRecording? _current;

    /// <summary>The recording the statements go into.</summary>
    public RowRecording Current
    {
        get => _current ?? throw new InvalidOperationException("No recording is open.");
        set => _current = value;
    }

    /// <inheritdoc />
    public IRowStatement Prepare(string sql, int parameterCount)
    {
        ArgumentException.ThrowIfNullOrEmpty(sql);
        ArgumentOutOfRangeException.ThrowIfNegative(parameterCount);
        int id;
        lock (_statementsLock)
        {
            id = _statements.Count;
            _statements.Add((sql, parameterCount));
        }

        return new RecordingStatement(this, id, parameterCount);
    }

    /// <summary>The SQL and parameter count of a recorded statement.</summary>
    public (string Sql, int ParameterCount) Statement(int id)
    {
        lock (_statementsLock)
        {
            return _statements[id];
        }
    }

    private sealed class RecordingStatement(RowRecorder recorder, int id, int parameterCount) : IRowStatement
    {
        public IRowStatement Text(string? value)
        {
            recorder.Current.Open(id, parameterCount).AddText(value);
            return this;
        }

        public IRowStatement Integer(long? value)
        {
            recorder.Current.Open(id, parameterCount).AddInteger(value);
            return this;
        }

        public IRowStatement Flag(bool value) => Integer(value ? 1 : 0);

        public IRowStatement Real(double? value)
        {
            recorder.Current.Open(id, parameterCount).AddReal(value);
            return this;
        }

        public IRowStatement Blob(ReadOnlyMemory<byte>? value)
        {
            recorder.Current.Open(id, parameterCount).AddBlob(value);
            return this;
        }

        public void Run(SqliteTransaction? transaction) => recorder.Current.EndStatement(id, parameterCount);

        public void Dispose()
        {
        }
    }
}

/// <summary>
/// A batch of recorded statements and their values: text encoded as UTF-8 and blobs (the raw CSD) copied, both into
/// one buffer, and commit points. Reused from batch to batch (<see cref="Clear"/>), so a long import makes no garbage
/// here.
/// </summary>
/// <remarks>
/// Blobs are copied when recorded, so that what they were read from (an entity's XML as read, a writer's buffer) can
/// die young on the recording thread. A batch of 64 entities with their raw CSD holds some 200 KB, so an import that
/// keeps it starts the buffer at 256 KB (<see cref="BatchWithRawCsdBytes"/>): on the large object heap, which the
/// collector does not copy, and with no growth steps (each a copy and a discarded array). It is reused from then on;
/// one grown to the size of an unusually large batch is let go of when cleared.
/// The buffers (bytes, values, operations) come from the shared array pools and go back to them at the end of an import
/// (<see cref="Return"/>): an import of 2,000 establishments keeps some 34 recordings in flight, whose buffers (some
/// 40 MB, mostly on the large object heap) the next import would otherwise allocate again, touching fresh memory and
/// bringing collections forward.
/// </remarks>
internal sealed class RowRecording
{
    private const int NoStatement = -1;
    private const int CommitMarker = -2;

    /// <summary>The byte buffer's first size for a batch of entities with their raw CSD (see the remarks).</summary>
    internal const int BatchWithRawCsdBytes = 256 * 1024;

    /// <summary>The byte buffer's first size for text values only.</summary>
    internal const int TextBytes = 16 * 1024;

    /// <summary>A byte buffer larger than this (a batch of unusually large entities) is not kept for the next batch.</summary>
    internal const int KeptBytes = 4 * 1024 * 1024;

    /// <summary>
    /// Values a recording of a batch of entities with their raw CSD holds at first: a batch of 64 generated entities
    /// recorded up to some 5,000 values (organisations, with their child rows), so it does not grow.
    /// </summary>
    private const int BatchValues = 8192;

    /// <summary>Values a recording of text values only holds at first.</summary>
    private const int TextValues = 1024;

    /// <summary>Operations a recording holds at first (a batch of 64 entities recorded fewer than 100).</summary>
    private const int InitialOperations = 256;

    private Value[] _values;
    private int _valueCount;
    private readonly int _initialBytes;
    private byte[] _bytes;
    private int _byteCount;
    private Operation[] _operations;
    private int _operationCount;

    // The statement whose values are being added, and where they start.
    private int _open = NoStatement;
    private int _openValues;
    private int _openBytes;

    /// <summary>Creates an empty recording.</summary>
    /// <param name="initialBytes">The first size of the buffer that holds text and blobs (<see cref="BatchWithRawCsdBytes"/> or <see cref="TextBytes"/>).</param>
    public RowRecording(int initialBytes = TextBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(initialBytes);
        _initialBytes = initialBytes;
        _bytes = ArrayPool<byte>.Shared.Rent(initialBytes);
        _values = ArrayPool<Value>.Shared.Rent(initialBytes >= BatchWithRawCsdBytes ? BatchValues : TextValues);
        _operations = ArrayPool<Operation>.Shared.Rent(InitialOperations);
    }

    /// <summary>Kinds of recorded values.</summary>
    internal enum ValueKind : byte
    {
        /// <summary>SQL NULL.</summary>
        Null,

        /// <summary>UTF-8 text in the byte buffer (possibly empty).</summary>
        Text,

        /// <summary>A 64-bit integer.</summary>
        Integer,

        /// <summary>A real number.</summary>
        Real,

        /// <summary>Bytes in the byte buffer.</summary>
        Blob,
    }

    /// <summary>Operations recorded (statements and commit points).</summary>
    public int OperationCount => _operationCount;

    /// <summary>Forgets everything, keeping the buffers (but a byte buffer grown past <see cref="KeptBytes"/>).</summary>
    public void Clear()
    {
        _valueCount = 0;
        _byteCount = 0;
        _operationCount = 0;
        _open = NoStatement;
        if (_bytes.Length > KeptBytes)
        {
            // Left to the collector rather than kept in the shared pool.
            _bytes = ArrayPool<byte>.Shared.Rent(_initialBytes);
        }
    }

    /// <summary>
    /// Gives the buffers back to the shared pools, for the next recordings (of this import or the next one), and empties
    /// the recording (recording into it again rents new buffers). Called only once nothing reads it any more: the pools
    /// hand the buffers out again.
    /// </summary>
    public void Return()
    {
        var bytes = _bytes;
        var values = _values;
        var operations = _operations;
        _bytes = [];
        _values = [];
        _operations = [];
        _valueCount = 0;
        _byteCount = 0;
        _operationCount = 0;
        _open = NoStatement;
        if (bytes.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<Value>.Shared.Return(values);
            ArrayPool<Operation>.Shared.Return(operations);
        }
    }

    /// <summary>The size of the byte buffer (tests).</summary>
    internal int ByteCapacity => _bytes.Length;

    /// <summary>Marks the point where the replaying side commits, with the entities stored once it has.</summary>
    public void AddCommit(long entities)
    {
        if (_open != NoStatement)
        {
            DiscardOpenStatement();
            throw new InvalidOperationException("A commit point cannot fall inside a statement.");
        }

        AddOperation(new Operation(CommitMarker, _valueCount, 0, entities));
    }

    /// <summary>Whether operation <paramref name="index"/> is a commit point; if so, the entities stored once committed.</summary>
    public bool IsCommit(int index, out long entities)
    {
        ref readonly var operation = ref _operations[index];
        entities = operation.Entities;
        return operation.Statement == CommitMarker;
    }

    /// <summary>The statement of operation <paramref name="index"/> (not a commit point).</summary>
    public int StatementOf(int index) => _operations[index].Statement;

    /// <summary>
    /// Binds the values of operation <paramref name="index"/> to <paramref name="command"/>, in order. Text and blobs are
    /// bound in place from <paramref name="bytes"/>, this recording's byte buffer (<see cref="Bytes"/>) pinned by the
    /// caller, who keeps it pinned until the command has run.
    /// </summary>
    public unsafe void Bind(int index, PreparedCommand command, byte* bytes)
    {
        ref readonly var operation = ref _operations[index];
        var end = operation.FirstValue + operation.ValueCount;
        for (var i = operation.FirstValue; i < end; i++)
        {
            ref readonly var value = ref _values[i];
            switch (value.Kind)
            {
                case ValueKind.Text:
                    command.PinnedText(bytes + value.Offset, value.Length);
                    break;
                case ValueKind.Integer:
                    command.Integer(value.Integer);
                    break;
                case ValueKind.Real:
                    command.Real(value.Real);
                    break;
                case ValueKind.Blob:
                    command.PinnedBlob(bytes + value.Offset, value.Length);
                    break;
                default:
                    command.Text(null);
                    break;
            }
        }
    }

    /// <summary>The buffer that holds the recorded text and blob values (pin it around <see cref="Bind"/> and the run).</summary>
    public byte[] Bytes => _bytes;

    /// <summary>The kind and, for text, the UTF-8 bytes of a value of operation <paramref name="index"/> (tests).</summary>
    internal (ValueKind Kind, object? Value) ValueAt(int index, int parameter)
    {
        ref readonly var operation = ref _operations[index];
        ref readonly var value = ref _values[operation.FirstValue + parameter];
        return value.Kind switch
        {
            ValueKind.Text => (value.Kind, Encoding.UTF8.GetString(_bytes, value.Offset, value.Length)),
            ValueKind.Integer => (value.Kind, value.Integer),
            ValueKind.Real => (value.Kind, value.Real),
            ValueKind.Blob => (value.Kind, _bytes.AsSpan(value.Offset, value.Length).ToArray()),
            _ => (value.Kind, null),
        };
    }

    /// <summary>
    /// Starts or continues the values of <paramref name="statement"/>; throws, forgetting the values bound so far, when
    /// another statement is half-bound or this one has all its values.
    /// </summary>
    internal RowRecording Open(int statement, int parameterCount)
    {
        if (_open == statement)
        {
            if (_valueCount - _openValues == parameterCount)
            {
                DiscardOpenStatement();
                throw new InvalidOperationException($"The statement takes {parameterCount} values; one more was bound.");
            }

            return this;
        }

        if (_open != NoStatement)
        {
            DiscardOpenStatement();
            throw new InvalidOperationException("A statement was bound while another one had values bound and had not run.");
        }

        if (parameterCount == 0)
        {
            throw new InvalidOperationException("The statement takes no values; one was bound.");
        }

        _open = statement;
        _openValues = _valueCount;
        _openBytes = _byteCount;
        return this;
    }

    internal void AddText(string? value)
    {
        if (value is null)
        {
            AddValue(default);
            return;
        }

        var length = Encoding.UTF8.GetBytes(value, Room(Encoding.UTF8.GetMaxByteCount(value.Length)));
        AddValue(Value.Bytes(ValueKind.Text, _byteCount, length));
        _byteCount += length;
    }

    internal void AddInteger(long? value) => AddValue(value is { } number ? Value.Of(number) : default);

    internal void AddReal(double? value) => AddValue(value is { } number ? Value.Of(number) : default);

    internal void AddBlob(ReadOnlyMemory<byte>? value)
    {
        if (value is not { } bytes)
        {
            AddValue(default);
            return;
        }

        bytes.Span.CopyTo(Room(bytes.Length));
        AddValue(Value.Bytes(ValueKind.Blob, _byteCount, bytes.Length));
        _byteCount += bytes.Length;
    }

    /// <summary>The free end of the byte buffer, grown (by doubling) to at least <paramref name="length"/> bytes.</summary>
    private Span<byte> Room(int length)
    {
        if (_bytes.Length - _byteCount < length)
        {
            var grown = ArrayPool<byte>.Shared.Rent(Math.Max(_bytes.Length * 2, _byteCount + length));
            _bytes.AsSpan(0, _byteCount).CopyTo(grown);
            ArrayPool<byte>.Shared.Return(_bytes);
            _bytes = grown;
        }

        return _bytes.AsSpan(_byteCount);
    }

    /// <summary>Ends the statement whose values were just bound; throws, forgetting them, when they are not all there.</summary>
    internal void EndStatement(int statement, int parameterCount)
    {
        var open = _open == statement;
        var bound = open ? _valueCount - _openValues : 0;
        if (!open && _open != NoStatement)
        {
            DiscardOpenStatement();
            throw new InvalidOperationException("A statement was run while another one had values bound and had not run.");
        }

        if (bound != parameterCount)
        {
            DiscardOpenStatement();
            throw new InvalidOperationException($"The statement takes {parameterCount} values, {bound} bound.");
        }

        AddOperation(new Operation(statement, open ? _openValues : _valueCount, parameterCount, 0));
        _open = NoStatement;
    }

    /// <summary>Forgets the values of a statement that was bound and will not run (after a failure while binding it).</summary>
    internal void DiscardOpenStatement()
    {
        if (_open == NoStatement)
        {
            return;
        }

        _valueCount = _openValues;
        _byteCount = _openBytes;
        _open = NoStatement;
    }

    private void AddValue(Value value)
    {
        if (_valueCount == _values.Length)
        {
            _values = Grow(_values, _valueCount);
        }

        _values[_valueCount++] = value;
    }

    private void AddOperation(Operation operation)
    {
        if (_operationCount == _operations.Length)
        {
            _operations = Grow(_operations, _operationCount);
        }

        _operations[_operationCount++] = operation;
    }

    /// <summary>A pooled array twice as large holding the first <paramref name="count"/> items of <paramref name="items"/>, which goes back to the pool.</summary>
    private static T[] Grow<T>(T[] items, int count)
    {
        var grown = ArrayPool<T>.Shared.Rent(Math.Max(items.Length * 2, 16));
        items.AsSpan(0, count).CopyTo(grown);
        ArrayPool<T>.Shared.Return(items);
        return grown;
    }

    /// <summary>
    /// A recorded value in 16 bytes. Text and blobs: where their bytes are in the buffer, the kind in the number's place.
    /// Integers and reals: the number (a real's bits), the kind negated in the length's place. The default value is SQL NULL.
    /// </summary>
    private readonly struct Value
    {
        private readonly long _number;
        private readonly int _offset;
        private readonly int _length;

        private Value(long number, int offset, int length)
        {
            _number = number;
            _offset = offset;
            _length = length;
        }

        public ValueKind Kind => _length < 0 ? (ValueKind)(-_length) : (ValueKind)_number;

        public int Offset => _offset;

        public int Length => _length;

        public long Integer => _number;

        public double Real => BitConverter.Int64BitsToDouble(_number);

        public static Value Bytes(ValueKind kind, int offset, int length) => new((long)kind, offset, length);

        public static Value Of(long number) => new(number, 0, -(int)ValueKind.Integer);

        public static Value Of(double number) => new(BitConverter.DoubleToInt64Bits(number), 0, -(int)ValueKind.Real);
    }

    private readonly record struct Operation(int Statement, int FirstValue, int ValueCount, long Entities);
}

/// <summary>
/// Runs recordings on a connection: each recorded statement is prepared once, on first use, then bound from the
/// recording and stepped.
/// </summary>
/// <param name="connection">The open write connection.</param>
/// <param name="recorder">The recorder whose statements the recordings refer to.</param>
/// <param name="direct">Whether the statements call SQLite's entry points directly where the library allows it (see <see cref="SqliteNative"/>).</param>
internal sealed class RowReplayer(SqliteConnection connection, RowRecorder recorder, bool direct = true) : IDisposable
{
    private PreparedCommand?[] _commands = new PreparedCommand?[64];

    /// <summary>
    /// Runs the operations of <paramref name="recording"/> inside <paramref name="transaction"/>; at a commit point,
    /// calls <paramref name="commit"/> with the entities stored so far, which commits and returns the next transaction.
    /// </summary>
    public unsafe SqliteTransaction Replay(RowRecording recording, SqliteTransaction transaction, Func<long, SqliteTransaction> commit)
    {
        // The values are bound in place (SQLITE_STATIC where the library allows it): the byte buffer stays pinned for
        // the whole recording. A statement always has every parameter bound again before it runs, so the pointers it keeps
        // after a run are never read.
        fixed (byte* bytes = recording.Bytes)
        {
            for (var i = 0; i < recording.OperationCount; i++)
            {
                if (recording.IsCommit(i, out var entities))
                {
                    transaction = commit(entities);
                    continue;
                }

                var command = Command(recording.StatementOf(i));
                recording.Bind(i, command, bytes);
                command.Run(transaction);
            }
        }

        return transaction;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var command in _commands)
        {
            command?.Dispose();
        }
    }

    private PreparedCommand Command(int id)
    {
        if (id >= _commands.Length)
        {
            Array.Resize(ref _commands, Math.Max(_commands.Length * 2, id + 1));
        }

        if (_commands[id] is { } command)
        {
            return command;
        }

        var (sql, parameterCount) = recorder.Statement(id);
        return _commands[id] = new PreparedCommand(connection, sql, parameterCount, direct);
    }
}
