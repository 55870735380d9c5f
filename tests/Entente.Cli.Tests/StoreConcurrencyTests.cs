using System.Diagnostics;
using System.Text;
using Entente.Cli.Tests.Support;
using Entente.Core.Tests.Support;

namespace Entente.Cli.Tests;

/// <summary>
/// Several ingest processes on one store, and ingests killed at random moments: the store ends as a
/// sequential ingest of the same inputs leaves it (facts, sources, conflicts), and no input is ever half-stored.
/// </summary>
public class StoreConcurrencyTests
{
    /// <summary>The bundled samples, and each plain-text sample twice more as other sites' reposts (near-duplicates).</summary>
    private static List<string> Inputs(TempFolder dir)
    {
        var samples = RepositorySamples();
        Directory.CreateDirectory(Path.Combine(dir.Path, "in"));
        var inputs = new List<string>();
        foreach (var sample in Directory.GetFiles(samples).Where(f => !f.EndsWith("README.md", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(sample);
            inputs.Add(dir.File($"in/{name}", File.ReadAllBytes(sample)));
            if (!name.EndsWith(".txt", StringComparison.Ordinal)) continue;
            for (var copy = 1; copy <= 2; copy++)
                inputs.Add(dir.File($"in/repost{copy}_{name}", $"Reposted by site {copy}\n\n" + File.ReadAllText(sample)));
        }
        return inputs;
    }

    private static string RepositorySamples()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Entente.slnx"))) return Path.Combine(dir.FullName, "samples");
        throw new InvalidOperationException($"the repository's samples/ was not found above {AppContext.BaseDirectory}");
    }

    /// <summary>What the store knows, independent of row ids and of the order inputs were stored in.</summary>
    private static string Snapshot(TestStoreLocation location)
    {
        using var store = location.Open();
        var lines = new List<string>();
        foreach (var table in new[] { "documents", "articles", "articles WHERE duplicate_of IS NOT NULL", "kb_facts", "kb_sources", "kb_fact_pairs", "article_pairs" })
            lines.Add($"{table}: {location.Count(table)}");
        var sources = new Dictionary<long, List<string>>();
        using (var command = store.Command("SELECT s.fact_id, a.source, s.quote FROM kb_sources s JOIN articles a ON a.id = s.article_id"))
        using (var reader = command.ExecuteReader())
            while (reader.Read())
            {
                var id = reader.GetInt64(0);
                if (!sources.TryGetValue(id, out var list)) sources[id] = list = [];
                list.Add($"{reader.GetString(1)}:{reader.GetString(2)}");
            }
        var facts = new List<string>();
        using (var command = store.Command("SELECT id, type, exact, (SELECT COUNT(*) FROM kb_facts g WHERE g.conflict_group = f.conflict_group) FROM kb_facts f"))
        using (var reader = command.ExecuteReader())
            while (reader.Read())
                facts.Add($"{reader.GetString(1)}|{reader.GetString(2)}|conflict group of {reader.GetValue(3)}|{string.Join(";", (sources.GetValueOrDefault(reader.GetInt64(0)) ?? []).Order(StringComparer.Ordinal))}");
        facts.Sort(StringComparer.Ordinal);
        return string.Join('\n', lines.Concat(facts));
    }

    /// <summary>For each stored input (by content hash): its articles and the sources they gave.</summary>
    private static Dictionary<string, string> PerInput(TestStoreLocation location)
    {
        using var store = location.Open();
        using var command = store.Command("""
            SELECT d.content_hash, (SELECT COUNT(*) FROM articles a WHERE a.document_id = d.id),
                   (SELECT COUNT(*) FROM kb_sources s JOIN articles a ON a.id = s.article_id WHERE a.document_id = d.id),
                   (SELECT COUNT(*) FROM article_pairs p JOIN articles a ON a.id = p.article_id WHERE a.document_id = d.id)
            FROM documents d
            """);
        using var reader = command.ExecuteReader();
        var result = new Dictionary<string, string>();
        while (reader.Read()) result[reader.GetString(0)] = $"{reader.GetValue(1)} articles, {reader.GetValue(2)} sources, {reader.GetValue(3)} pairs";
        return result;
    }

    private static void AssertIntact(TestStoreLocation location)
    {
        if (!location.IsPostgreSql)
        {
            Assert.Equal("ok", location.Scalar("PRAGMA integrity_check"));
            Assert.Null(location.Scalar("PRAGMA foreign_key_check"));
        }
        Assert.Equal(0, location.Count("kb_sources s WHERE NOT EXISTS (SELECT 1 FROM kb_facts f WHERE f.id = s.fact_id) OR NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = s.article_id)"));
        Assert.Equal(0, location.Count("kb_facts f WHERE NOT EXISTS (SELECT 1 FROM kb_sources s WHERE s.fact_id = f.id)"));
        Assert.Equal(0, location.Count("articles a WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = a.document_id)"));
    }

    private static Process Start(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "entente.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment.Remove("ENTENTE_DB");
        return Process.Start(start)!;
    }

    private static (int ExitCode, string Stderr) Finish(Process process)
    {
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("an ingest process did not finish");
        }
        _ = stdout.Result;
        return (process.ExitCode, stderr.Result);
    }

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void Four_workers_on_overlapping_inputs_leave_what_one_sequential_ingest_leaves(string backend)
    {
        using var dir = new TempFolder();
        var inputs = Inputs(dir);
        using var sequential = TestStores.NewLocation(backend);
        using var concurrent = TestStores.NewLocation(backend);
        Assert.Equal(0, CliRunner.Run(dir.Path, ["ingest", "--db", sequential.Location, .. inputs]).ExitCode);

        // PostgreSQL: 2 processes of 2 workers each; SQLite: 4 processes of one worker. Every input is given to several of them.
        var (processes, workers) = backend == TestStores.PostgreSql ? (2, 2) : (4, 1);
        var runs = Enumerable.Range(0, processes).Select(p =>
        {
            var mine = inputs.Where((_, i) => processes == 2 ? (p == 0 ? i < inputs.Count * 2 / 3 : i >= inputs.Count / 3) : (i + p) % 4 != 0).ToList();
            if (p % 2 == 1) mine.Reverse();
            return Start(dir.Path, ["ingest", "--db", concurrent.Location, "--workers", $"{workers}", .. mine]);
        }).ToList();
        foreach (var run in runs)
        {
            var (exitCode, stderr) = Finish(run);
            Assert.True(exitCode == 0, stderr);
            Assert.DoesNotContain("error", stderr, StringComparison.OrdinalIgnoreCase);
        }
        Assert.Equal(Snapshot(sequential), Snapshot(concurrent));
    }

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void Twenty_kills_at_random_moments_leave_no_half_stored_input_and_the_finished_ingest_is_whole(string backend)
    {
        using var dir = new TempFolder();
        var inputs = Inputs(dir);
        using var reference = TestStores.NewLocation(backend);
        Assert.Equal(0, CliRunner.Run(dir.Path, ["ingest", "--db", reference.Location, .. inputs]).ExitCode);
        var expected = PerInput(reference);
        var whole = Snapshot(reference);

        var random = new Random(12);
        var location = TestStores.NewLocation(backend);
        try
        {
            var kills = 0;
            var partial = 0;
            while (kills < 20)
            {
                var run = Start(dir.Path, ["ingest", "--db", location.Location, .. inputs]);
                Thread.Sleep(random.Next(300, 4000));
                if (run.HasExited)
                {
                    // The ingest ended before the kill: the store must be whole; start again on an empty one.
                    Assert.Equal(0, Finish(run).ExitCode);
                    Assert.Equal(whole, Snapshot(location));
                    location.Dispose();
                    location = TestStores.NewLocation(backend);
                    continue;
                }
                run.Kill();
                run.WaitForExit();
                kills++;
                AssertIntact(location);
                var stored = PerInput(location);
                foreach (var (hash, content) in stored) Assert.Equal(expected[hash], content);
                if (stored.Count < expected.Count) partial++;
            }
            Assert.True(partial >= 5, $"only {partial} of 20 kills left the ingest unfinished");
            Assert.Equal(0, CliRunner.Run(dir.Path, ["ingest", "--db", location.Location, .. inputs]).ExitCode);
            AssertIntact(location);
            Assert.Equal(whole, Snapshot(location));
        }
        finally
        {
            location.Dispose();
        }
    }
}
