using Entente.Core.Cleaning;
using Entente.Core.Domain;
using Entente.Core.Extraction;
using Entente.Core.Ingest;

namespace Entente.Core.Tests.Extraction.Mechanisms;

/// <summary>Runs the default cleaning and fact pipelines over a text, as the CLI does for one input file.</summary>
internal static class FactsOf
{
    public static IReadOnlyList<Fact> Text(string text)
    {
        // A huge text is cut into several articles; their facts together are the input's.
        var extraction = new FactExtractionPipelineBuilder().UseDefaults().Build();
        return new ArticlePipelineBuilder().UseDefaults().Build()
            .Process(new SourceDocument("t.txt", text, []), new CleaningContext())
            .SelectMany(extraction.Extract)
            .ToList();
    }

    public static List<T> Of<T>(string text) where T : Fact => Text(text).OfType<T>().ToList();
}
