using Entente.Core.Cleaning;
using Entente.Core.Domain;
using Entente.Core.Extraction;
using Entente.Core.Ingest;

namespace Entente.Core.Tests.Extraction.Diplomacy;

/// <summary>Runs the default pipelines over a short article and gives the facts of one type, each as a compact line.</summary>
internal static class DiplomacyFacts
{
    /// <summary>An article published on 10 March 2024 whose body is the given text.</summary>
    public static string Article(string body, string published = "March 10, 2024") => $"News\n\n{published}\n\n{body}\n";

    public static IReadOnlyList<T> Of<T>(string input) where T : Fact
    {
        var facts = new FactExtractionPipelineBuilder().UseDefaults().Build();
        return new ArticlePipelineBuilder().UseDefaults().Build()
            .Process(new SourceDocument("t.txt", input, []), new CleaningContext())
            .SelectMany(article => facts.Extract(article).OfType<T>())
            .ToList();
    }

    /// <summary>The facts as sorted lines joined by "; ", "" when there are none.</summary>
    public static string Lines<T>(string body, Func<T, string> line) where T : Fact =>
        string.Join("; ", Of<T>(Article(body)).Select(line).Order(StringComparer.Ordinal));

    /// <summary>Every fact's evidence quotes exactly the input slice it points to.</summary>
    public static void AssertEvidenceQuotesInput<T>(string body) where T : Fact
    {
        var input = Article(body);
        var facts = Of<T>(input);
        Assert.NotEmpty(facts);
        foreach (var fact in facts)
        {
            var evidence = fact.Evidence!;
            Assert.Equal(input[evidence.Start..evidence.End], evidence.Quote);
        }
    }
}
