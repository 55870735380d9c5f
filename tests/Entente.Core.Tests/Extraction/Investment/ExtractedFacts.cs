using Entente.Core.Cleaning;
using Entente.Core.Domain;
using Entente.Core.Extraction;
using Entente.Core.Ingest;

namespace Entente.Core.Tests.Extraction.Investment;

/// <summary>Runs the default cleaning and fact pipelines over a text written for a test.</summary>
internal static class ExtractedFacts
{
    public static IReadOnlyList<Fact> Of(string text) =>
        new ArticlePipelineBuilder().UseDefaults().Build()
            .Process(new SourceDocument("t.txt", text, []), new CleaningContext())
            .SelectMany(article => new FactExtractionPipelineBuilder().UseDefaults().Build().Extract(article))
            .ToList();

    public static IReadOnlyList<T> Of<T>(string text) where T : Fact => Of(text).OfType<T>().ToList();

    /// <summary>An article whose title names the two countries, so that the pair is known.</summary>
    public static string Article(string title, string body) => $"{title}\n\n{body}\n";
}
