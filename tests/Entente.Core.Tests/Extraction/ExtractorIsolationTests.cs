using Entente.Core.Cleaning;
using Entente.Core.Domain;
using Entente.Core.Extraction;
using Entente.Core.Ingest;

namespace Entente.Core.Tests.Extraction;

public class ExtractorIsolationTests
{
    /// <summary>Throws on any sentence holding "Boom", and reads one fact from every other sentence with text.</summary>
    private sealed class FragileExtractor : IFactExtractor
    {
        public IEnumerable<Fact> Extract(ArticleContext context)
        {
            foreach (var sentence in context.Sentences)
            {
                if (sentence.Text.Contains("Boom", StringComparison.Ordinal)) throw new InvalidOperationException("boom");
                if (sentence.Length == 0) continue;
                yield return new Students("VN", "BY", sentence.Index, "2024") { Evidence = context.Evidence(sentence) };
            }
        }
    }

    private static IReadOnlyList<Article> Read(string text) =>
        new ArticlePipelineBuilder().UseDefaults().Build().Process(new SourceDocument("in.txt", text, []), new CleaningContext()).ToList();

    [Fact]
    public void An_extractor_failing_on_a_sentence_loses_that_sentence_only_and_reports_where()
    {
        var text = "Hanoi and Minsk spoke again today.\n\nOne calm sentence. A Boom sentence here. Another calm one. Then a second Boom here. The last calm sentence.";
        var article = Assert.Single(Read(text));
        var pipeline = new FactExtractionPipelineBuilder { Extractors = { new FragileExtractor() } }.Build();
        var found = pipeline.Analyse(article);
        Assert.Equal(["Hanoi and Minsk spoke again today.", "One calm sentence.", "Another calm one.", "The last calm sentence."],
            found.Facts.Select(f => f.Evidence!.Quote));
        Assert.Equal(2, found.Faults.Count);
        Assert.All(found.Faults, f => Assert.Equal(nameof(FragileExtractor), f.Extractor));
        Assert.Equal([text.IndexOf("A Boom", StringComparison.Ordinal), text.IndexOf("Then a second", StringComparison.Ordinal)], found.Faults.Select(f => f.Offset));
    }

    [Theory]
    [InlineData("Kenya's Foreign Minister Musalia Mudavadi and his Ugandan counterpart, Jeje Odongo, agreed to reopen the post.")]
    [InlineData("Chin'a prime minister met officials in Minsk.")]
    [InlineData("Some 10,000,000,000 billion Vietnamese reside in Australia.")]
    [InlineData("Japan has 2147483648 valid projects in Vietnam worth US$70 billion.")]
    [InlineData("1/1/0000\n\nTrade between Laos and Thailand reached US$5 billion in 2023.")]
    [InlineData("HANOI, 31/1/99999999999\n\nTrade between Laos and Thailand reached US$5 billion in 2023.")]
    [InlineData("HANOI, 1٣/1/2024\n\nTrade between Laos and Thailand reached US$5 billion in 2023.")]
    [InlineData("Some 99999999999999999999999 Kenyans live in Uganda, up from 12,000.")]
    public void Sentences_that_once_crashed_a_reader_give_no_fault(string text)
    {
        var pipeline = new FactExtractionPipelineBuilder().UseDefaults().Build();
        foreach (var article in Read(text))
            Assert.Empty(pipeline.Analyse(article).Faults);
    }
}
