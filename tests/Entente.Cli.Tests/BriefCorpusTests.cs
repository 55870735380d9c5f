using System.Text.RegularExpressions;
using Entente.Cli.Tests.Support;

namespace Entente.Cli.Tests;

/// <summary>
/// The brief and timeline on the team's own Vietnam–Chile articles (tests/corpus/brief): the issue's
/// "done when" checks, read from what an analyst gets.
/// </summary>
public sealed partial class BriefCorpusTests : IClassFixture<BriefCorpusTests.CorpusStore>
{
    public sealed class CorpusStore : IDisposable
    {
        public TempFolder Folder { get; } = new();

        public string Db => Path.Combine(Folder.Path, "kb.db");

        public string Brief { get; }

        public CorpusStore()
        {
            var result = CliRunner.Run(Folder.Path, "ingest", "--db", Db, Repository.PathOf("tests", "corpus", "brief"));
            if (result.ExitCode != 0) throw new InvalidOperationException(result.Stderr);
            var brief = CliRunner.Run(Folder.Path, "brief", "Vietnam", "Chile", "--db", Db, "--since", "2025-01");
            if (brief.ExitCode != 0) throw new InvalidOperationException(brief.Stderr);
            Brief = brief.Stdout;
        }

        public void Dispose() => Folder.Dispose();
    }

    private readonly CorpusStore _store;

    public BriefCorpusTests(CorpusStore store) => _store = store;

    private string Section(string heading)
    {
        var start = _store.Brief.IndexOf($"\n## {heading}\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section {heading}");
        var end = _store.Brief.IndexOf("\n## ", start + 4, StringComparison.Ordinal);
        return _store.Brief[start..(end < 0 ? _store.Brief.Length : end)];
    }

    [GeneratedRegex(@"\[\^(\d+)\]")]
    private static partial Regex FootnoteMark();

    [Fact]
    public void Every_statement_has_a_footnote_with_its_quote_source_offsets()
    {
        var body = _store.Brief[.._store.Brief.IndexOf("\n## Sources", StringComparison.Ordinal)];
        var statements = body.Split('\n').Where(l => l.TrimStart().StartsWith("- ", StringComparison.Ordinal) && !l.Contains(": none", StringComparison.Ordinal)
                                                     && !l.Contains("not stated in the sources", StringComparison.Ordinal) && !l.Contains("Open conflicts", StringComparison.Ordinal)).ToList();
        Assert.True(statements.Count >= 15);
        foreach (var statement in statements)
        {
            var marks = FootnoteMark().Matches(statement);
            Assert.True(marks.Count > 0, statement);
            foreach (Match mark in marks)
            {
                var definition = _store.Brief.Split('\n').Single(l => l.StartsWith($"[^{mark.Groups[1].Value}]: ", StringComparison.Ordinal));
                Assert.Matches(@"“[^”]{20,}” \(", definition);
                Assert.Matches(@"characters \d+–\d+", definition);
                Assert.Contains($"Fact {mark.Groups[1].Value}.", definition);
            }
        }
    }

    [Fact]
    public void Quotes_in_footnotes_are_whole_sentences_of_the_input()
    {
        var definition = _store.Brief.Split('\n').First(l => l.StartsWith("[^", StringComparison.Ordinal) && l.Contains("comprehensive strategic partnership in November 2024", StringComparison.Ordinal));
        Assert.Contains("“Vietnam and Chile upgraded their relations to a comprehensive strategic partnership in November 2024, during talks in Lima.”", definition);
    }

