using Entente.Core.Storage;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Entente.Bench;

/// <summary>
/// Copies a SQLite store into an empty PostgreSQL store, table by table with binary COPY, so the
/// server backend's queries can be measured on the same million facts without hours of ingest.
/// </summary>
public static class StoreCopy
{
    private static readonly (string Table, string Columns)[] Tables =
    [
        ("documents", "id, source, content_hash, ingested_at, size"),
        ("articles", "id, document_id, source, title, published, text, start, \"end\", url, outlet, signature, duplicate_of"),
        ("article_bands", "band, hash, article_id"),
        ("article_pairs", "article_id, pair"),
        ("kb_facts", "id, type, exact, name, value, payload, conflict_group, date, sort_date, planned"),
        ("kb_fact_pairs", "fact_id, pair, type, sort_date, planned, conflict_group, own"),
        ("kb_sources", "fact_id, article_id, quote, start, \"end\""),
        ("kb_pair_articles", "pair, article_id, published"),
    ];

    public static void Run(string sqlitePath, string postgreSql)
    {
        using (StoreLocation.Open(sqlitePath)) { } // brings the SQLite store to this program's schema
        using (StoreLocation.Open(postgreSql)) { } // creates the schema
        using var source = new SqliteConnection($"Data Source={sqlitePath};Mode=ReadOnly;Pooling=False");
        source.Open();
        // A COPY of a million rows with their indexes takes longer than the default 30 s command timeout.
        using var target = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(StoreLocation.PostgreSqlConnectionString(postgreSql)) { CommandTimeout = 0 }.ToString());
        target.Open();
        foreach (var (table, columns) in Tables)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            using var read = source.CreateCommand();
            read.CommandText = $"SELECT {columns} FROM {table}";
            using var reader = read.ExecuteReader();
            long rows = 0;
            using (var writer = target.BeginBinaryImport($"COPY {table} ({columns}) FROM STDIN (FORMAT BINARY)"))
            {
                while (reader.Read())
                {
                    writer.StartRow();
                    for (var i = 0; i < reader.FieldCount; i++)
                    {
                        if (reader.IsDBNull(i)) writer.WriteNull();
                        else switch (reader.GetValue(i))
                        {
                            case long value when (table, i) is ("article_bands", 0) or ("articles", 6) or ("articles", 7) or ("kb_sources", 3) or ("kb_sources", 4)
                                or ("kb_facts", 9) or ("kb_fact_pairs", 4) or ("kb_fact_pairs", 6):
                                writer.Write((int)value, NpgsqlTypes.NpgsqlDbType.Integer);
                                break;
                            case long value: writer.Write(value, NpgsqlTypes.NpgsqlDbType.Bigint); break;
                            case byte[] value: writer.Write(value, NpgsqlTypes.NpgsqlDbType.Bytea); break;
                            case var value: writer.Write((string)value, NpgsqlTypes.NpgsqlDbType.Text); break;
                        }
                    }
                    rows++;
                }
                writer.Complete();
            }
            Console.WriteLine($"copy:    {table,-14} {rows,10} rows in {watch.Elapsed.TotalSeconds:F0} s");
        }
        foreach (var table in new[] { "documents", "articles", "kb_facts" })
        {
            using var sequence = new NpgsqlCommand($"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT MAX(id) FROM {table}))", target);
            sequence.ExecuteNonQuery();
        }
        using var analyze = new NpgsqlCommand("ANALYZE", target);
        analyze.ExecuteNonQuery();
    }
}
