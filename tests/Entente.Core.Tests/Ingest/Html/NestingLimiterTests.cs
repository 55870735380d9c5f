using System.Text;
using Entente.Core.Ingest.Html;

namespace Entente.Core.Tests.Ingest.Html;

public sealed class NestingLimiterTests
{
    [Fact]
    public void Leaves_ordinary_pages_untouched()
    {
        const string html = "<html><body><div><p>One<p>Two<br><img src=x><ul><li>a<li>b</ul></div></body></html>";
        Assert.Same(html, NestingLimiter.Limit(html));
    }

    [Fact]
    public void Blanks_tags_beyond_the_limit_keeping_length_and_text()
    {
        var html = new StringBuilder();
        for (var i = 0; i < NestingLimiter.MaximumDepth + 10; i++) html.Append("<div class=\"x\">w");
        for (var i = 0; i < NestingLimiter.MaximumDepth + 10; i++) html.Append("</div>");
        var source = html.ToString();
        var limited = NestingLimiter.Limit(source);
        Assert.Equal(source.Length, limited.Length);
        Assert.Equal(source.Count(c => c == 'w'), limited.Count(c => c == 'w'));
        Assert.Equal(NestingLimiter.MaximumDepth, CountOf(limited, "<div"));
        Assert.Equal(NestingLimiter.MaximumDepth, CountOf(limited, "</div>"));
        for (var i = 0; i < source.Length; i++)
            if (limited[i] != source[i]) Assert.Equal(' ', limited[i]);
    }

    [Fact]
    public void Does_not_count_tags_inside_scripts_or_comments()
    {
        var inner = string.Concat(Enumerable.Repeat("<b>", NestingLimiter.MaximumDepth * 2));
        var html = $"<script>var s = '{inner}';</script><!-- {inner} --><p>text</p>";
        Assert.Same(html, NestingLimiter.Limit(html));
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, StringComparison.Ordinal)) count++;
        return count;
    }
}
