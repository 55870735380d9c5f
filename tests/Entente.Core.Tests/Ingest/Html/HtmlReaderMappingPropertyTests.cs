using CsCheck;
using Entente.Core.Ingest;
using Entente.Core.Ingest.Html;

namespace Entente.Core.Tests.Ingest.Html;

public sealed class HtmlReaderMappingPropertyTests
{
    private static readonly Gen<string> Word = Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789éü"], 1, 12];

    private static readonly Gen<string> Markup = Gen.OneOf<string>(
        "<p>", "</p>", "<b>", "</b>", "<i>", "</i>", "<a href=\"/x\">", "</a>", "<br>", "<br/><br/>",
        "<div class=\"story-body\">", "<div class=\"share\">", "</div>", "<ul><li>", "</li></ul>", "<h2>", "</h2>",
        "<!-- note -->", "<table><tr><td>", "</td><td>", "</td></tr></table>", "<span>", "</span>", "<pre>\n", "</pre>",
        "<script>var p = '<p>x</p>';</script>", "<em>", "</p></b>", "<blockquote>", "</blockquote>",
        "<table><tr>", "</tr></table>", "<td>", "</td>");

    private static readonly Gen<string> Text = Gen.OneOf<string>(
        " ", "  ", "\n", "\r\n", "\t", "&amp;", "&eacute;", "&#233;", "&#x41;", "&copy", "&copy2", "&lt;", "&gt;", "&nbsp;",
        "&quot;", "&#8220;", "&notin;", "&amp;amp;", "AT&T", ", ", ". ", "&", "&#128512;", "\u00A0", "\0", "\r", "&#0;", "\uFFFD");

    private static readonly Gen<string> Page =
        Gen.Frequency<string>((5, Word), (3, Text), (2, Markup)).Array[1, 120]
            .Select(parts => "<html><head><title>t</title></head><body><article>" + string.Concat(parts) + "</article></body></html>");

    [Fact]
    public void Every_mapped_character_points_at_itself_or_at_its_character_reference()
    {
        Page.Sample(html =>
        {
            IReadOnlyList<Block> blocks;
            try
            {
                blocks = new HtmlReader().Read(new SourceDocument("p.html", html, [])).Single().Blocks.ToList();
            }
            catch (InputException)
            {
                return; // nothing readable: allowed
            }
            foreach (var block in blocks)
            {
                for (var i = 0; i < block.Text.Length; i++)
                {
                    var offset = block.Content.RawIndex[i];
                    Assert.InRange(offset, 0, html.Length - 1);
                    var c = block.Text[i];
                    if (char.IsLetterOrDigit(c) && html[offset] != '&')
                        Assert.True(html[offset] == c, $"'{c}' at {i} of \"{block.Text}\" maps to '{html[offset]}' in {html}");
                }
            }
        }, iter: 2000);
    }

    [Fact]
    public void Blocks_hold_no_runs_of_whitespace()
    {
        Page.Sample(html =>
        {
            IReadOnlyList<Block> blocks;
            try
            {
                blocks = new HtmlReader().Read(new SourceDocument("p.html", html, [])).Single().Blocks.ToList();
            }
            catch (InputException)
            {
                return;
            }
            foreach (var block in blocks)
            {
                Assert.NotEqual("", block.Text);
                Assert.False(char.IsWhiteSpace(block.Text[0]) || char.IsWhiteSpace(block.Text[^1]), block.Text);
                Assert.DoesNotContain("  ", block.Text, StringComparison.Ordinal);
                Assert.DoesNotContain('\n', block.Text);
            }
        }, iter: 1000);
    }
}
