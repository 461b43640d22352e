using Microsoft.Data.Sqlite;

namespace Ror.Client.Sync.Storage;

/// <summary>A parameterised statement prepared once on a connection and executed many times with positional values.</summary>
internal sealed class PreparedCommand : IDisposable
{
    private readonly SqliteCommand _command;
    private readonly SqliteParameter[] _parameters;

    public PreparedCommand(SqliteConnection connection, string sql, int parameterCount)
    {
        _command = connection.CreateCommand();
        _command.CommandText = sql;
        _parameters = new SqliteParameter[parameterCount];
        for (var i = 0; i < parameterCount; i++)
        {
            _parameters[i] = _command.Parameters.Add("@p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), SqliteType.Text);
            _parameters[i].Value = DBNull.Value;
        }
    }

    /// <summary>Runs the statement inside <paramref name="transaction"/> with the given values (null becomes SQL NULL).</summary>
    public int Execute(SqliteTransaction transaction, params object?[] values)
    {
        Bind(transaction, values);
        return _command.ExecuteNonQuery();
    }

    /// <summary>Runs the statement and returns the first column of the first row.</summary>
    public object? Scalar(SqliteTransaction transaction, params object?[] values)
    {
        Bind(transaction, values);
        var result = _command.ExecuteScalar();
        return result is DBNull ? null : result;
    }

    private void Bind(SqliteTransaction transaction, object?[] values)
    {
        if (values.Length != _parameters.Length)
        {
            throw new InvalidOperationException($"The statement takes {_parameters.Length} values, {values.Length} given.");
        }

        _command.Transaction = transaction;
        for (var i = 0; i < values.Length; i++)
        {
            var value = values[i];
            _parameters[i].SqliteType = value switch
            {
                int or long or bool => SqliteType.Integer,
                double or decimal => SqliteType.Real,
                _ => SqliteType.Text,
            };
            _parameters[i].Value = value switch
            {
                null => DBNull.Value,
                bool flag => flag ? 1L : 0L,
                decimal number => (double)number,
                _ => value,
            };
        }

        if (!_prepared)
        {
            _command.Prepare();
            _prepared = true;
        }
    }

    private bool _prepared;

    public void Dispose() => _command.Dispose();
}
