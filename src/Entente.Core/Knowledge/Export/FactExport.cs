using System.Globalization;
using System.Text.Json;
using Entente.Core.Domain;
using Parquet.Serialization;

namespace Entente.Core.Knowledge.Export;

/// <summary>Writes reconciled facts as JSON Lines, CSV or Parquet: one row per fact, its fields and sources as JSON columns in the flat formats.</summary>
public static class FactExport
{
    /// <summary>One flat row; the column names are the export's public interface.</summary>
    public sealed class Row
    {
        public long Id { get; set; }
        public string Type { get; set; } = "";
        public string Pairs { get; set; } = "";
        public string? Date { get; set; }
        public string Fact { get; set; } = "";
        public int SourceCount { get; set; }
        public string Sources { get; set; } = "";
        public string? FirstPublished { get; set; }
        public string? FirstQuote { get; set; }
        public string Conflicts { get; set; } = "";
    }

    public static Row ToRow(KnowledgeFact fact) => new()
    {
        Id = fact.Id,
        Type = fact.Fact.Type,
        Pairs = string.Join(' ', fact.Pairs),
        Date = fact.Date,
        Fact = KnowledgeFactJson.FieldsJson(fact),
        SourceCount = fact.Sources.Count,
        Sources = JsonSerializer.Serialize(fact.Sources, EntenteJson.Options),
        FirstPublished = fact.Sources.FirstOrDefault()?.Published,
        FirstQuote = fact.Sources.FirstOrDefault()?.Quote,
        Conflicts = string.Join(' ', fact.Conflicts),
    };

    public static void WriteJsonLines(IEnumerable<KnowledgeFact> facts, TextWriter writer)
    {
        foreach (var fact in facts) writer.WriteLine(KnowledgeFactJson.ToLine(fact));
    }

    private static readonly string[] CsvHeader = ["id", "type", "pairs", "date", "fact", "source_count", "sources", "first_published", "first_quote", "conflicts"];

    /// <summary>RFC 4180 CSV: comma-separated, fields with commas, quotes or line breaks quoted, quotes doubled.</summary>
    public static void WriteCsv(IEnumerable<KnowledgeFact> facts, TextWriter writer)
    {
        writer.Write(string.Join(',', CsvHeader) + "\r\n");
        foreach (var fact in facts)
        {
            var r = ToRow(fact);
            string?[] fields = [r.Id.ToString(CultureInfo.InvariantCulture), r.Type, r.Pairs, r.Date, r.Fact, r.SourceCount.ToString(CultureInfo.InvariantCulture), r.Sources, r.FirstPublished, r.FirstQuote, r.Conflicts];
            writer.Write(string.Join(',', fields.Select(Quote)) + "\r\n");
        }
    }

    private static string Quote(string? field)
    {
        if (field is null) return "";
        return field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    public static async Task WriteParquetAsync(IEnumerable<KnowledgeFact> facts, Stream stream) =>
        await ParquetSerializer.SerializeAsync(facts.Select(ToRow).ToList(), stream).ConfigureAwait(false);
}
