using Entente.Core.Cleaning;
using Entente.Core.Domain;
using Entente.Core.Ingest;
using Entente.Core.Tests.Support;

namespace Entente.Core.Tests.Corpus;

/// <summary>The seeds (read from ../shared at run time) and the team's sample corpus come out as their gold says.</summary>
public class SeedArticleTests
{
    private static readonly ArticlePipeline Pipeline = new ArticlePipelineBuilder().UseDefaults().Build();

    private static List<Article> Read(string path) =>
        Pipeline.Process(InputDecoder.Decode(path, File.ReadAllBytes(path)), new CleaningContext()).ToList();

    [Fact]
    public void Seed_articles_equal_the_gold_text_title_and_year()
    {
        var gold = GoldArticles.Load(Path.Combine(SharedFiles.Gold, "seeds.articles.jsonl"));
        Assert.NotEmpty(gold);
        foreach (var expected in gold)
        {
            var article = Assert.Single(Read(Path.Combine(SharedFiles.Seeds, expected.Source)));
            // The gold keeps the page's no-break spaces; clean text has plain ones.
            Assert.Equal(expected.Text.Replace('\u00A0', ' '), article.Text);
            Assert.Equal(expected.Title, article.Title);
            Assert.StartsWith(expected.Published!, article.Published);
        }
    }

    [Fact]
    public void Sample_corpus_keeps_every_gold_paragraph_and_adds_almost_nothing()
    {
        var gold = GoldArticles.Load(Path.Combine(SharedFiles.Repository, "tests", "corpus", "samples", "samples.gold.articles.jsonl"));
        var bySource = gold.GroupBy(g => g.Source);
        int expectedParagraphs = 0, found = 0, produced = 0, extra = 0;
        foreach (var group in bySource)
        {
            var articles = Read(Path.Combine(SharedFiles.Repository, "samples", group.Key));
            Assert.Equal(group.Count(), articles.Count);
            var goldParagraphs = group.SelectMany(g => g.Text.Split("\n\n")).ToHashSet();
            var ours = articles.SelectMany(a => a.Text.Split("\n\n")).ToList();
            expectedParagraphs += goldParagraphs.Count;
            found += goldParagraphs.Count(ours.Contains);
            produced += ours.Count;
            extra += ours.Count(p => !goldParagraphs.Contains(p));
            foreach (var (g, a) in group.Zip(articles))
            {
                Assert.Equal(g.Title, a.Title);
                Assert.Equal(g.Published, a.Published);
            }
        }
        // Exact paragraphs: a single glued word left in a paragraph counts against it.
        Assert.True(found >= expectedParagraphs * 0.95, $"{found} of {expectedParagraphs} gold paragraphs found exactly");
        Assert.True(extra <= produced * 0.05, $"{extra} of {produced} paragraphs are not in the gold");
    }
}
