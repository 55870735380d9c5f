using Entente.Core.Domain;
using Entente.Core.Knowledge;
using Entente.Core.Knowledge.Export;
using Entente.Core.Storage;
using Parquet;
using Parquet.Schema;

using Entente.Core.Tests.Support;

namespace Entente.Core.Tests.Knowledge;

public class ExportTests
{
    private static IReadOnlyList<KnowledgeFact> Sample(KnowledgeStoreFixture kb)
    {
        kb.Article("a.txt", "2025", "BY-VN", "Agency, \"Quoted\"", new Trade(["VN", "BY"], "total", new Money(60_000_000, "USD"), new Period("2024", "2024")),
            new CandidacySupport("BY", "VN", "International Law Commission") { Term = new Period("2017", "2021") });
        kb.Article("b.txt", "2025-03", "BY-VN", "Outlet B", new Trade(["VN", "BY"], "total", new Money(65_000_000, "USD"), new Period("2024", "2024")),
            new Visit(new Person("Nguyễn Văn Ánh", "Minister of Trade"), "VN", "BY", new Period("2025-06", "2025-06")));
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
        Assert.Equal(4, lines.Length);
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
    public void Csv_has_the_typed_columns_with_numbers_as_numbers_and_empty_fields_for_nulls(string backend)
    {
        using var kb = new KnowledgeStoreFixture(backend);
        var writer = new StringWriter();
        FactExport.WriteCsv(Sample(kb), writer);
        var lines = writer.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, lines.Length);
        Assert.Equal("id,type,pair,date,period_start,period_end,flow,from,to,value_amount,currency,count,name,person,office,place,country,status,"
                     + "sources_count,first_published,last_published,conflicts", lines[0]);
        var trade = lines[1].Split(',');
        Assert.Equal(["trade", "BY-VN", "2024", "2024", "2024", "total", "", "", "60000000", "USD", ""], trade[1..12]);
        Assert.Equal("1", trade[18]);
        Assert.Matches("^[0-9]+$", trade[21]);
        var support = lines[2].Split(',');
        Assert.Equal("", support[21]);
        Assert.Equal("", support[9]);
        Assert.Contains(",planned,", lines[4]);
        Assert.Contains("Nguyễn Văn Ánh", lines[4]);
    }

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void The_source_table_has_one_row_per_source_with_its_quote_and_offsets(string backend)
    {
        using var kb = new KnowledgeStoreFixture(backend);
        var writer = new StringWriter();
        FactExport.WriteSourcesCsv(Sample(kb), writer);
        var lines = writer.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("fact_id,outlet,published,title,source,start,end,quote", lines[0]);
        Assert.Equal(5, lines.Length);
        Assert.Contains("\"Agency, \"\"Quoted\"\"\",2025,Story a.txt,a.txt,0,9,", lines[1]);
    }

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public async Task Parquet_has_the_same_snake_case_columns_typed(string backend)
    {
        using var kb = new KnowledgeStoreFixture(backend);
        using var stream = new MemoryStream();
        await FactExport.WriteParquetAsync(Sample(kb), stream);
        stream.Position = 0;
        await using var reader = await ParquetReader.CreateAsync(stream);
        var fields = reader.Schema.GetDataFields();
        Assert.Equal(FactExport.Columns, fields.Select(f => f.Name));
        Assert.Equal(typeof(long), Field(fields, "id").ClrType);
        Assert.Equal(typeof(double), Field(fields, "value_amount").ClrType);
        Assert.True(Field(fields, "value_amount").IsNullable);
        Assert.Equal(typeof(long), Field(fields, "count").ClrType);
        Assert.Equal(typeof(int), Field(fields, "sources_count").ClrType);
        Assert.True(IsText(Field(fields, "conflicts")));
        Assert.True(IsText(Field(fields, "type")));
        var group = reader.OpenRowGroupReader(0);
        var amounts = new double?[4];
        await group.ReadAsync<double>(Field(fields, "value_amount"), amounts.AsMemory());
        Assert.Equal([60_000_000d, null, 65_000_000d, null], amounts);
        var conflicts = new string?[4];
        await group.ReadAsync(Field(fields, "conflicts"), conflicts.AsMemory());
        Assert.Null(conflicts[1]);
        Assert.NotNull(conflicts[0]);
    }

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public async Task Parquet_sources_table_is_typed_too(string backend)
    {
        using var kb = new KnowledgeStoreFixture(backend);
        using var stream = new MemoryStream();
        await FactExport.WriteSourcesParquetAsync(Sample(kb), stream);
        stream.Position = 0;
        await using var reader = await ParquetReader.CreateAsync(stream);
        var fields = reader.Schema.GetDataFields();
        Assert.Equal(FactExport.SourceColumns, fields.Select(f => f.Name));
        Assert.Equal(typeof(long), Field(fields, "fact_id").ClrType);
        Assert.Equal(typeof(int), Field(fields, "start").ClrType);
        Assert.Equal(4, reader.OpenRowGroupReader(0).RowCount);
    }

    /// <summary>Parquet.Net gives text columns as string or as memory of chars.</summary>
    private static bool IsText(DataField field) => field.ClrType == typeof(string) || field.ClrType == typeof(ReadOnlyMemory<char>);

    private static DataField Field(DataField[] fields, string name) => fields.Single(f => f.Name == name);
}
