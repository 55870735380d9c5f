using System.Text;
using Entente.Core.Ingest;
using Entente.Core.Ingest.Html;

namespace Entente.Core.Tests.Ingest.Html;

public sealed class HtmlReaderRobustnessTests
{
    private const string Paragraph = "The two foreign ministers reviewed trade, investment and education links during the visit.";

    [Theory]
    [InlineData("div")]
    [InlineData("span")]
    [InlineData("b")]
    [InlineData("table")]
    [InlineData("li")]
    public void Survives_elements_nested_twenty_thousand_deep(string tag)
    {
        var html = new StringBuilder("<html><head><title>Deep page</title></head><body>");
        for (var i = 0; i < 20_000; i++) html.Append('<').Append(tag).Append(" class=\"c").Append(i % 7).Append("\">");
        html.Append("<p>").Append(Paragraph).Append("</p>");
        var article = Read(html.ToString());
        Assert.Contains(article.Blocks, b => b.Text.Contains("foreign ministers reviewed", StringComparison.Ordinal));
    }

    [Fact]
    public void Reads_a_twenty_megabyte_page()
    {
        var html = new StringBuilder("<html><head><title>Big page</title></head><body><nav><a href='/'>Home</a></nav><article>");
        var count = 0;
        while (html.Length < 20_000_000)
        {
            html.Append("<p>").Append(Paragraph).Append(" Item ").Append(count++).Append(" &amp; more.</p>\n");
        }
        html.Append("</article></body></html>");
        var article = Read(html.ToString());
        Assert.Equal(count, article.Blocks.Count());
        Assert.EndsWith($"Item {count - 1} & more.", article.Blocks.Last().Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ignores_huge_scripts_and_styles()
    {
        var junk = new string('x', 5_000_000);
        var html = $"<html><head><style>.a{{{junk}}}</style><script>var s = \"{junk}</p><p>\";</script></head>"
            + $"<body><article><p>{Paragraph}</p><script>if (a < b && c > d) {{ document.write('<p>no</p>'); }}</script><p>{Paragraph} Again.</p></article></body></html>";
        var article = Read(html);
        Assert.Equal(2, article.Blocks.Count());
        Assert.DoesNotContain(article.Blocks, b => b.Text.Contains("xxx", StringComparison.Ordinal));
    }

    [Fact]
    public void Rejects_binary_junk_with_an_input_exception()
    {
        var random = new Random(7);
        var bytes = new byte[100_000];
        random.NextBytes(bytes);
        var text = Encoding.UTF8.GetString(bytes);
        var error = Assert.Throws<InputException>(() => Read(text));
        Assert.DoesNotContain('\n', error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \r\n\t ")]
    [InlineData("<html><head></head><body><script>var a = 1;</script></body></html>")]
    public void Rejects_pages_with_nothing_to_read(string html)
    {
        var error = Assert.Throws<InputException>(() => Read(html));
        Assert.DoesNotContain('\n', error.Message);
    }

    [Theory]
    [InlineData("<p>Unclosed <b>bold <i>italic</b> text</i> in a paragraph about ministers visiting ports.")]
    [InlineData("<<<>>><p>&&&;&#;&#x;&#99999999999;&bogus; text about talks between delegations in the capital</p></div></div></body>")]
    [InlineData("<html><body><p>Text about embassy openings and consulates<!-- never closed comment")]
    [InlineData("<table><tr><td>cell about trade<table><tr>stray about exports</table><p>after table about visits</p>")]
    [InlineData("<svg><p>foreign content about agreements</svg><math><mi>x</mi></math><p>plain words about partnerships</p>")]
    public void Reads_malformed_markup_without_throwing(string html)
    {
        var article = Read(html);
        Assert.NotEmpty(article.Blocks);
        foreach (var block in article.Blocks)
            Assert.All(block.Content.RawIndex, offset => Assert.InRange(offset, 0, html.Length - 1));
    }

    [Fact]
    public void Maps_text_the_parser_moved_out_of_a_table()
    {
        const string html = "<html><body><article><table><tr>Delegations met<td>in Hanoi</td> on Monday</tr></table></article></body></html>";
        var article = Read(html);
        foreach (var block in article.Blocks)
            for (var i = 0; i < block.Text.Length; i++)
                if (char.IsLetter(block.Text[i])) Assert.Equal(block.Text[i], html[block.Content.RawIndex[i]]);
        Assert.Contains(article.Blocks, b => b.Text.Contains("Delegations met on Monday", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("page.html", "plain text", true)]
    [InlineData("page.HTM", "plain text", true)]
    [InlineData("notes.txt", "  <!DOCTYPE html><html><body>x</body></html>", true)]
    [InlineData("notes.txt", "<div class=\"story\"><p>Hello</p></div>", true)]
    [InlineData("notes.txt", "Ministers met in Hanoi <b>today</b>.", false)]
    [InlineData("data.jsonl", "{\"text\": \"<p>hello</p>\"}", false)]
    public void Claims_html_files_and_content_that_sniffs_as_html(string name, string text, bool expected)
    {
        Assert.Equal(expected, new HtmlReader().CanRead(new SourceDocument(name, text, [])));
    }

    private static RawArticle Read(string html) =>
        new HtmlReader().Read(new SourceDocument("test.html", html, [])).Single();
}
