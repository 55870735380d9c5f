using Entente.Core.Cleaning;
using Entente.Core.Cleaning.Stages;
using Entente.Core.Text.Time;
using Entente.Core.Ingest;
using Entente.Core.Text;

namespace Entente.Core.Tests.Cleaning.Stages;

public class PublishedStageTests
{
    private static string? Settle(string? title, params string[] paragraphs)
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
        new PublishedStage((text, notAfter) => PublishedYearInference.EarliestYear(text, notAfter)).Apply(draft, new CleaningContext());
        return draft.Published;
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
