using Entente.Core.Ingest;
using Entente.Core.Ingest.Html;

namespace Entente.Core.Tests.Ingest.Html;

public sealed class HtmlReaderPageTests
{
    /// <param name="Openings">How each kept block starts, in order; the reader must keep exactly these.</param>
    /// <param name="Chrome">Text from menus, share bars, teasers and the like that no block may contain.</param>
    public sealed record Page(string File, string Title, string? Published, string[] Openings, string[] Chrome)
    {
        public override string ToString() => File;
    }

    public static TheoryData<Page> Pages() => new()
    {
        new Page("news_site.html", "Kenya and Japan agree to expand port cooperation", "2024-05-14",
            ["Kenya and Japan on Tuesday", "The agreement was reached", "Trade has doubled in a decade", "Bilateral trade reached",
             "Japanese firms, which", "\u201COur partnership is moving"],
            ["Home", "Share on", "By Amina", "Related", "Japan opens new trade office", "Most read", "All rights reserved", "Privacy", "Africa"]),
        new Page("wordpress_blog.html", "Notes from the Chile\u2013New Zealand dairy talks", "2023-11-02",
            ["I spent last week", "Both delegations spoke", "New Zealand officials said", "What comes next", "A fourth round is",
             "Common rules on fruit", "A joint committee on"],
            ["Skip to content", "Posted on", "Rowan", "Tagged", "Great summary", "wine sector", "Leave a Reply", "Recent Posts",
             "Wool prices", "powered by"]),
        new Page("magazine_longread.html", "The long road to a Baltic energy bridge", "2022-09-18",
            ["When engineers from Poland", "Two decades later", "A question of money", "The first feasibility study",
             "European funds eventually", "Politics at sea level", "Regular consultations between", "We never let a single",
             "Today the two countries"],
            ["Subscribe", "Features", "Words by", "cable-laying ship", "Route of the interconnector", "became a symbol",
             "writes about energy", "More from Meridian", "grain corridor", "Meridian Media"]),
        new Page("wire_agency.html", "Vietnam, Belarus sign plan to boost farm trade", "2024-03-05",
            ["HANOI, March 5 (Example Wire) - Vietnam", "The plan was signed", "Two-way trade between", "(Reporting by"],
            ["Markets", "Updated 2 hours", "Trust Principles", "Oil steadies", "quotes delayed", "All rights reserved"]),
        new Page("jsonld_only.html", "Peru and Korea open talks on lithium processing", "2021-07-08",
            ["Peru and the Republic of Korea", "The Korean delegation", "Both governments said the project could create about 1,500 jobs. \"It is a long-term bet,\" one Peruvian official said of the caf\u00E9 meeting.",
             "A second round is expected"],
            ["enable JavaScript", "\\n", "\\u"]),
        new Page("br_separated.html", "Egypt - Hungary: water management seminar in Budapest", "2023-03-12",
            ["A seminar on water management", "The participants discussed", "The ambassador recalled that cooperation in this field dates back to the 1960s, when Hungarian specialists took part in studies on the Nile, and said",
             "Hungarian universities currently"],
            ["Home", "Embassy news", "Visas", "Copyright", "Last updated"]),
        new Page("amp_page.html", "Hai Phong and Vitebsk renew city partnership", "2019-10-21",
            ["The northern port city", "The new document covers", "Officials from both cities"],
            ["Front page", "Menu", "Advertisement", "Back to top", "River News 2019"]),
        new Page("cookie_newsletter.html", "Indonesia and Brazil launch joint biofuel research centre", "2020-02-27",
            ["Indonesia and Brazil have launched", "The centre, hosted by", "Brazilian researchers will share",
             "Indonesian officials said", "The two countries also agreed"],
            ["cookies", "Accept", "Get the Equator Post briefing", "Sign up", "Advertisement", "Terms of use"]),
        new Page("tables.html", "Morocco-Spain trade in figures: a record year", "2025-01-30",
            ["Trade between Morocco and Spain", "The table below", "Flow | 2023 | 2024", "Spanish exports to Morocco | 12.1 | 13.4",
             "Moroccan exports to Spain | 9.8 | 10.9", "Spain remained Morocco's", "Economists expect"],
            ["Reports", "Tweet", "data journalism since"]),
        new Page("microdata.html", "Senegal backs Ghana's bid for Security Council seat", "2021-06-03",
            ["Senegal will support Ghana's", "The announcement followed", "The two countries also agreed"],
            ["Sahel Observer", "Published", "Read more", "Most read", "Rains return", "Download our app", "UN Ghana"]),
        new Page("lead_paragraph.html", "Argentina and India sign memorandum on lithium exploration", "2023-06-12",
            ["Argentina and India signed a memorandum", "The memorandum covers", "Indian officials said", "The two governments also agreed"],
            ["Herald archive", "By Julieta", "Economy", "Argentina and India sign memorandum on"]),
        new Page("misleading_classes.html", "Portugal and Cape Verde renew defence cooperation programme", "2018-04-09",
            ["Portugal and Cape Verde on Monday", "The programme was signed", "Under the new programme"],
            ["Africa", "Editor's picks", "photographer follows"]),
        new Page("malformed.html", "Ukraine and Turkey discuss grain shipments", "2022-08-16",
            ["Delegations from Ukraine and Turkey", "The talks focused on inspection procedures for cargo ships and on insurance",
             "Officials said that more than twenty ships were expected to leave the ports in the coming week & more would follow.",
             "A joint coordination centre"],
            []),
        // The second half of the story sits in a "read more" box; a "read more" list of links below it is not story.
        new Page("read_more_expander.html", "Chile and Morocco plan a phosphate research centre", "2021-10-04",
            ["Chile and Morocco agreed", "The centre would test", "Officials said a feasibility study", "Trade in fertilisers"],
            ["Read more", "Copper exports", "Port strike", "Home"]),
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void Reads_title_and_date(Page page)
    {
        var article = ReadOne(page.File);
        Assert.Equal(page.Title, article.Title);
        Assert.Equal(page.Published, article.Published);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Keeps_every_story_block_in_order(Page page)
    {
        var texts = ReadOne(page.File).Blocks.Select(b => b.Text).ToList();
        Assert.True(page.Openings.Length == texts.Count, $"expected {page.Openings.Length} blocks, got:\n{string.Join("\n", texts)}");
        for (var i = 0; i < texts.Count; i++)
            Assert.StartsWith(page.Openings[i], texts[i], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Leaves_out_page_chrome(Page page)
    {
        foreach (var block in ReadOne(page.File).Blocks)
            foreach (var chrome in page.Chrome)
                Assert.DoesNotContain(chrome, block.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Marks_sub_headings_and_list_items()
    {
        var blocks = ReadOne("wordpress_blog.html").Blocks.ToList();
        Assert.Equal(BlockKind.Heading, blocks.Single(b => b.Text == "What comes next").Kind);
        Assert.Equal(2, blocks.Count(b => b.Kind == BlockKind.ListItem));
        Assert.Equal(BlockKind.Paragraph, blocks[0].Kind);
    }

    [Fact]
    public void Reads_address_outlet_and_language()
    {
        var article = ReadOne("news_site.html");
        Assert.Equal("https://coastline.example/world/kenya-japan-ports", article.Url);
        Assert.Equal("Coastline Daily", article.Outlet);
        Assert.Equal("en", article.Language);
        var amp = ReadOne("amp_page.html");
        Assert.Equal("River News", amp.Outlet);
        Assert.Equal("vi", amp.Language);
    }

    [Fact]
    public void Span_covers_the_kept_blocks()
    {
        var document = TestPages.Load("news_site.html");
        var article = new HtmlReader().Read(document).Single();
        var first = document.Text.IndexOf("Kenya and Japan on Tuesday", StringComparison.Ordinal);
        var last = document.Text.IndexOf("after the meeting.", StringComparison.Ordinal) + "after the meeting.".Length;
        Assert.Equal(first, article.Start);
        Assert.Equal(last, article.End);
    }

    [Fact]
    public void A_page_without_a_story_is_reported_in_one_line()
    {
        var e = Assert.Throws<InputException>(() => new HtmlReader().Read(TestPages.Load("no_article.html")).ToList());
        Assert.Equal("the page has no article text, only navigation, links or page furniture", e.Message);
    }

    [Fact]
    public void Decoded_entities_map_to_their_ampersand()
    {
        var document = TestPages.Load("news_site.html");
        var block = new HtmlReader().Read(document).Single().Blocks.Single(b => b.Text.Contains("logistics & warehousing"));
        var at = block.Text.IndexOf('&');
        Assert.Equal("&amp;", document.Text.Substring(block.Content.RawIndex[at], 5));
        var quote = new HtmlReader().Read(document).Single().Blocks.Single(b => b.Text.StartsWith('\u201C'));
        Assert.Equal("&ldquo;", document.Text.Substring(quote.Content.RawIndex[0], 7));
    }

    [Fact]
    public void Json_ld_body_maps_escapes_to_their_backslash()
    {
        var document = TestPages.Load("jsonld_only.html");
        var block = new HtmlReader().Read(document).Single().Blocks.Single(b => b.Text.Contains("caf\u00E9"));
        var at = block.Text.IndexOf('\u00E9');
        Assert.Equal("\\u00e9", document.Text.Substring(block.Content.RawIndex[at], 6));
        var word = block.Text.IndexOf("Peruvian", StringComparison.Ordinal);
        Assert.Equal("Peruvian", document.Text.Substring(block.Content.RawIndex[word], 8));
    }

    private static RawArticle ReadOne(string file) => new HtmlReader().Read(TestPages.Load(file)).Single();
}
