using System.Diagnostics;
using Entente.Core.Domain;
using Entente.Core.Knowledge.Briefing;
using Entente.Core.Storage;

namespace Entente.Bench;

/// <summary>Ingest throughput into the knowledge base, and brief latency on the store it builds.</summary>
public static class KnowledgeBenchmark
{
    public static void Run(int articles)
    {
        var folder = Directory.CreateTempSubdirectory("entente-bench-").FullName;
        try
        {
            using var store = new SqliteStore(Path.Combine(folder, "bench.db"));
            var generator = new SyntheticFacts(seed: 7);
            var watch = Stopwatch.StartNew();
            var facts = 0;
            for (var i = 0; i < articles; i++)
            {
                var (pair, published, list) = generator.Article();
                var text = $"Synthetic article {i} about {pair}.";
                var article = new Article { Source = $"gen-{i}.txt", Title = $"Story {i}", Published = published, Text = text, RawText = text, RawIndex = Enumerable.Range(0, text.Length).ToArray(), End = text.Length };
                var withEvidence = list.Select(f => f with { Evidence = new Evidence(article.Source, 0, text.Length, text) }).ToList();
                store.StoreDocument(new DocumentToStore(article.Source, $"h{i}", text, [new ExtractedArticle(article, withEvidence, pair)]));
                facts += list.Count;
            }
            watch.Stop();
            var reconciled = store.Pairs().Sum(p => p.Facts);
            if (Environment.GetEnvironmentVariable("ENTENTE_BENCH_KEEP") is { Length: > 0 } keep) File.Copy(Path.Combine(folder, "bench.db"), keep, overwrite: true);
            Console.WriteLine($"ingest:  {articles / watch.Elapsed.TotalSeconds,8:F0} articles/s  {facts / watch.Elapsed.TotalSeconds,8:F0} facts/s  ({facts} facts from {articles} articles into {reconciled} pair-filed facts in {watch.Elapsed.TotalSeconds:F1} s)");

            var builder = new BriefBuilder(store);
            builder.Build("VN", "BY");
            var pairs = store.Pairs().Take(10).ToList();
            watch.Restart();
            foreach (var p in pairs)
            {
                var codes = p.Pair.Split('-');
                builder.Build(codes[0], codes[1]);
            }
            watch.Stop();
            var briefMs = watch.Elapsed.TotalMilliseconds / pairs.Count;
            watch.Restart();
            foreach (var p in pairs) store.Facts(new FactQuery(p.Pair));
            watch.Stop();
            Console.WriteLine($"query:   {watch.Elapsed.TotalMilliseconds / pairs.Count,8:F0} ms per pair's facts with sources");
            Console.WriteLine($"brief:   {briefMs,8:F0} ms per brief on average over {pairs.Count} pairs of ~{pairs.Average(p => p.Facts):F0} facts each (store of {reconciled} pair-filed facts)");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
