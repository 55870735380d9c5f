using Entente.Core.Cleaning;
using Entente.Core.Cleaning.Stages;
using Entente.Core.Ingest;
using Entente.Core.Text;

namespace Entente.Core.Tests.Cleaning.Stages;

public class GlueSplitStageTests
{
    private static List<string> Split(params string[] paragraphs) => StageRunner.Run(new GlueSplitStage(WordSplitter.Shared), paragraphs);

    [Fact]
    public void An_article_in_another_language_keeps_its_words_whole()
    {
        string[] spanish =
        [
            "El canciller realizará una visita a Chile y se reunirá con los empresarios del sector minero.",
            "Las dos naciones firmaron un acuerdo de cooperación para la pesca en la costa del Pacífico.",
        ];
        Assert.Equal(spanish, Split(spanish));
    }

    [Fact]
    public void An_english_article_still_gets_its_glued_words_split()
    {
        var split = Split("The two countries pledged to deepen all-roundcooperation in trade and investment this year.");
        Assert.Contains("all-round cooperation", split[0]);
    }
}
