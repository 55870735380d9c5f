using System.Data.Common;
using System.Text;
using System.Text.RegularExpressions;

namespace Entente.Core.Storage;

/// <summary>
/// Statements sent to the server as one command, in order, in one round trip: each statement's @name
/// parameters are renamed apart (@name_3), so statements written alone can be queued together.
/// </summary>
internal sealed partial class StatementBatch
{
    private readonly StringBuilder _sql = new();
    private readonly List<(string Name, object? Value)> _parameters = [];

    public int Count { get; private set; }

    public void Add(string sql, params (string Name, object? Value)[] parameters)
    {
        var suffix = $"_{Count}";
        // Longest names first, so that @id is never renamed inside @idx.
        foreach (var (name, value) in parameters.OrderByDescending(p => p.Name.Length))
        {
            sql = Regex.Replace(sql, $@"{Regex.Escape(name)}\b", name + suffix);
            _parameters.Add((name + suffix, value));
        }
        _sql.Append(sql.TrimEnd().TrimEnd(';')).Append(";\n");
        Count++;
    }

    /// <summary>Appends another batch's statements after these.</summary>
    public void Append(StatementBatch other)
    {
        if (other.Count == 0) return;
        // Renamed again past this batch's numbers: both batches number their statements from 0.
        var offset = Count;
        var sql = ParameterName().Replace(other._sql.ToString(), m => $"{m.Groups[1].Value}_{int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) + offset}");
        _sql.Append(sql);
        foreach (var (name, value) in other._parameters)
        {
            var m = ParameterName().Match(name);
            _parameters.Add(($"{m.Groups[1].Value}_{int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) + offset}", value));
        }
        Count += other.Count;
    }

    public void Clear()
    {
        _sql.Clear();
        _parameters.Clear();
        Count = 0;
    }

    public DbCommand Command(RelationalStore store, DbTransaction transaction) => store.Command(_sql.ToString(), transaction, [.. _parameters]);

    [GeneratedRegex(@"(@[A-Za-z]+)_(\d+)\b")]
    private static partial Regex ParameterName();
}
