using System.Diagnostics;
using Entente.Core.Cleaning;
using Entente.Core.Extraction;
using Entente.Core.Ingest;

namespace Entente.Bench;

/// <summary>
/// The size-scaling test: one input of generated news without full stops or line breaks (the worst case for
/// sentence-level work) at each size, cleaned and read as the CLI does; prints CPU seconds per MB.
/// </summary>
public static class ScalingBenchmark
{
    public static void Run(double[] megabytes)
    {
        var cleaning = new ArticlePipelineBuilder().UseDefaults().Build();
        var extraction = new FactExtractionPipelineBuilder().UseDefaults().Build();
        var generator = new CorpusGenerator(seed: 7);
        var warm = cleaning.Process(new SourceDocument("warm.txt", generator.File(20_000), []), new CleaningContext()).ToList();
        extraction.AnalyseAll(warm);
        Console.WriteLine("   MB   clean s  extract s    CPU s/MB   MB/s (wall)  facts");
        foreach (var mb in megabytes)
        {
            var text = generator.File((int)(mb * 1_000_000)).Replace(". ", " ").Replace('\n', ' ');
            var document = new SourceDocument($"scaling-{mb}.txt", text, []);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            var articles = cleaning.Process(document, new CleaningContext()).ToList();
            var cleaned = wall.Elapsed;
            var facts = extraction.AnalyseAll(articles).Sum(f => f.Facts.Count);
            var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            Console.WriteLine($"{text.Length / 1e6,5:F1} {cleaned.TotalSeconds,9:F2} {(wall.Elapsed - cleaned).TotalSeconds,10:F2} {used.TotalSeconds / (text.Length / 1e6),11:F2} {text.Length / 1e6 / wall.Elapsed.TotalSeconds,13:F2} {facts,6}");
        }
    }
}
