using System.Diagnostics;
using Entente.Core.Domain;
using Entente.Core.Knowledge.Briefing;
using Entente.Core.Storage;

namespace Entente.Bench;

/// <summary>
/// Builds a knowledge base from generated articles (ten facts each) on either backend and reports:
/// ingest articles/s with 1, 2 and 4 workers (each with its own connection, one transaction per
/// article as the CLI stores inputs), the warm in-process brief and a filtered facts query on the
/// built store, its size on disk and the peak memory of this process.
/// </summary>
public static class KnowledgeBenchmark
{
    private const int WordsPerArticle = 120;

    /// <param name="articles">Articles to generate (about ten facts each).</param>
    /// <param name="location">A SQLite path or PostgreSQL connection; null for a throwaway SQLite file.</param>
    public static void Run(int articles, string? location)
    {
        string? folder = null;
        if (location is null)
        {
            folder = Directory.CreateTempSubdirectory("entente-bench-").FullName;
            location = Path.Combine(folder, "bench.db");
        }
        try
        {
            // A store that already holds generated articles (an earlier run, or a copy) grows by new ones.
            int stored;
            using (var existing = StoreLocation.Open(location)) stored = (int)Count(existing, "documents");
            Console.WriteLine($"store: {StoreLocation.Describe(location)} holding {stored} articles; {articles} more generated articles of ~10 facts");
            // One tenth with one worker, two tenths with two, the rest with four: the rate at each store size is printed.
            if (articles >= 10)
            {
                var next = stored;
                next = Ingest(location, next, stored + articles / 10, workers: 1);
                next = Ingest(location, next, stored + articles * 3 / 10, workers: 2);
                Ingest(location, next, stored + articles, workers: 4);
            }

            using var store = StoreLocation.Open(location);
            var facts = Count(store, "kb_facts");
            var sources = Count(store, "kb_sources");
            Console.WriteLine($"store:   {facts} reconciled facts, {sources} sources, {Count(store, "articles")} articles; {SizeOnDisk(store, location) / 1e6:F0} MB on disk");
            Queries(store);
            Console.WriteLine($"memory:  peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB (this process)");
        }
        finally
        {
            if (folder is not null) Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Stores articles [from, to) with the given number of workers; returns to.</summary>
    private static int Ingest(string location, int from, int to, int workers)
    {
        var next = from - 1;
        var facts = 0L;
        var serverTicks = 0L;
        var commands = 0L;
        var clientCpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var threads = Enumerable.Range(0, workers).Select(w => new Thread(() =>
        {
            using var store = StoreLocation.Open(location);
            var backend = ServerProcess(store);
            var startTicks = CpuTicks(backend);
            int i;
            while ((i = Interlocked.Increment(ref next)) < to)
            {
                var generator = new SyntheticFacts(seed: i);
                var (pair, published, list) = generator.Article();
                var text = generator.Text(WordsPerArticle);
                var article = new Article
                {
                    Source = $"gen-{i}.txt", Title = $"Story {i}", Published = published, Text = text, RawText = text,
                    RawIndex = [], End = text.Length, Outlet = $"Outlet {i % 50}",
                };
                var withEvidence = list.Select((f, k) => f with { Evidence = new Evidence(article.Source, k * 10, k * 10 + 60, text.Substring(k * 10, 60)) }).ToList();
                store.StoreDocument(new DocumentToStore(article.Source, $"bench-{i}", text, [new ExtractedArticle(article, withEvidence, pair)]));
                Interlocked.Add(ref facts, list.Count);
            }
            Interlocked.Add(ref serverTicks, CpuTicks(backend) - startTicks);
            Interlocked.Add(ref commands, store.Commands);
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        watch.Stop();
        // CPU per article does not depend on what else the machine runs; the rate does.
        var client = (Process.GetCurrentProcess().TotalProcessorTime - clientCpu).TotalMilliseconds / (to - from);
        var server = serverTicks * 1000.0 / TicksPerSecond / (to - from);
        Console.WriteLine($"ingest:  {workers} worker{(workers == 1 ? " " : "s")} {(to - from) / watch.Elapsed.TotalSeconds,8:F0} articles/s {facts / watch.Elapsed.TotalSeconds,8:F0} facts/s  " +
                          $"CPU {client:F2} ms/article here + {server:F2} ms/article in the server, {(double)commands / (to - from):F1} round trips/article  (articles {from}–{to} in {watch.Elapsed.TotalSeconds:F0} s; " +
                          $"working set {Environment.WorkingSet / 1e6:F0} MB; load average {LoadAverage()})");
        return to;
    }

    private const double TicksPerSecond = 100; // USER_HZ on Linux

    /// <summary>The process id of the server backend serving this connection (PostgreSQL on this machine), or null.</summary>
    private static int? ServerProcess(RelationalStore store)
    {
        if (store is not PostgreSqlStore) return null;
        using var command = store.Command("SELECT pg_backend_pid()");
        return Convert.ToInt32(command.ExecuteScalar());
    }

    /// <summary>User and system CPU ticks of a process, from /proc; 0 when not readable (a remote server).</summary>
    private static long CpuTicks(int? pid)
    {
        if (pid is null || !File.Exists($"/proc/{pid}/stat")) return 0;
        var fields = File.ReadAllText($"/proc/{pid}/stat").Split(')')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

    /// <summary>A page as a reader of the filtered query takes it (keyset pagination by fact id).</summary>
    private const int QueryPage = 100;

    private static void Queries(RelationalStore store)
    {
        var pairs = store.Pairs();
        var busiest = pairs[0];
        var median = pairs[pairs.Count / 2];
        var builder = new BriefBuilder(store);
        var server = ServerProcess(store);
        foreach (var (label, pair) in new[] { ("busiest", busiest), ("median", median) })
        {
            var codes = pair.Pair.Split('-');
            builder.Build(codes[0], codes[1]);
            var brief = Percentiles(21, () => builder.Build(codes[0], codes[1]), server);
            var timed = new TimedStore(store);
            var once = Stopwatch.StartNew();
            new BriefBuilder(timed).Build(codes[0], codes[1]);
            once.Stop();
            var chart = Stopwatch.StartNew();
            TradeChart.Png(new TradePanel(store.Facts(new FactQuery(pair.Pair, "trade") { OnePerConflictGroup = true })).Comparable, "chart");
            var chartMs = chart.Elapsed.TotalMilliseconds;
            var query = new FactQuery(pair.Pair, "trade", "2015");
            var found = store.Count(query);
            var page = Percentiles(21, () => store.Facts(query with { Limit = QueryPage }), server);
            var all = Percentiles(11, () => store.EnumerateFacts(query).Count(), server);
            Console.WriteLine($"brief:   {brief}  {label} pair {pair.Pair} ({pair.Facts} facts, {pair.Articles} articles), warm, 21 runs");
            Console.WriteLine($"         one more run {once.Elapsed.TotalMilliseconds:F1} ms, of which reading {timed.Total:F1} ms: " +
                              string.Join(", ", timed.Times.Select(t => $"{t.Key} {t.Value.Calls}× {t.Value.Ms:F1} ms")) + $"; a chart alone {chartMs:F1} ms");
            Console.WriteLine($"query:   {page}  first page of {QueryPage}, facts --pair {pair.Pair} --type trade --since 2015 ({found} facts), 21 runs");
            Console.WriteLine($"query:   {all}  all {found} of them, read page by page, 11 runs");
        }
        // Reading the busiest pair whole, as `facts --pair` exports it: pages of facts, never the pair at once.
        var watch = Stopwatch.StartNew();
        var read = store.EnumerateFacts(new FactQuery(busiest.Pair)).Sum(f => f.Sources.Count);
        Console.WriteLine($"export:  {watch.Elapsed.TotalMilliseconds,8:F0} ms  every fact of {busiest.Pair} with its {read} sources, page by page; working set {Environment.WorkingSet / 1e6:F0} MB");
    }

    /// <summary>Wall time p50 and p95 of the runs, and the CPU time of this thread and of the server backend (mean per run), which load on the machine does not inflate.</summary>
    private static Timing Percentiles(int runs, Action action, int? server)
    {
        var times = new List<double>();
        var cpu = new List<double>();
        var serverStart = CpuTicks(server);
        for (var i = 0; i < runs; i++)
        {
            var thread = ThreadCpu.Now();
            var watch = Stopwatch.StartNew();
            action();
            times.Add(watch.Elapsed.TotalMilliseconds);
            cpu.Add((ThreadCpu.Now() - thread) / (double)TimeSpan.TicksPerMillisecond);
        }
        times.Sort();
        cpu.Sort();
        return new Timing(times[runs / 2], times[(int)Math.Ceiling(runs * 0.95) - 1], cpu[runs / 2], (CpuTicks(server) - serverStart) * 1000.0 / TicksPerSecond / runs);
    }

    private sealed record Timing(double P50, double P95, double Cpu, double ServerCpu)
    {
        public override string ToString() => $"p50 {P50,7:F1} ms  p95 {P95,7:F1} ms  (CPU {Cpu:F1} ms here{(ServerCpu > 0 ? $" + {ServerCpu:F1} ms in the server" : "")})";
    }

    private static long Count(RelationalStore store, string table)
    {
        using var command = store.Command($"SELECT COUNT(*) FROM {table}");
        return Convert.ToInt64(command.ExecuteScalar());
    }

    private static long SizeOnDisk(RelationalStore store, string location)
    {
        if (store is SqliteStore)
            return new[] { location, location + "-wal" }.Where(File.Exists).Sum(f => new FileInfo(f).Length);
        using var command = store.Command("SELECT pg_database_size(current_database())");
        return Convert.ToInt64(command.ExecuteScalar());
    }
}
