using Entente.Core.Domain;
using Entente.Core.Knowledge;
using Entente.Core.Knowledge.Export;
using Entente.Core.Storage;
using Parquet.Serialization;

using Entente.Core.Tests.Support;

namespace Entente.Core.Tests.Knowledge;

public class ExportTests
{
    private static IReadOnlyList<KnowledgeFact> Sample(KnowledgeStoreFixture kb)
    {
        kb.Article("a.txt", "2025", "BY-VN", "Agency, \"Quoted\"", new Trade(["VN", "BY"], "total", new Money(60_000_000, "USD"), new Period("2024", "2024")),
            new CandidacySupport("BY", "VN", "International Law Commission") { Term = new Period("2017", "2021") });
        return kb.Store.Facts(new FactQuery("BY-VN"));
    }

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void Json_lines_carry_the_schema_fact_plus_id_sources_and_pairs(string backend)
    {
        using var kb = new KnowledgeStoreFixture(backend);
        var writer = new StringWriter();
        FactExport.WriteJsonLines(Sample(kb), writer);
        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var json = System.Text.Json.JsonDocument.Parse(lines[0]);
        var root = json.RootElement;
        Assert.Equal("trade", root.GetProperty("type").GetString());
        Assert.Equal(60000000, root.GetProperty("value").GetProperty("amount").GetDecimal());
        Assert.True(root.GetProperty("id").GetInt64() > 0);
        var source = root.GetProperty("sources")[0];
        Assert.Equal("a.txt", source.GetProperty("source").GetString());
        Assert.Equal("2025", source.GetProperty("published").GetString());
        Assert.False(string.IsNullOrEmpty(source.GetProperty("quote").GetString()));
        Assert.Equal("BY-VN", root.GetProperty("pairs")[0].GetString());
    }

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void Csv_quotes_fields_with_commas_and_quotes(string backend)
    {
        using var kb = new KnowledgeStoreFixture(backend);
        var writer = new StringWriter();
        FactExport.WriteCsv(Sample(kb), writer);
        var lines = writer.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("id,type,pairs,date,fact,", lines[0]);
        Assert.Contains("\"\"Quoted\\\"\"", lines[1]);
    }

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public async Task Parquet_round_trips(string backend)
    {
        using var kb = new KnowledgeStoreFixture(backend);
        using var stream = new MemoryStream();
        await FactExport.WriteParquetAsync(Sample(kb), stream);
        stream.Position = 0;
        var rows = (await ParquetSerializer.DeserializeAsync<FactExport.Row>(stream)).Data;
        Assert.Equal(2, rows.Count);
        Assert.Equal("candidacy_support", rows[1].Type);
        Assert.Contains("International Law Commission", rows[1].Fact);
        Assert.Equal(1, rows[0].SourceCount);
    }
}