    [Fact]
    public void A_committee_under_three_names_is_listed_once_with_its_sessions_under_it()
    {
        var mechanisms = Section("Mechanisms and their sessions").Split('\n');
        var top = mechanisms.Where(l => l.StartsWith("- ", StringComparison.Ordinal)).ToList();
        var committee = Assert.Single(top);
        Assert.Contains("also reported as", committee);
        Assert.Contains("Chile-Vietnam Committee on Investment and Trade", committee);
        var sessions = mechanisms.Where(l => l.StartsWith("  - ", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, sessions.Count);
        Assert.Contains(sessions, s => s.Contains("4th session", StringComparison.Ordinal));
        Assert.Contains(sessions, s => s.Contains("5th session", StringComparison.Ordinal) && s.Contains("date inferred", StringComparison.Ordinal));
        Assert.Contains(sessions, s => s.StartsWith("  - Planned: 6th session", StringComparison.Ordinal));
    }

    [Fact]
    public void Only_the_same_thing_conflicts_and_a_conflict_shows_both_sides_with_their_quotes()
    {
        var conflicts = Section("Conflicting reports").Split('\n').Where(l => l.StartsWith("- ", StringComparison.Ordinal)).ToList();
        var conflict = Assert.Single(conflicts);
        Assert.Matches(@"says Two-way trade: 1\.9 billion USD in 2023 \(fact \d+: “Two-way trade between Vietnam and Chile reached 1\.9 billion", conflict);
        Assert.Matches(@"coastal-times\.example \(2025-04-02\) says Two-way trade: 1\.6 billion USD in 2023 \(fact \d+: “The chamber put", conflict);
        Assert.Contains("- Open conflicts: 1", _store.Brief);
        // Rounded and exact figures for 2024 (2.1 and 2.13 billion) are one fact with two sources.
        Assert.Matches(@"\| 2024 \| 2\.1 billion USD \| \+10\.5% \|", _store.Brief);
    }

    [Fact]
    public void Planned_events_are_marked_planned_and_not_shown_as_held()
    {
        Assert.Contains("- Next high-level contact: Planned: Visit to Vietnam by Chilean President Gabriel Boric (2025-06).", _store.Brief);
        Assert.DoesNotContain("## High-level exchanges", _store.Brief);
        Assert.Contains("## Planned exchanges", _store.Brief);
    }

    [Fact]
    public void The_trade_panel_compares_full_years_and_the_same_months_only()
    {
        var trade = Section("Trade");
        Assert.Contains("### Two-way trade, full calendar years (USD)", trade);
        Assert.Contains("### Two-way trade, Jan–Aug of each year, compared only with the same months (USD)", trade);
        Assert.Contains("| Jan–Aug 2024 | 1.3 billion USD | +18.2% |", trade);
        var fullYears = trade[..trade.IndexOf("Jan–Aug of each year", StringComparison.Ordinal)];
        Assert.DoesNotContain("Jan–Aug", fullYears);
    }

    [Fact]
    public void The_summary_gives_the_level_trade_and_contacts()
    {
        var summary = Section("Executive summary");
        Assert.Contains("- Relationship: comprehensive strategic partnership, raised to this level in 2024-11", summary);
        Assert.Contains("- Latest full-year trade: 2.1 billion USD in 2024, up 10.5% on 2023", summary);
        Assert.Contains("- Community: Vietnamese community in Chile", summary);
    }

    [Fact]
    public void Since_says_what_is_new()
    {
        var fresh = Section("New since 2025-01");
        Assert.Contains("Gabriel Boric", fresh);
        Assert.Contains("Comprehensive strategic partnership", fresh);
        Assert.DoesNotContain("4th session", fresh);
    }

    [Fact]
    public void Sources_listed_are_the_pairs_only()
    {
        var sources = Section("Sources");
        Assert.Contains("a\\_andes\\_wire\\_2024.txt", sources);
        Assert.Contains("c\\_coastal\\_times\\_2025.jsonl", sources);
        Assert.DoesNotContain("lima\\_daily", _store.Brief);
    }

    [Fact]
    public void The_html_brief_has_footnotes_with_quotes_and_links_and_no_markup_from_the_text()
    {
        var output = Path.Combine(_store.Folder.Path, "vn-cl.html");
        Assert.Equal(0, CliRunner.Run(_store.Folder.Path, "brief", "VN", "CL", "--db", _store.Db, "--format", "html", "-o", output).ExitCode);
        var html = File.ReadAllText(output);
        Assert.Contains("class=\"footnotes\"", html);
        Assert.Contains("href=\"https://coastal-times.example/2025/04/chilean-fruit-hanoi\"", html);
        Assert.Contains("The chamber put two-way trade between Vietnam and Chile in 2023 at 1.6 billion USD.", html);
        Assert.DoesNotContain("<script>", html);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Fact]
    public void The_timeline_gives_full_quotes_planned_marks_and_inferred_dates()
    {
        var result = CliRunner.Run(_store.Folder.Path, "timeline", "Chile", "Vietnam", "--db", _store.Db);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("(planned)", result.Stdout);
        Assert.Contains("date inferred from publication", result.Stdout);
        Assert.Contains("\"The Joint Committee on Trade and Investment between Chile and Vietnam will hold its sixth session in Hanoi later this year.\"", result.Stdout);
        Assert.DoesNotContain("...\"", result.Stdout);
        Assert.DoesNotContain("Lima Daily", result.Stdout);
    }

    [Fact]
    public void Flat_exports_write_the_fact_and_source_tables()
    {
        var facts = Path.Combine(_store.Folder.Path, "facts.csv");
        var sources = Path.Combine(_store.Folder.Path, "sources.csv");
        var result = CliRunner.Run(_store.Folder.Path, "facts", "--db", _store.Db, "--pair", "VN-CL", "--format", "csv", "--excel", "-o", facts, "--sources", sources);
        Assert.Equal(0, result.ExitCode);
        var bytes = File.ReadAllBytes(facts);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.StartsWith("id,type,pair,date,period_start,period_end,flow,from,to,value_amount,currency,count,", File.ReadAllText(facts));
        var sourceLines = File.ReadAllLines(sources);
        Assert.Equal("fact_id,outlet,published,title,source,start,end,quote", sourceLines[0].TrimStart('\uFEFF'));
        Assert.Contains(sourceLines, l => l.Contains("coastal-times.example,2025-04-02,", StringComparison.Ordinal));
        var parquet = Path.Combine(_store.Folder.Path, "facts.parquet");
        var parquetSources = Path.Combine(_store.Folder.Path, "sources.parquet");
        Assert.Equal(0, CliRunner.Run(_store.Folder.Path, "facts", "--db", _store.Db, "--format", "parquet", "-o", parquet, "--sources", parquetSources).ExitCode);
        Assert.Equal("PAR1", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(parquetSources)[..4]));
        Assert.Equal(2, CliRunner.Run(_store.Folder.Path, "facts", "--db", _store.Db, "--format", "jsonl", "--sources", sources).ExitCode);
    }
}
