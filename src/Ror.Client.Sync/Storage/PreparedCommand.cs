using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Ror.Client.Sync.Storage;

/// <summary>
/// A parameterised statement prepared once on a connection and executed many times with positional
/// values. It binds and steps through the SQLite handle directly: bulk loads run hundreds of thousands
/// of these, and the per-call cost of the ADO.NET command dominates otherwise. Where the library allows it
/// (<see cref="SqliteNative"/>), binds, steps and resets call SQLite's entry points directly, and values pinned by
/// the caller until the run are bound in place (<see cref="PinnedText"/>, <see cref="PinnedBlob"/>).
/// </summary>
internal sealed unsafe class PreparedCommand : IRowStatement
{
    private const int Row = 100;
    private const int Done = 101;

    private readonly SqliteConnection _connection;
    private readonly sqlite3_stmt _statement;
    private readonly int _parameterCount;
    private readonly SqliteNative.NativeFunctions? _native;
    private readonly IntPtr _handle;
    private readonly bool _referenced;
    private int _next = 1;
    private bool _disposed;
    private byte[] _utf8 = new byte[1024];

    /// <summary>Prepares <paramref name="sql"/> on <paramref name="connection"/>.</summary>
    /// <param name="connection">The open connection.</param>
    /// <param name="sql">One statement with <paramref name="parameterCount"/> positional parameters.</param>
    /// <param name="parameterCount">The number of parameters the statement declares (checked).</param>
    /// <param name="direct">Whether to call SQLite's entry points directly where the library allows it (false: always through the provider).</param>
    public PreparedCommand(SqliteConnection connection, string sql, int parameterCount, bool direct = true)
    {
        _connection = connection;
        _parameterCount = parameterCount;
        var result = raw.sqlite3_prepare_v2(connection.Handle, sql, out _statement);
        if (result != raw.SQLITE_OK)
        {
            throw new SqliteException($"SQLite could not prepare a statement: {raw.sqlite3_errmsg(connection.Handle).utf8_to_string()}", result);
        }

        if (raw.sqlite3_bind_parameter_count(_statement) != parameterCount)
        {
            var declared = raw.sqlite3_bind_parameter_count(_statement);
            _statement.Dispose();
            throw new InvalidOperationException($"The statement declares {declared} parameters, not {parameterCount}.");
        }

        _native = direct ? SqliteNative.Functions : null;
        if (_native is not null)
        {
            // The handle is used without its SafeHandle from now on: a reference keeps it from being released before Dispose.
            _statement.DangerousAddRef(ref _referenced);
            _handle = _statement.DangerousGetHandle();
        }
    }

    /// <summary>Whether this statement calls SQLite's entry points directly (see <see cref="SqliteNative"/>).</summary>
    internal bool IsDirect => _native is not null;

    /// <summary>Runs the statement inside <paramref name="transaction"/> (which must be open on the same connection) with the given values (null becomes SQL NULL).</summary>
    public int Execute(SqliteTransaction transaction, params object?[] values)
    {
        Step(transaction, values, readFirstColumn: false, out _);
        return raw.sqlite3_changes(_connection.Handle);
    }

    /// <summary>Runs the statement and returns the first column of the first row (text or integer), or null.</summary>
    public object? Scalar(SqliteTransaction transaction, params object?[] values)
    {
        Step(transaction, values, readFirstColumn: true, out var value);
        return value;
    }

    private void Step(SqliteTransaction transaction, object?[] values, bool readFirstColumn, out object? firstColumn)
    {
        if (values.Length != _parameterCount)
        {
            throw new InvalidOperationException($"The statement takes {_parameterCount} values, {values.Length} given.");
        }

        if (transaction.Connection != _connection)
        {
            throw new InvalidOperationException("The transaction belongs to another connection.");
        }

        firstColumn = null;
        try
        {
            for (var i = 0; i < values.Length; i++)
            {
                Check(Bind(i + 1, values[i]));
            }

            var result = StepOnce();
            if (result == Row && readFirstColumn)
            {
                firstColumn = raw.sqlite3_column_type(_statement, 0) switch
                {
                    raw.SQLITE_NULL => null,
                    raw.SQLITE_INTEGER => raw.sqlite3_column_int64(_statement, 0),
                    _ => raw.sqlite3_column_text(_statement, 0).utf8_to_string(),
                };
            }
            else if (result != Row && result != Done)
            {
                Check(result);
            }
        }
        finally
        {
            // Every execution binds every parameter again (both entry points check it), so the old values need no clearing.
            ResetOnce();
            _next = 1;
        }
    }

