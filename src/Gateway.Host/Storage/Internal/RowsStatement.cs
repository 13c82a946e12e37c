using System.Data;
using System.Data.Common;
using System.Text;
using Dapper;

namespace UniPass.Gateway.Host.Storage.Internal;

/// <summary>
/// One command of several statements over many rows (multi-row <c>VALUES</c> lists and <c>IN</c> lists), with a
/// numbered parameter per value: a batch of outcomes costs one round trip instead of one per row. The SQL is
/// the same on PostgreSQL and SQLite; its text depends on the row counts, so Dapper is told not to cache it.
/// </summary>
internal sealed class RowsStatement
{
    /// <summary>
    /// The most parameters one command may carry: below SQLite's default limit of 32,766 host parameters
    /// (https://sqlite.org/limits.html#max_variable_number) and PostgreSQL's 65,535 per statement.
    /// </summary>
    public const int MaxParameters = 30_000;

    private readonly StringBuilder _sql = new();
    private readonly DynamicParameters _args = new();

    public int ParameterCount { get; private set; }

    public bool IsEmpty => _sql.Length == 0;

    /// <summary>Adds a parameter and returns its placeholder (<c>@pN</c>).</summary>
    public string Parameter(object? value, DbType? type = null)
    {
        var name = "p" + ParameterCount.ToString(System.Globalization.CultureInfo.InvariantCulture);
        ParameterCount++;
        _args.Add(name, value, type ?? (value is null or string ? DbType.String : null));
        return "@" + name;
    }

    /// <summary>Appends SQL text.</summary>
    public RowsStatement Append(string sql)
    {
        _sql.Append(sql);
        return this;
    }

    /// <summary>
    /// Appends <paramref name="start"/>, then one <c>(…)</c> per row separated by commas (the row's values as
    /// placeholders from <paramref name="row"/>), then <paramref name="end"/>. Nothing when there are no rows.
    /// </summary>
    public RowsStatement Rows<T>(string start, IEnumerable<T> rows, Func<T, IEnumerable<string>> row, string end)
    {
        var first = true;
        foreach (var item in rows)
        {
            _sql.Append(first ? start : ", ").Append('(').AppendJoin(", ", row(item)).Append(')');
            first = false;
        }

        if (!first)
        {
            _sql.Append(end);
        }

        return this;
    }

    /// <summary>Appends <paramref name="start"/>, the placeholders as one comma-separated list, then <paramref name="end"/>. Nothing when there are none.</summary>
    public RowsStatement List(string start, IReadOnlyCollection<string> placeholders, string end)
    {
        if (placeholders.Count > 0)
        {
            _sql.Append(start).AppendJoin(", ", placeholders).Append(end);
        }

        return this;
    }

    public CommandDefinition Command(DbTransaction transaction, CancellationToken cancellationToken) =>
        new(_sql.ToString(), _args, transaction, flags: CommandFlags.NoCache, cancellationToken: cancellationToken);
}
