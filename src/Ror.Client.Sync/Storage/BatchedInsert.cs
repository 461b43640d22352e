using Microsoft.Data.Sqlite;

namespace Ror.Client.Sync.Storage;

/// <summary>
/// An <c>INSERT</c> whose rows are buffered and written several per statement (<c>VALUES (…), (…), …</c>).
/// A bulk load writes about a million child rows (contacts, contact points, capacities, links); one statement
/// per row costs a bind-step-reset round trip each, several rows per statement share it.
/// </summary>
/// <remarks>
/// Rows keep their order, so <c>INSERT OR REPLACE</c> and <c>INSERT OR IGNORE</c> give the same table as one
/// statement per row. Buffered rows are not in the database until <see cref="Flush"/>: the owner flushes
/// before anything reads or deletes rows of the table, and before the transaction commits. With one row per
/// statement, every row is written when it ends.
/// </remarks>
internal sealed class BatchedInsert : IDisposable
{
    private readonly IRowStatementFactory _statementFactory;
    private readonly string _head;
    private readonly string _row;
    private readonly int _columns;
    private readonly IRowStatement?[] _statements;
    private readonly Cell[] _cells;
    private int _filled;
    private int _rowStart;

    /// <param name="connection">The open write connection.</param>
    /// <param name="head">The statement up to <c>VALUES</c>, e.g. <c>INSERT OR IGNORE INTO t (a, b)</c>.</param>
    /// <param name="columns">The values per row.</param>
    /// <param name="rowsPerStatement">The rows written by one statement (1 writes every row as it ends).</param>
    public BatchedInsert(SqliteConnection connection, string head, int columns, int rowsPerStatement)
        : this(new ConnectionStatementFactory(connection), head, columns, rowsPerStatement)
    {
    }

    /// <param name="statementFactory">Where the statements come from (a connection, or a recorder).</param>
    /// <param name="head">The statement up to <c>VALUES</c>, e.g. <c>INSERT OR IGNORE INTO t (a, b)</c>.</param>
    /// <param name="columns">The values per row.</param>
    /// <param name="rowsPerStatement">The rows written by one statement (1 writes every row as it ends).</param>
    public BatchedInsert(IRowStatementFactory statementFactory, string head, int columns, int rowsPerStatement)
    {
        ArgumentNullException.ThrowIfNull(statementFactory);
        ArgumentOutOfRangeException.ThrowIfLessThan(columns, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(rowsPerStatement, 1);
        _statementFactory = statementFactory;
        _head = head + " VALUES ";
        _row = "(" + string.Join(", ", Enumerable.Repeat("?", columns)) + ")";
        _columns = columns;
        _statements = new IRowStatement?[rowsPerStatement + 1];
        _cells = new Cell[columns * rowsPerStatement];

        // The one-row statement is prepared now, so that an error in the SQL shows at once.
        _statements[1] = Prepare(1);
    }

    /// <summary>Rows ended and not yet written.</summary>
    public int PendingRows => _rowStart / _columns;

    /// <summary>The next value of the current row: text (null becomes SQL NULL).</summary>
    public BatchedInsert Text(string? value) => Add(new Cell(CellKind.Text, 0, 0, value));

    /// <summary>The next value of the current row: an integer (null becomes SQL NULL).</summary>
    public BatchedInsert Integer(long? value) => Add(value is { } number ? new Cell(CellKind.Integer, number, 0, null) : default);

    /// <summary>The next value of the current row: a real number (null becomes SQL NULL).</summary>
    public BatchedInsert Real(double? value) => Add(value is { } number ? new Cell(CellKind.Real, 0, number, null) : default);

    /// <summary>Ends the current row; writes the buffered rows when the statement is full.</summary>
    public void EndRow(SqliteTransaction? transaction)
    {
        if (_filled - _rowStart != _columns)
        {
            var given = _filled - _rowStart;
            DiscardPartialRow();
            throw new InvalidOperationException($"The row takes {_columns} values, {given} given.");
        }

        _rowStart = _filled;
        if (_filled == _cells.Length)
        {
            Flush(transaction);
        }
    }

    /// <summary>Forgets the values of a row that was started and not ended (after a failure while building it).</summary>
    public void DiscardPartialRow()
    {
        Array.Clear(_cells, _rowStart, _filled - _rowStart);
        _filled = _rowStart;
    }

    /// <summary>Writes the rows ended so far, in one statement.</summary>
    public void Flush(SqliteTransaction? transaction)
    {
        var rows = _rowStart / _columns;
        if (rows == 0)
        {
            return;
        }

        var statement = _statements[rows] ??= Prepare(rows);
        var count = _rowStart;
        try
        {
            for (var i = 0; i < count; i++)
            {
                ref readonly var cell = ref _cells[i];
                switch (cell.Kind)
                {
                    case CellKind.Text:
                        statement.Text(cell.Text);
                        break;
                    case CellKind.Integer:
                        statement.Integer(cell.Integer);
                        break;
                    case CellKind.Real:
                        statement.Real(cell.Real);
                        break;
                    default:
                        statement.Text(null);
                        break;
                }
            }
        }
        finally
        {
            // The rows are gone either way: written, or failed with the statement (which fails the transaction).
            var partial = _filled - _rowStart;
            Array.Copy(_cells, _rowStart, _cells, 0, partial);
            Array.Clear(_cells, partial, count);
            _filled = partial;
            _rowStart = 0;
        }

        statement.Run(transaction);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var statement in _statements)
        {
            statement?.Dispose();
        }
    }

    private BatchedInsert Add(Cell cell)
    {
        if (_filled == _cells.Length || _filled - _rowStart == _columns)
        {
            throw new InvalidOperationException($"The row takes {_columns} values; one more was given.");
        }

        _cells[_filled++] = cell;
        return this;
    }

    private IRowStatement Prepare(int rows) =>
        _statementFactory.Prepare(_head + string.Join(", ", Enumerable.Repeat(_row, rows)), rows * _columns);

    private enum CellKind : byte
    {
        Null,
        Text,
        Integer,
        Real,
    }

    private readonly record struct Cell(CellKind Kind, long Integer, double Real, string? Text);
}
