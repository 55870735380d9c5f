using System.Diagnostics;
using Entente.Bench;
using Entente.Core.Cleaning;
using Entente.Core.Extraction;
using Entente.Core.Ingest;

// Timed runs over a generated corpus, repeatable for a seed.
// Usage: Entente.Bench [cleaning|extraction|stages|extractors|all] [MB]  |  Entente.Bench knowledge [articles] [STORE]
//        Entente.Bench knowledge-copy SQLITE_FILE POSTGRESQL_STORE
var what = args.Length > 0 ? args[0] : "all";
if (what == "knowledge-copy")
{
    StoreCopy.Run(args[1], args[2]);
    return;
}
if (what == "knowledge")
{
    KnowledgeBenchmark.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 12_000, args.Length > 2 ? args[2] : null);
    return;
}
var megabytes = args.Length > 1 && double.TryParse(args[1], System.Globalization.CultureInfo.InvariantCulture, out var mb) ? mb : 8;

var generator = new CorpusGenerator(seed: 42);
// Inputs of ~20 KB: several articles each, as a multi-story scrape would hold.
var files = new List<SourceDocument>();
long chars = 0;
for (var i = 0; chars < megabytes * 1_000_000; i++)
{
    var text = generator.File(20_000);
    files.Add(new SourceDocument($"gen-{i:D5}.txt", text, []));
    chars += text.Length;
}
var bytes = files.Sum(f => (long)System.Text.Encoding.UTF8.GetByteCount(f.Text));
Console.WriteLine($"corpus: {files.Count} inputs, {bytes / 1e6:F1} MB");

var cleaning = new ArticlePipelineBuilder().UseDefaults().Build();
var context = new CleaningContext();
// Warm up: lexicon, gazetteer and JIT.
var warm = cleaning.Process(files[0], context).ToList();
var extraction = new FactExtractionPipelineBuilder().UseDefaults().Build();
foreach (var article in warm) extraction.Extract(article);

if (what is "cleaning" or "all")
{
    var watch = Stopwatch.StartNew();
    var articles = 0;
    foreach (var file in files) articles += cleaning.Process(file, context).Count();
    watch.Stop();
    Console.WriteLine($"cleaning:   {bytes / 1e6 / watch.Elapsed.TotalSeconds,8:F2} MB/s  {articles / watch.Elapsed.TotalSeconds,8:F0} articles/s  ({articles} articles in {watch.Elapsed.TotalSeconds:F2} s)");
}

if (what is "stages")
{
    var builder = new ArticlePipelineBuilder().UseDefaults();
    var timed = builder.Stages.Select(s => new TimedStage(s)).ToList();
    builder.Stages.Clear();
    builder.Stages.AddRange(timed);
    var pipeline = builder.Build();
    var watch = Stopwatch.StartNew();
    foreach (var file in files) pipeline.Process(file, context).Count();
    watch.Stop();
    Console.WriteLine($"total {watch.Elapsed.TotalSeconds:F2} s; reading and boundaries {(watch.Elapsed - timed.Aggregate(TimeSpan.Zero, (t, s) => t + s.Elapsed)).TotalSeconds:F2} s");
    foreach (var stage in timed) Console.WriteLine($"  {stage.Inner.GetType().Name,-22} {stage.Elapsed.TotalSeconds,6:F2} s");
}

if (what is "extractors")
{
    var articles = files.SelectMany(f => cleaning.Process(f, context)).ToList();
    var builder = new FactExtractionPipelineBuilder().UseDefaults();
    var timed = builder.Extractors.Select(e => new TimedExtractor(e)).ToList();
    builder.Extractors.Clear();
    builder.Extractors.AddRange(timed);
    var pipeline = builder.Build();
    var watch = Stopwatch.StartNew();
    foreach (var article in articles) pipeline.Extract(article);
    watch.Stop();
    Console.WriteLine($"total {watch.Elapsed.TotalSeconds:F2} s; article context {(watch.Elapsed - timed.Aggregate(TimeSpan.Zero, (t, e) => t + e.Elapsed)).TotalSeconds:F2} s");
    foreach (var e in timed) Console.WriteLine($"  {e.Inner.GetType().Name,-30} {e.Elapsed.TotalSeconds,6:F2} s");
}

if (what is "extraction" or "all")
{
    // Per input, as the CLI reads them: an input's articles on every core.
    var inputs = files.Select(f => cleaning.Process(f, context).ToList()).ToList();
    var articles = inputs.SelectMany(a => a).ToList();
    var articleChars = articles.Sum(a => (long)a.Text.Length);
    var watch = Stopwatch.StartNew();
    var facts = 0;
    foreach (var input in inputs) facts += extraction.AnalyseAll(input).Sum(r => r.Facts.Count);
    watch.Stop();
    Console.WriteLine($"extraction: {articleChars / 1e6 / watch.Elapsed.TotalSeconds,8:F2} MB/s  {articles.Count / watch.Elapsed.TotalSeconds,8:F0} articles/s  ({facts} facts from {articles.Count} articles in {watch.Elapsed.TotalSeconds:F2} s)");
}
