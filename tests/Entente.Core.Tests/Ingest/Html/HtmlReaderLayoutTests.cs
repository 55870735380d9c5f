using System.Text;
using Entente.Core.Ingest;
using Entente.Core.Ingest.Html;

namespace Entente.Core.Tests.Ingest.Html;

/// <summary>The general mechanisms behind the layouts of the page corpus, each on a small page of its own.</summary>
public sealed class HtmlReaderLayoutTests
{
    private const string Prose =
        "<p>The two ministers met in the capital on Monday to discuss the supply of grain, fertiliser and farm machinery over the coming season.</p>" +
        "<p>Officials said the talks covered the cost of transport by rail and the opening of a new crossing point on the border later in the year.</p>" +
        "<p>Both sides agreed to meet again in the autumn, when the results of the harvest will be known and the first shipments can be planned.</p>";

    private static List<RawArticle> Read(string html, bool keepComments = false) =>
        new HtmlReader { KeepComments = keepComments }.Read(new SourceDocument("page.html", html, [])).ToList();

    private static string Text(string html) => string.Join("\n", Read(html)[0].Blocks.Select(b => b.Text));

    [Theory]
    [InlineData("<div class=\"entry-author-jane_doe\">")]
    [InlineData("<div class=\"author-jane_doe\">")]
    [InlineData("<div class=\"nav-new-1-pixel\">")]
    [InlineData("<div class=\"widget-area post-meta\">")]
    public void A_negative_class_word_does_not_drop_a_container_that_holds_the_story(string open)
    {
        var html = $"<html><body><div class=\"nav\"><a href=\"/a\">Home</a> <a href=\"/b\">World</a></div>{open}{Prose}</div></body></html>";
        Assert.Contains("grain, fertiliser and farm machinery", Text(html));
    }

    [Fact]
    public void A_negative_class_word_still_marks_a_short_box_of_links_and_lines()
    {
        var html = $"<html><body><div class=\"story\">{Prose}</div><div class=\"author-box\"><p>Jane Doe writes about farming.</p><a href=\"/jane\">All posts</a></div></body></html>";
        Assert.DoesNotContain("Jane Doe", Text(html));
    }

    [Fact]
    public void A_furniture_word_vetoes_however_much_prose_is_inside()
    {
        var html = $"<html><body><div class=\"story\">{Prose}</div><div class=\"comments\">{Prose.Replace("ministers", "readers")}</div></body></html>";
        var text = Text(html);
        Assert.Contains("The two ministers met", text);
        Assert.DoesNotContain("The two readers met", text);
    }

    [Fact]
    public void An_unclosed_named_anchor_before_a_table_layout_does_not_make_the_page_a_link()
    {
        var html = $"<html><body><a name=\"top\"><table><tr><td><a href=\"/\">Home</a></td><td>{Prose}</td></tr></table></body></html>";
        Assert.Contains("grain, fertiliser and farm machinery", Text(html));
    }

    [Fact]
    public void Every_post_of_a_thread_is_read_and_the_profiles_are_not()
    {
        var posts = new StringBuilder("<html><body><div id=\"posts\">");
        for (var i = 1; i <= 4; i++)
            posts.Append($"<div class=\"post bg{i % 2 + 1}\"><div class=\"profile\"><a href=\"/u{i}\">user{i}</a> Joined 2015</div>")
                .Append($"<div class=\"postbody\"><div class=\"content\">Post number {i} says the crossing at the border opened earlier this week, and lorries now wait about {i} hours.</div></div></div>");
        posts.Append("</div></body></html>");
        var text = Text(posts.ToString());
        for (var i = 1; i <= 4; i++) Assert.Contains($"Post number {i} says", text);
        Assert.DoesNotContain("Joined 2015", text);
    }

    [Fact]
    public void A_short_chinese_page_gives_its_text()
    {
        const string html = "<html><body><div class=\"nav\"><a href=\"/\">首页</a> <a href=\"/n\">新闻</a></div><div class=\"nav-con\">" +
            "越南与老挝签署协议，双方将共同建设一条高压输电线路。<br><br>两国还同意成立联合工作组，定期评估项目进展。</div></body></html>";
        Assert.Contains("两国还同意成立联合工作组", Text(html));
    }

    [Fact]
    public void A_title_escaped_twice_is_decoded()
    {
        const string html = $"<html><head><meta property=\"og:title\" content=\"Hanoi&amp;#8217;s port deal &amp;amp; the rail link\"></head><body>{Prose}</body></html>";
        Assert.Equal("Hanoi\u2019s port deal & the rail link", Read(html)[0].Title);
    }

    [Fact]
    public void The_title_part_the_page_sets_as_its_headline_wins_over_the_site_name()
    {
        const string html = $"<html><head><title>Provincial Herald :: Farmers meet at the border fair</title></head><body><b>Farmers meet at the border fair</b><br><br>{Prose}</body></html>";
        Assert.Equal("Farmers meet at the border fair", Read(html)[0].Title);
    }

    [Fact]
    public void A_heading_inside_a_figure_is_not_the_title()
    {
        const string html = $"<html><body><figure><img src=\"a.jpg\"><figcaption><h1>Lorries queue at the crossing</h1></figcaption></figure><h1>Ministers agree on grain supplies</h1>{Prose}</body></html>";
        Assert.Equal("Ministers agree on grain supplies", Read(html)[0].Title);
    }

    [Fact]
    public void Comments_stay_out_unless_asked_for_and_then_come_as_their_own_part()
    {
        const string html = $"<html><head><title>Grain talks</title></head><body><article><div class=\"entry-content\">{Prose}</div></article>" +
            "<div id=\"comments\" class=\"comments-area\"><ol class=\"comment-list\"><li class=\"comment\"><footer class=\"comment-meta\">Marta says:</footer>" +
            "<div class=\"comment-content\"><p>Good to see the crossing point finally on the agenda after so many years.</p></div></li></ol>" +
            "<div id=\"respond\" class=\"comment-respond\"><form><p>Your email address will not be published.</p></form></div></div></body></html>";
        var plain = Assert.Single(Read(html));
        Assert.DoesNotContain(plain.Blocks, b => b.Text.Contains("crossing point finally"));

        var both = Read(html, keepComments: true);
        Assert.Equal(2, both.Count);
        Assert.Null(both[0].Part);
        Assert.Equal("comments", both[1].Part);
        var comment = Assert.Single(both[1].Blocks);
        Assert.Equal("Good to see the crossing point finally on the agenda after so many years.", comment.Text);
        Assert.Equal(comment.Text, html.Substring(comment.Content.RawIndex[0], comment.Text.Length));
    }

    [Fact]
    public void A_page_of_menus_only_is_reported_in_one_line()
    {
        const string html = "<html><head><title>Home</title></head><body><nav><a href=\"/a\">World</a> <a href=\"/b\">Business</a></nav></body></html>";
        var e = Assert.Throws<InputException>(() => Read(html));
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void A_page_with_nul_bytes_is_read_from_its_bytes()
    {
        var bytes = Encoding.UTF8.GetBytes($"<html><body>\0{Prose.Replace("Monday", "Mon\0day")}\0</body></html>");
        var document = InputDecoder.Decode("nul.html", bytes);
        var text = string.Join("\n", new HtmlReader().Read(document).Single().Blocks.Select(b => b.Text));
        Assert.Contains("met in the capital on Mon day", text);
    }
}
