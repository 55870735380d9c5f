using System.Text.Json;
using System.Text.RegularExpressions;
using Entente.Cli.Tests.Support;

namespace Entente.Cli.Tests;

/// <summary>
/// The issue's "done when" over the seeds plus the team's sample and brief corpora: every brief
/// statement has its quote, no conflict joins different things, no mechanism is listed twice.
/// </summary>
public sealed partial class AllBriefsTests : IClassFixture<AllBriefsTests.FullStore>
{
    public sealed class FullStore : IDisposable
    {
        public TempFolder Folder { get; } = new();

        public string Db => Path.Combine(Folder.Path, "kb.db");

        public FullStore()
        {
            var result = CliRunner.Run(Folder.Path, "ingest", "--db", Db, SharedFiles.Seeds, Repository.PathOf("samples"), Repository.PathOf("tests", "corpus", "brief"));
            if (result.ExitCode != 0) throw new InvalidOperationException(result.Stderr);
        }

        public void Dispose() => Folder.Dispose();
    }

    private readonly FullStore _store;

    public AllBriefsTests(FullStore store) => _store = store;

    [GeneratedRegex(@"\[\^(\d+)\]")]
    private static partial Regex FootnoteMark();

    private List<JsonElement> Facts()
    {
        var result = CliRunner.Run(_store.Folder.Path, "facts", "--db", _store.Db, "--format", "jsonl");
        Assert.Equal(0, result.ExitCode);
        return result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
    }

    private List<string> Pairs()
    {
        var jsonPairs = Facts().SelectMany(f => f.GetProperty("pairs").EnumerateArray().Select(p => p.GetString()!)).Distinct().ToList();
        Assert.True(jsonPairs.Count >= 15);
        return jsonPairs;
    }

    [Fact]
    public void Every_statement_of_every_brief_has_its_quote_and_no_mechanism_is_listed_twice()
    {
        foreach (var pair in Pairs())
        {
            var codes = pair.Split('-');
            var result = CliRunner.Run(_store.Folder.Path, "brief", codes[0], codes[1], "--db", _store.Db);
            Assert.True(result.ExitCode == 0, $"{pair}: {result.Stderr}");
            var brief = result.Stdout;
            var definitions = brief.Split('\n').Where(l => l.StartsWith("[^", StringComparison.Ordinal)).ToDictionary(l => FootnoteMark().Match(l).Groups[1].Value);
            var body = brief[..brief.IndexOf("\n## Sources", StringComparison.Ordinal)];
            foreach (var line in body.Split('\n').Where(l => l.TrimStart().StartsWith("- ", StringComparison.Ordinal) || l.StartsWith("| ", StringComparison.Ordinal)))
            {
                if (line.StartsWith("| ---", StringComparison.Ordinal) || line.StartsWith("| year", StringComparison.Ordinal) || line.StartsWith("| period", StringComparison.Ordinal)) continue;
                if (line.Contains(": none", StringComparison.Ordinal) || line.Contains("not stated in the sources", StringComparison.Ordinal)
                    || line.Contains("no full calendar-year figure", StringComparison.Ordinal) || line.Contains("Open conflicts", StringComparison.Ordinal)) continue;
                var marks = FootnoteMark().Matches(line);
                Assert.True(marks.Count > 0, $"{pair}: no citation: {line}");
                foreach (Match mark in marks)
                    Assert.Matches(@"“.{10,}” \(.+\), characters \d+–\d+\.", definitions[mark.Groups[1].Value]);
            }
            var mechanisms = Section(brief, "Mechanisms and their sessions").Split('\n').Where(l => l.StartsWith("- ", StringComparison.Ordinal) && !l.Contains(" session", StringComparison.Ordinal))
                .Select(l => FootnoteMark().Replace(l, "").Trim()).ToList();
            Assert.Equal(mechanisms.Distinct(StringComparer.OrdinalIgnoreCase).Count(), mechanisms.Count);
        }
    }

    [Fact]
    public void No_conflict_joins_different_things()
    {
        var facts = Facts();
        var byId = facts.ToDictionary(f => f.GetProperty("id").GetInt64());
        foreach (var fact in facts.Where(f => f.TryGetProperty("conflicts", out _)))
        {
            foreach (var other in fact.GetProperty("conflicts").EnumerateArray().Select(c => byId[c.GetInt64()]))
            {
                Assert.Equal(fact.GetProperty("type").GetString(), other.GetProperty("type").GetString());
                Assert.Equal(Sorted(fact, "pairs"), Sorted(other, "pairs"));
                if (fact.GetProperty("type").GetString() != "trade") continue;
                Assert.Equal(fact.GetProperty("period").GetRawText(), other.GetProperty("period").GetRawText());
                Assert.Equal(fact.GetProperty("value").GetProperty("currency").GetString(), other.GetProperty("value").GetProperty("currency").GetString());
                Assert.Equal(fact.GetProperty("flow").GetString(), other.GetProperty("flow").GetString());
            }
        }
    }

    [Fact]
    public void Agreements_and_targets_are_not_listed_twice()
    {
        foreach (var type in new[] { "agreement", "trade_target", "mechanism" })
        {
            var names = Facts().Where(f => f.GetProperty("type").GetString() == type)
                .Select(f => type == "trade_target"
                    ? $"{Sorted(f, "parties")} {f.GetProperty("value").GetRawText()} {(f.TryGetProperty("by", out var by) ? by.GetString() : "")}"
                    : $"{Sorted(f, "parties")} {f.GetProperty("name").GetString()!.ToLowerInvariant()}")
                .ToList();
            Assert.Equal(names.Distinct().Count(), names.Count);
        }
    }

    private static string Sorted(JsonElement fact, string property) =>
        string.Join(",", fact.GetProperty(property).EnumerateArray().Select(p => p.GetString()).Order(StringComparer.Ordinal));

    private static string Section(string brief, string heading)
    {
        var start = brief.IndexOf($"\n## {heading}\n", StringComparison.Ordinal);
        if (start < 0) return "";
        var end = brief.IndexOf("\n## ", start + 4, StringComparison.Ordinal);
        return brief[start..(end < 0 ? brief.Length : end)];
    }
}
