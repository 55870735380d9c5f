using System.Diagnostics;
using Entente.Core.Cleaning;
using Entente.Core.Extraction;
using Entente.Core.Extraction.Gazetteers;
using Entente.Core.Ingest;
using Entente.Core.Text;

namespace Entente.Bench;

/// <summary>
/// Where a cold process spends the time before its first fact: each part timed once, in the order a one-line
/// <c>extract</c> meets it, as CPU time (a busy machine stretches wall time, not CPU time). The first, cold pass
/// over the line is split by cleaning stage and by extractor: there, time is first use (code compiled or loaded,
/// tables built), which a second, warm pass no longer pays. Run it in a fresh process, published ReadyToRun as the
/// CLI is, to see what the CLI pays.
/// </summary>
public static class StartupBenchmark
{
    public static void Run()
    {
        var process = Stopwatch.StartNew();
        var document = new SourceDocument("one.txt", "Vietnam and Japan signed an agreement in Hanoi on 5 May 2025.\n", []);
        Time("lexicon", () => _ = Lexicon.Shared);
        Time("gazetteer", () => _ = Gazetteer.Default);
        var cleaningBuilder = new ArticlePipelineBuilder().UseDefaults();
        var stages = cleaningBuilder.Stages.Select(s => new TimedStage(s)).ToList();
        cleaningBuilder.Stages.Clear();
        cleaningBuilder.Stages.AddRange(stages);
        var (cleaning, _) = Time("cleaning pipeline", cleaningBuilder.Build);
        var extractionBuilder = new FactExtractionPipelineBuilder().UseDefaults();
        var extractors = extractionBuilder.Extractors.Select(e => new TimedExtractor(e)).ToList();
        extractionBuilder.Extractors.Clear();
        extractionBuilder.Extractors.AddRange(extractors);
        var (extraction, _) = Time("extraction pipeline", extractionBuilder.Build);
        var (articles, cleanTime) = Time("clean one line (cold)", () => cleaning.Process(document, new CleaningContext()).ToList());
        Parts(stages.Select(s => (s.Inner.GetType().Name, s.Elapsed)), cleanTime, "reading and boundaries");
        var (_, extractTime) = Time("extract one line (cold)", () => extraction.AnalyseAll(articles).Sum(r => r.Facts.Count));
        Parts(extractors.Select(e => (e.Inner.GetType().Name, e.Elapsed)), extractTime, "article context and de-duplication");
        Time("extract one line (warm)", () => extraction.AnalyseAll(articles).Sum(r => r.Facts.Count));
        Console.WriteLine($"{"process so far",-26} wall {process.Elapsed.TotalMilliseconds,7:F0} ms  CPU {Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds,7:F0} ms (with the runtime's own start)");
        // Code that ReadyToRun could not compile ahead (mostly generic code of the framework over this library's types).
        Console.WriteLine($"{"compiled at run time",-26} {System.Runtime.JitInfo.GetCompiledMethodCount(),5} methods in {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds,4:F0} ms");
    }

    private static void Time(string name, Action action) => Time(name, () => { action(); return 0; });

    private static (T Result, TimeSpan Cpu) Time<T>(string name, Func<T> func)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        var result = func();
        var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Console.WriteLine($"{name,-26} wall {wall.Elapsed.TotalMilliseconds,7:F0} ms  CPU {used.TotalMilliseconds,7:F0} ms");
        return (result, used);
    }

    // The parts of a cold pass that cost a millisecond or more, costliest first (CPU time of the threads they ran on).
    private static void Parts(IEnumerable<(string Name, TimeSpan Time)> parts, TimeSpan total, string rest)
    {
        var list = parts.ToList();
        var timed = list.Aggregate(TimeSpan.Zero, (sum, p) => sum + p.Time);
        foreach (var (name, time) in list.Append((rest, total - timed)).Where(p => p.Item2.TotalMilliseconds >= 1).OrderByDescending(p => p.Item2))
            Console.WriteLine($"  {name,-40} CPU {time.TotalMilliseconds,5:F0} ms");
    }
}
