using System.Diagnostics;
using Entente.Bench;
using Entente.Core.Cleaning;
using Entente.Core.Extraction;
using Entente.Core.Ingest;

// Timed runs over a generated corpus, repeatable for a seed.
// Usage: Entente.Bench [cleaning|extraction|stages|extractors|all] [MB | FILE…]  |  Entente.Bench startup  |  Entente.Bench scaling [MB…]  |  Entente.Bench knowledge [articles] [STORE]
//        Entente.Bench knowledge-copy SQLITE_FILE POSTGRESQL_STORE  |  Entente.Bench html [MB per page size]
var what = args.Length > 0 ? args[0] : "all";
if (what == "html")
{
    HtmlBenchmark.Run(args.Length > 1 ? double.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 4);
    return;
}
if (what == "startup")
{
    StartupBenchmark.Run();
    return;
}
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
var paths = args.Skip(1).Where(File.Exists).ToList();
if (what == "scaling")
{
    // Time per MB of one input of generated news with its full stops and line breaks taken out, at growing sizes:
    // flat when cleaning and extraction are linear in their input.
    ScalingBenchmark.Run(args.Skip(1).Select(a => double.Parse(a, System.Globalization.CultureInfo.InvariantCulture)).DefaultIfEmpty().Where(m => m > 0).ToArray() is { Length: > 0 } sizes ? sizes : [1, 2, 5, 10, 20]);
    return;
}
var megabytes = paths.Count == 0 && args.Length > 1 && double.TryParse(args[1], System.Globalization.CultureInfo.InvariantCulture, out var mb) ? mb : 8;

var files = new List<SourceDocument>();
if (paths.Count > 0)
{
    // Given inputs instead of the generated corpus (to see where one odd input spends its time).
    files.AddRange(paths.Select(p => InputDecoder.Decode(p, File.ReadAllBytes(p))));
}
else
{
    var generator = new CorpusGenerator(seed: 42);
    // Inputs of ~20 KB: several articles each, as a multi-story scrape would hold.
    long chars = 0;
    for (var i = 0; chars < megabytes * 1_000_000; i++)
    {
        var text = generator.File(20_000);
        files.Add(new SourceDocument($"gen-{i:D5}.txt", text, []));
        chars += text.Length;
    }
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
    var cpu = CpuClock.Start();
    foreach (var file in files) pipeline.Process(file, context).Count();
    cpu.Report(bytes, timed.Select(s => (s.Inner.GetType().Name, s.Elapsed)), "reading and boundaries");
}

if (what is "extractors")
{
    var articles = files.SelectMany(f => cleaning.Process(f, context)).ToList();
    var builder = new FactExtractionPipelineBuilder().UseDefaults();
    var timed = builder.Extractors.Select(e => new TimedExtractor(e)).ToList();
    builder.Extractors.Clear();
    builder.Extractors.AddRange(timed);
    var pipeline = builder.Build();
    var cpu = CpuClock.Start();
    pipeline.AnalyseAll(articles);
    cpu.Report(articles.Sum(a => (long)a.Text.Length), timed.Select(e => (e.Inner.GetType().Name, e.Elapsed)), "article context and de-duplication");
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
