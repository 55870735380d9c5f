using Entente.Core.Cleaning;
using Entente.Core.Domain;
using Entente.Core.Extraction;
using Entente.Core.Ingest;

namespace Entente.Core.Tests.Extraction.Multilateral;

/// <summary>Runs the whole pipeline over a short article written for a test.</summary>
internal static class FactsFrom
{
    /// <summary>An article titled after the pair, dated by its dateline, whose body is the given text.</summary>
    public static string Article(string title, string body) => $"{title}\n\nHANOI, May 6, 2024 (Staff) – {body}\n";

    public static (Article Article, IReadOnlyList<Fact> Facts) Extract(string text)
    {
        var article = new ArticlePipelineBuilder().UseDefaults().Build().Process(new SourceDocument("t.txt", text, []), new CleaningContext()).First();
        return (article, new FactExtractionPipelineBuilder().UseDefaults().Build().Extract(article));
    }

    public static List<T> Of<T>(string text) where T : Fact => Extract(text).Facts.OfType<T>().ToList();

    /// <summary>Every fact's evidence quotes the input exactly where it says.</summary>
    public static void AssertEvidenceIsInputSlice(string text, IEnumerable<Fact> facts)
    {
        var any = false;
        foreach (var fact in facts)
        {
            any = true;
            Assert.NotNull(fact.Evidence);
            Assert.Equal(text[fact.Evidence!.Start..fact.Evidence.End], fact.Evidence.Quote);
        }
        Assert.True(any, "expected at least one fact");
    }
}
