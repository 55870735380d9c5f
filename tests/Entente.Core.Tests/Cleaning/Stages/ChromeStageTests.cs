using Entente.Core.Cleaning;
using Entente.Core.Cleaning.Stages;
using Entente.Core.Ingest;
using Entente.Core.Text;

namespace Entente.Core.Tests.Cleaning.Stages;

public class ChromeStageTests
{
    private static List<string> Clean(params string[] paragraphs) => StageRunner.Run(new ChromeStage(), paragraphs);

    [Fact]
    public void A_list_opening_the_page_does_not_swallow_the_articles_own_headline()
    {
        var kept = Clean(
            "Latest news:",
            "Floods close the river port",
            "Uruguay and Paraguay sign a river transport pact",
            "ASUNCION, May 4 -- Uruguay and Paraguay signed a pact on river transport on Thursday, officials said.");
        Assert.Equal(["Uruguay and Paraguay sign a river transport pact",
            "ASUNCION, May 4 -- Uruguay and Paraguay signed a pact on river transport on Thursday, officials said."], kept);
    }

    [Fact]
    public void Teaser_headlines_under_a_list_heading_inside_the_article_are_dropped()
    {
        var kept = Clean(
            "Uruguay and Paraguay signed a pact on river transport on Thursday, officials said.",
            "Related",
            "Floods close the river port",
            "The pact takes effect next year after both parliaments ratify it, the ministers said.",
            "Barges will carry grain and fuel between the two countries under the pact.",
            "A joint commission will meet twice a year to review the pact, the statement said.");
        Assert.DoesNotContain("Floods close the river port", kept);
        Assert.Equal(4, kept.Count);
    }
}
