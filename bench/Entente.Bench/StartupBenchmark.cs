using System.Diagnostics;
using Entente.Core.Cleaning;
using Entente.Core.Extraction;
using Entente.Core.Extraction.Gazetteers;
using Entente.Core.Ingest;
using Entente.Core.Text;

namespace Entente.Bench;

/// <summary>
/// Where a cold process spends the time before its first fact: each part timed once, in the order a one-line
/// <c>extract</c> meets it (run it in a fresh process; a second run in the same process would be warm).
/// </summary>
public static class StartupBenchmark
{
    public static void Run()
    {
        var document = new SourceDocument("one.txt", "Vietnam and Japan signed an agreement in Hanoi on 5 May 2025.\n", []);
        Time("lexicon", () => _ = Lexicon.Shared);
        Time("gazetteer", () => _ = Gazetteer.Default);
        var cleaning = Time("cleaning pipeline", () => new ArticlePipelineBuilder().UseDefaults().Build());
        var extraction = Time("extraction pipeline", () => new FactExtractionPipelineBuilder().UseDefaults().Build());
        var articles = Time("clean one line (cold)", () => cleaning.Process(document, new CleaningContext()).ToList());
        Time("extract one line (cold)", () => extraction.AnalyseAll(articles).Sum(r => r.Facts.Count));
        Time("extract one line (warm)", () => extraction.AnalyseAll(articles).Sum(r => r.Facts.Count));
    }

    private static void Time(string name, Action action) => Time(name, () => { action(); return 0; });

    private static T Time<T>(string name, Func<T> func)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        var result = func();
        Console.WriteLine($"{name,-26} wall {wall.Elapsed.TotalMilliseconds,7:F0} ms  CPU {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds,7:F0} ms");
        return result;
    }
}
