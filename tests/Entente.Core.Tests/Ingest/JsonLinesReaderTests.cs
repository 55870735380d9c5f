using Entente.Core.Ingest;
using Entente.Core.Ingest.JsonLines;

namespace Entente.Core.Tests.Ingest;

public class JsonLinesReaderTests
{
    private const string Line1 = """{"title": "Chile and Singapore sign data pact", "maintext": "Santiago \u2013 The two countries signed a \"digital\" pact.\nIt takes effect in 2026.", "date_publish": "2024-03-05 10:12:00", "url": "https://example.org/a", "source_domain": "example.org", "authors": ["A. Writer"], "image": null}""";
    private const string Line2 = """{"title": "Second", "maintext": "Kenya and Germany held talks on green hydrogen.", "date_publish": null}""";

    [Fact]
    public void Reads_fields_of_news_please_records()
    {
        var document = new SourceDocument("feed.jsonl", Line1 + "\n" + Line2 + "\n", []);
        var articles = new JsonLinesReader().Read(document).ToList();
        Assert.Equal(2, articles.Count);
        Assert.Equal("Chile and Singapore sign data pact", articles[0].Title);
        Assert.Equal("2024-03-05", articles[0].Published);
        Assert.Equal("https://example.org/a", articles[0].Url);
        Assert.Equal("example.org", articles[0].Outlet);
        Assert.Equal(["Santiago – The two countries signed a \"digital\" pact.", "It takes effect in 2026."], articles[0].Blocks.Select(b => b.Text));
        Assert.Null(articles[1].Published);
        Assert.Empty(document.Errors);
    }

    [Fact]
    public void Decoded_characters_map_to_their_place_in_the_line()
    {
        var document = new SourceDocument("feed.jsonl", Line1, []);
        var block = new JsonLinesReader().Read(document).Single().Blocks.First();
        var quoteStart = block.Content.RawIndex[block.Text.IndexOf("signed", StringComparison.Ordinal)];
        Assert.Equal("signed", Line1.Substring(quoteStart, 6));
        // The dash came from a \u escape: it maps to the escape's backslash.
        Assert.Equal('\\', Line1[block.Content.RawIndex[block.Text.IndexOf('–')]]);
    }

    [Fact]
    public void A_bad_line_is_reported_and_the_others_are_read()
    {
        var document = new SourceDocument("feed.jsonl", Line1 + "\n{\"title\": broken\n" + Line2, []);
        var articles = new JsonLinesReader().Read(document).ToList();
        Assert.Equal(2, articles.Count);
        var error = Assert.Single(document.Errors);
        Assert.StartsWith("line 2:", error);
    }

    [Fact]
    public void A_record_without_text_is_reported()
    {
        var document = new SourceDocument("feed.jsonl", """{"title": "No body", "maintext": ""}""", []);
        Assert.Empty(new JsonLinesReader().Read(document));
        Assert.Contains("no article text", Assert.Single(document.Errors));
    }

    [Fact]
    public void Records_without_text_are_reported_in_one_line()
    {
        var lines = string.Join("\n", Enumerable.Range(0, 40).Select(i => $"{{\"type\": \"trade\", \"n\": {i}}}"));
        var document = new SourceDocument("facts.jsonl", lines, []);
        Assert.Empty(new JsonLinesReader().Read(document));
        var error = Assert.Single(document.Errors);
        Assert.StartsWith("lines 1, 2, 3, 4, 5 and 35 more: no article text", error);
    }

    [Fact]
    public void Deeply_nested_values_are_skipped_without_recursion()
    {
        var nested = new string('[', 100_000) + new string(']', 100_000);
        var document = new SourceDocument("deep.jsonl", "{\"extra\": " + nested + ", \"maintext\": \"Body text here.\"}", []);
        var article = Assert.Single(new JsonLinesReader().Read(document));
        Assert.Equal("Body text here.", article.Blocks.Single().Text);
    }

    [Theory]
    [InlineData("Chile sells fruit. Share this article Facebook Twitter", "Chile sells fruit.")]
    [InlineData("Share this article Facebook Twitter Chile sells fruit.", "Chile sells fruit.")]
    [InlineData("Chile sells fruit. Share this article: Facebook | Twitter | WhatsApp Vietnam buys it.", "Chile sells fruit.|Vietnam buys it.")]
    [InlineData("Share this article", "")]
    // Not a prompt: inside a sentence, or "share this" followed by other words.
    [InlineData("Both ministers share this article's view of trade.", "Both ministers share this article's view of trade.")]
    [InlineData("Chile sells fruit. Share this view with your friends.", "Chile sells fruit. Share this view with your friends.")]
    public void Share_prompts_glued_into_the_text_are_cut_out(string maintext, string expected)
    {
        var line = $$"""{"title": "T", "maintext": "{{maintext}}", "date_publish": "2025-04-02"}""";
        var document = new SourceDocument("feed.jsonl", line, []);
        var article = new JsonLinesReader().Read(document).SingleOrDefault();
        var blocks = article?.Blocks.Select(b => b.Text) ?? [];
        Assert.Equal(expected, string.Join("|", blocks));
        foreach (var block in article?.Blocks ?? [])
            Assert.Equal(block.Text, line.Substring(block.Content.RawIndex[0], block.Text.Length));
    }

    [Fact]
    public void A_null_date_stays_null_and_a_year_inferred_from_the_text_is_marked_inferred()
    {
        var document = new SourceDocument("feed.jsonl", """{"title": "Chile and Vietnam", "maintext": "Chile and Vietnam signed a fruit deal in 2024 after talks.", "date_publish": null}""", []);
        var article = Assert.Single(new Entente.Core.Cleaning.ArticlePipelineBuilder().UseDefaults().Build().Process(document, new Entente.Core.Cleaning.CleaningContext()));
        Assert.Equal("2024", article.Published);
        Assert.True(article.PublishedInferred);
        Assert.Contains("\"published_inferred\":true", System.Text.Json.JsonSerializer.Serialize(Entente.Core.Domain.ArticleRecord.From(article), Entente.Core.Domain.EntenteJson.Options));
        var dated = new SourceDocument("feed.jsonl", """{"title": "Chile and Vietnam", "maintext": "Chile and Vietnam signed a fruit deal in 2024 after talks.", "date_publish": "2025-01-03"}""", []);
        Assert.False(Assert.Single(new Entente.Core.Cleaning.ArticlePipelineBuilder().UseDefaults().Build().Process(dated, new Entente.Core.Cleaning.CleaningContext())).PublishedInferred);
    }
}