    /// <summary>Binds the next parameter to a text value (null becomes SQL NULL); chain the parameters in order, then <see cref="Run"/>.</summary>
    public PreparedCommand Text(string? value)
    {
        var index = NextIndex();
        BindChecked(value switch
        {
            null => BindNull(index),
            _ => BindUtf8(index, value),
        });
        return this;
    }

    /// <summary>Binds the next parameter to an integer (null becomes SQL NULL).</summary>
    public PreparedCommand Integer(long? value)
    {
        var index = NextIndex();
        BindChecked(value is { } number ? BindInt64(index, number) : BindNull(index));
        return this;
    }

    /// <summary>Binds the next parameter to a boolean stored as 0 or 1.</summary>
    public PreparedCommand Flag(bool value) => Integer(value ? 1 : 0);

    /// <summary>Binds the next parameter to a real number (null becomes SQL NULL).</summary>
    public PreparedCommand Real(double? value)
    {
        var index = NextIndex();
        BindChecked(value is { } number ? BindDouble(index, number) : BindNull(index));
        return this;
    }

    /// <summary>Binds the next parameter to bytes (null becomes SQL NULL).</summary>
    public PreparedCommand Blob(ReadOnlyMemory<byte>? value)
    {
        var index = NextIndex();
        BindChecked(value is { } bytes ? BindBlobCopy(index, bytes.Span) : BindNull(index));
        return this;
    }

    /// <summary>Runs the statement with the parameters bound since the last run, inside <paramref name="transaction"/>.</summary>
    public void Run(SqliteTransaction transaction)
    {
        try
        {
            if (_next != _parameterCount + 1)
            {
                throw new InvalidOperationException($"The statement takes {_parameterCount} values, {_next - 1} bound.");
            }

            if (transaction.Connection != _connection)
            {
                throw new InvalidOperationException("The transaction belongs to another connection.");
            }

            var result = StepOnce();
            if (result != Row && result != Done)
            {
                Check(result);
            }
        }
        finally
        {
            ResetOnce();
            _next = 1;
        }
    }

    /// <summary>Binds the next parameter to text already encoded as UTF-8 (an empty span binds the empty string, not NULL).</summary>
    public PreparedCommand Utf8Text(ReadOnlySpan<byte> utf8)
    {
        var index = NextIndex();
        BindChecked(BindTextCopy(index, utf8));
        return this;
    }

    /// <summary>
    /// Binds the next parameter to UTF-8 text that the caller keeps pinned and unchanged until <see cref="Run"/> has
    /// returned: SQLite reads it in place instead of copying it. (Without direct calls, it is copied as by
    /// <see cref="Utf8Text"/>.)
    /// </summary>
    public PreparedCommand PinnedText(byte* utf8, int length)
    {
        if (length == 0 || _native is null)
        {
            return Utf8Text(new ReadOnlySpan<byte>(utf8, length));
        }

        BindChecked(_native.BindText(_handle, NextIndex(), utf8, length, SqliteNative.Static));
        return this;
    }

    /// <summary>Binds the next parameter to bytes that the caller keeps pinned and unchanged until <see cref="Run"/> has returned (see <see cref="PinnedText"/>).</summary>
    public PreparedCommand PinnedBlob(byte* bytes, int length)
    {
        if (length == 0 || _native is null)
        {
            BindChecked(BindBlobCopy(NextIndex(), new ReadOnlySpan<byte>(bytes, length)));
            return this;
        }

        BindChecked(_native.BindBlob(_handle, NextIndex(), bytes, length, SqliteNative.Static));
        return this;
    }

    IRowStatement IRowStatement.Text(string? value) => Text(value);

    IRowStatement IRowStatement.Integer(long? value) => Integer(value);

    IRowStatement IRowStatement.Flag(bool value) => Flag(value);

    IRowStatement IRowStatement.Real(double? value) => Real(value);

    IRowStatement IRowStatement.Blob(ReadOnlyMemory<byte>? value) => Blob(value);

