using System.Text.Json;
using Entente.Cli.Tests.Support;

namespace Entente.Cli.Tests;

/// <summary>The knowledge base commands on the seeds, ingested twice: the acceptance figures.</summary>
public sealed class KnowledgeCommandsTests : IClassFixture<KnowledgeCommandsTests.SeedStore>
{
    public sealed class SeedStore : IDisposable
    {
        public TempFolder Folder { get; } = new();

        public string Db => Path.Combine(Folder.Path, "kb.db");

        public SeedStore()
        {
            var seeds = Directory.GetFiles(SharedFiles.Seeds, "*.txt").Order(StringComparer.Ordinal).ToArray();
            for (var run = 0; run < 2; run++)
            {
                var result = CliRunner.Run(Folder.Path, ["ingest", "--db", Db, .. seeds]);
                if (result.ExitCode != 0) throw new InvalidOperationException(result.Stderr);
            }
        }

        public void Dispose() => Folder.Dispose();
    }

    private readonly SeedStore _store;

    public KnowledgeCommandsTests(SeedStore store) => _store = store;

    private List<JsonElement> Facts(string type)
    {
        var result = CliRunner.Run(_store.Folder.Path, "facts", "--db", _store.Db, "--pair", "VN-BY", "--type", type, "--format", "jsonl");
        Assert.Equal(0, result.ExitCode);
        return result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
    }

    [Fact]
    public void Mechanisms_are_resolved_across_names_and_years() => Assert.Equal(4, Facts("mechanism").Count);

    [Fact]
    public void Locality_partnerships_are_one_per_pair_with_every_source()
    {
        var partnerships = Facts("locality_partnership");
        Assert.Equal(9, partnerships.Count);
        var hanoiMinsk = partnerships.Single(p => p.GetProperty("localities").EnumerateArray().Any(l => l.GetProperty("name").GetString() == "Hanoi"));
        Assert.Equal(2, hanoiMinsk.GetProperty("sources").GetArrayLength());
    }

    [Fact]
    public void Trade_and_community_form_series()
    {
        Assert.Equal(2, Facts("trade").Count);
        Assert.Equal(2, Facts("community").Count);
    }

    [Fact]
    public void The_brief_names_the_key_facts_with_citations()
    {
        var result = CliRunner.Run(_store.Folder.Path, "brief", "Vietnam", "Belarus", "--db", _store.Db);
        Assert.Equal(0, result.ExitCode);
        var brief = result.Stdout;
        foreach (var expected in new[] { "1992", "151 million USD", "60 million USD", "MAZ ASIA", "Hung Yen", "Vitebsk", "International Law Commission", "[^", "Fact " })
            Assert.Contains(expected, brief);
    }

    [Fact]
    public void A_markdown_brief_written_to_a_file_gets_its_chart_beside_it()
    {
        var output = Path.Combine(_store.Folder.Path, "brief.md");
        Assert.Equal(0, CliRunner.Run(_store.Folder.Path, "brief", "VN", "BY", "--db", _store.Db, "-o", output).ExitCode);
        var chart = Path.Combine(_store.Folder.Path, "brief-trade-chart.png");
        Assert.True(File.Exists(chart));
        Assert.Contains("(brief-trade-chart.png)", File.ReadAllText(output));
        Assert.DoesNotContain("trade-chart.png", CliRunner.Run(_store.Folder.Path, "brief", "VN", "BY", "--db", _store.Db).Stdout);
    }

    [Fact]
    public void The_html_brief_embeds_its_trade_chart()
    {
        var output = Path.Combine(_store.Folder.Path, "brief.html");
        var result = CliRunner.Run(_store.Folder.Path, "brief", "VN", "BY", "--db", _store.Db, "--format", "html", "-o", output);
        Assert.Equal(0, result.ExitCode);
        var html = File.ReadAllText(output);
        Assert.Contains("<h2", html);
        Assert.Contains("data:image/png;base64,", html);
    }

    [Fact]
    public void The_timeline_lists_dated_events_in_order()
    {
        var result = CliRunner.Run(_store.Folder.Path, "timeline", "VN", "BY", "--db", _store.Db);
        Assert.Equal(0, result.ExitCode);
        var dates = result.Stdout.Split('\n').Where(l => l.Length > 4 && char.IsDigit(l[0])).Select(l => l[..10].Trim()).ToList();
        Assert.True(dates.Count >= 5);
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        Assert.Contains("1992-01-24", result.Stdout);
    }

    [Fact]
    public void Pairs_lists_the_pair_with_counts()
    {
        var result = CliRunner.Run(_store.Folder.Path, "pairs", "--db", _store.Db);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("BY-VN", result.Stdout);
    }

    [Fact]
    public void Exports_csv_and_parquet()
    {
        var csv = CliRunner.Run(_store.Folder.Path, "facts", "--db", _store.Db, "--format", "csv");
        Assert.StartsWith("id,type,pair,date,period_start,period_end,flow,from,to,value_amount,currency,count,name,", csv.Stdout);
        var parquet = Path.Combine(_store.Folder.Path, "facts.parquet");
        Assert.Equal(0, CliRunner.Run(_store.Folder.Path, "facts", "--db", _store.Db, "--format", "parquet", "-o", parquet).ExitCode);
        Assert.Equal("PAR1", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(parquet)[..4]));
        Assert.Equal(2, CliRunner.Run(_store.Folder.Path, "facts", "--db", _store.Db, "--format", "parquet").ExitCode);
    }

    [Fact]
    public void Read_commands_explain_a_missing_database()
    {
        var result = CliRunner.Run(_store.Folder.Path, "facts", "--db", Path.Combine(_store.Folder.Path, "none.db"));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("ingest", result.Stderr);
    }
}
