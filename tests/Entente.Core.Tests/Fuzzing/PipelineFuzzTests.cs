using CsCheck;
using Entente.Core.Cleaning;
using Entente.Core.Extraction;

namespace Entente.Core.Tests.Fuzzing;

/// <summary>
/// Cleaning and extraction over mutated articles: nothing may throw and no extractor may fail on a sentence.
/// CI runs a short fuzz; ENTENTE_FUZZ_SECONDS runs it longer (`ENTENTE_FUZZ_SECONDS=3600 dotnet test
/// tests/Entente.Core.Tests -c Release --filter PipelineFuzzTests`). A failure prints the shrunk input and its seed.
/// </summary>
public class PipelineFuzzTests
{
    private static readonly ArticlePipeline Cleaning = new ArticlePipelineBuilder().UseDefaults().Build();
    private static readonly FactExtractionPipeline Extraction = new FactExtractionPipelineBuilder().UseDefaults().Build();

    private static int Seconds => int.TryParse(Environment.GetEnvironmentVariable("ENTENTE_FUZZ_SECONDS"), out var s) ? s : 20;

    [Fact]
    public void Mutated_articles_never_make_cleaning_or_an_extractor_fail()
    {
        ArticleMutator.Documents.Sample(document =>
        {
            foreach (var article in Cleaning.Process(document, new CleaningContext()).ToList())
            {
                var faults = Extraction.Analyse(article).Faults;
                if (faults.Count > 0) throw new InvalidOperationException(faults[0].Describe(), faults[0].Error);
            }
        }, time: Seconds, threads: 2, print: d => d.Text);
    }
}
