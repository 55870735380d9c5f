using Entente.Core.Ingest;
using Entente.Core.Ingest.Html;

namespace Entente.Core.Tests.Ingest.Html;

public sealed class JsonLdBodyTests
{
    private const string Page = """
        <html><head><script type="application/ld+json">
        {"@type":"NewsArticle","headline":"Ports and rail","articleBody":"<p>Chile &amp; Bolivia agreed on a rail link to the port of Arica, officials said on Friday after two days of talks.<\/p><p>The line will carry minerals and soy, with a first section due in \"three years\".</p>"}
        </script></head><body><div id="app"></div></body></html>
        """;

    [Fact]
    public void Splits_markup_in_the_body_into_paragraphs_and_decodes_references()
    {
        var article = new HtmlReader().Read(new SourceDocument("p.html", Page, [])).Single();
        Assert.Equal(2, article.Blocks.Count());
        Assert.StartsWith("Chile & Bolivia agreed", article.Blocks.First().Text, StringComparison.Ordinal);
        Assert.EndsWith("due in \"three years\".", article.Blocks.ElementAt(1).Text, StringComparison.Ordinal);
        var ampersand = article.Blocks.First().Content.RawIndex[article.Blocks.First().Text.IndexOf('&')];
        Assert.Equal("&amp;", Page.Substring(ampersand, 5));
    }

    [Fact]
    public void Maps_every_letter_of_the_body_to_itself()
    {
        var article = new HtmlReader().Read(new SourceDocument("p.html", Page, [])).Single();
        foreach (var block in article.Blocks)
            for (var i = 0; i < block.Text.Length; i++)
                if (char.IsLetterOrDigit(block.Text[i])) Assert.Equal(block.Text[i], Page[block.Content.RawIndex[i]]);
    }
}
