using Entente.Core.Cleaning;
using Entente.Core.Domain;
using Entente.Core.Extraction;
using Entente.Core.Ingest;

namespace Entente.Core.Tests.Extraction.Mechanisms;

/// <summary>Runs the default cleaning and fact pipelines over a text, as the CLI does for one input file.</summary>
internal static class FactsOf
{
    public static IReadOnlyList<Fact> Text(string text, string? published = null)
    {
        // A huge text is cut into several articles; their facts together are the input's.
        var extraction = new FactExtractionPipelineBuilder().UseDefaults().Build();
        return new ArticlePipelineBuilder().UseDefaults().Build()
            .Process(new SourceDocument("t.txt", text, []), new CleaningContext { PublishedOverride = published })
            .SelectMany(extraction.Extract)
            .ToList();
    }

    public static List<T> Of<T>(string text, string? published = null) where T : Fact => Text(text, published).OfType<T>().ToList();
}
