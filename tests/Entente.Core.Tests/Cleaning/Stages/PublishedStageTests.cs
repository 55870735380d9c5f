using Entente.Core.Cleaning;
using Entente.Core.Cleaning.Stages;
using Entente.Core.Text.Time;
using Entente.Core.Ingest;
using Entente.Core.Text;

namespace Entente.Core.Tests.Cleaning.Stages;

public class PublishedStageTests
{
    private static string? Settle(string? title, params string[] paragraphs) =>
        SettleWith(new PublishedStage((text, notAfter) => PublishedYearInference.EarliestYear(text, notAfter)), title, paragraphs).Published;

    private static ArticleDraft SettleWith(PublishedStage stage, string? title, string[] paragraphs)
    {
        var text = string.Join("\n\n", paragraphs);
        var blocks = new List<Block>();
        var at = 0;
        foreach (var paragraph in paragraphs)
        {
            blocks.Add(new Block(MappedText.Verbatim(text, at, paragraph.Length)));
            at += paragraph.Length + 2;
        }
        var draft = new ArticleDraft { Document = new SourceDocument("test.txt", text, []), Blocks = blocks, Title = title };
        stage.Apply(draft, new CleaningContext());
        return draft;
    }

    // The pipeline's stage reads the article's text once and moves its tokens and amounts into the dating text; it
    // must settle the same year as reading the dating text apart.
    [Theory]
    [InlineData("2024", null, new[] { "Exports from Ruritania to Freedonia reached US$40 million in 2023, officials said." })]
    [InlineData("2023", "Bilateral trade rose 12 percent in 2022", new[] { "The ministers met in the capital and praised the ties." })]
    [InlineData("2022", null, new[] { "Trade between the two reached 3 billion euros in 2021.", "The ministers spoke warmly of each other.", "Both sides signed a memorandum in 2020." })]
    [InlineData("2019", "Talks in 2019", new[] { "The delegations met twice.", "Turnover grew by a fifth, to EUR 2 billion, in 2018." })]
    [InlineData("2026", null, new[] { "Officials said trade would reach $5 billion by 2030.", "The visit took place in 2026." })]
    public void The_shared_reading_settles_the_year_reading_apart_does(string expected, string? title, string[] paragraphs)
    {
        var shared = SettleWith(new ArticlePipelineBuilder().UseDefaults().Stages.OfType<PublishedStage>().Single(), title, paragraphs);
        Assert.Equal(expected, shared.Published);
        Assert.Equal(expected, Settle(title, paragraphs));
        Assert.Equal(string.Join("\n\n", paragraphs), shared.Reading?.Text);
    }

    [Fact]
    public void A_closing_issued_on_line_gives_the_day()
    {
        Assert.Equal("2022-09-30", Settle(null,
            "The two foreign ministers met in Lusaka on 28 and 29 September 2022 and reviewed cooperation.",
            "Released on 30 September 2022, Lusaka."));
    }

    [Fact]
    public void A_dateline_takes_the_year_an_anniversary_implies()
    {
        Assert.Equal("2022-04-03", Settle(null,
            "LIMA, April 3 (Andina) – Peru and Ghana marked the 60th anniversary of diplomatic relations, "
            + "which the two countries established in 1962."));
    }

    [Fact]
    public void An_anniversary_in_the_title_counts_with_a_founding_year_in_the_body()
    {
        Assert.Equal("2021", Settle("Thirty years of Chile–Estonia ties",
            "Chile and Estonia established diplomatic relations on 12 May 1991. Ministers said much remained to be done."));
    }
}