    void IRowStatement.Run(SqliteTransaction? transaction)
    {
        if (transaction is null)
        {
            // The values bound so far are dropped with the run.
            _next = 1;
            throw new ArgumentNullException(nameof(transaction), "A statement prepared on a connection runs inside a transaction.");
        }

        Run(transaction);
    }

    /// <summary>
    /// Binds a string as UTF-8, transcoded into a reused buffer (SQLite copies it): the database stores UTF-8, so this
    /// spares SQLite a copy and a conversion of its own per value.
    /// </summary>
    private int BindUtf8(int index, string value)
    {
        var maximum = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (_utf8.Length < maximum)
        {
            _utf8 = new byte[Math.Max(maximum, 2 * _utf8.Length)];
        }

        var length = Encoding.UTF8.GetBytes(value, _utf8);
        return BindTextCopy(index, _utf8.AsSpan(0, length));
    }

    // Text, copied by SQLite. The empty string goes through the provider's string overload: an empty span pins to a null
    // pointer, which SQLite binds as NULL.
    private int BindTextCopy(int index, ReadOnlySpan<byte> utf8)
    {
        if (utf8.IsEmpty)
        {
            return raw.sqlite3_bind_text(_statement, index, string.Empty);
        }

        if (_native is null)
        {
            return raw.sqlite3_bind_text(_statement, index, utf8);
        }

        fixed (byte* value = utf8)
        {
            return _native.BindText(_handle, index, value, utf8.Length, SqliteNative.Transient);
        }
    }

    // Bytes, copied by SQLite. An empty blob goes through the provider, which binds it as an empty blob (a null pointer
    // would bind NULL).
    private int BindBlobCopy(int index, ReadOnlySpan<byte> bytes)
    {
        if (_native is null || bytes.IsEmpty)
        {
            return raw.sqlite3_bind_blob(_statement, index, bytes);
        }

        fixed (byte* value = bytes)
        {
            return _native.BindBlob(_handle, index, value, bytes.Length, SqliteNative.Transient);
        }
    }

    private int BindInt64(int index, long value) => _native is { } native ? native.BindInt64(_handle, index, value) : raw.sqlite3_bind_int64(_statement, index, value);

    private int BindDouble(int index, double value) => _native is { } native ? native.BindDouble(_handle, index, value) : raw.sqlite3_bind_double(_statement, index, value);

    private int BindNull(int index) => _native is { } native ? native.BindNull(_handle, index) : raw.sqlite3_bind_null(_statement, index);

    private int StepOnce() => _native is { } native ? native.Step(_handle) : raw.sqlite3_step(_statement);

    private void ResetOnce()
    {
        if (_native is { } native)
        {
            native.Reset(_handle);
        }
        else
        {
            raw.sqlite3_reset(_statement);
        }
    }

    private int NextIndex()
    {
        if (_next > _parameterCount)
        {
            _next = 1;
            throw new InvalidOperationException($"The statement takes {_parameterCount} values; one more was bound.");
        }

        return _next++;
    }

    private void BindChecked(int result)
    {
        if (result != raw.SQLITE_OK)
        {
            _next = 1;
            Check(result);
        }
    }

    private int Bind(int index, object? value) => value switch
    {
        null => BindNull(index),
        string text => BindUtf8(index, text),
        int number => BindInt64(index, number),
        long number => BindInt64(index, number),
        bool flag => BindInt64(index, flag ? 1 : 0),
        double number => BindDouble(index, number),
        decimal number => BindDouble(index, (double)number),
        byte[] bytes => BindBlobCopy(index, bytes),
        ReadOnlyMemory<byte> bytes => BindBlobCopy(index, bytes.Span),
        _ => raw.sqlite3_bind_text(_statement, index, Convert.ToString(value, CultureInfo.InvariantCulture)),
    };

    private void Check(int result)
    {
        if (result != raw.SQLITE_OK)
        {
            throw new SqliteException($"SQLite Error {result}: '{raw.sqlite3_errmsg(_connection.Handle).utf8_to_string()}'.", result, raw.sqlite3_extended_errcode(_connection.Handle));
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_referenced)
        {
            _statement.DangerousRelease();
        }

        _statement.Dispose();
    }
}
