using Entente.Core.Cleaning;
using Entente.Core.Cleaning.Stages;
using Entente.Core.Ingest;
using Entente.Core.Text;

namespace Entente.Core.Tests.Cleaning.Stages;

public class GlueSplitStageTests
{
    private static List<string> Split(params string[] paragraphs)
    {
        var text = string.Join("\n\n", paragraphs);
        var blocks = new List<Block>();
        var at = 0;
        foreach (var paragraph in paragraphs)
        {
            blocks.Add(new Block(MappedText.Verbatim(text, at, paragraph.Length)));
            at += paragraph.Length + 2;
        }
        var draft = new ArticleDraft { Document = new SourceDocument("test.txt", text, []), Blocks = blocks };
        new GlueSplitStage(WordSplitter.Shared).Apply(draft, new CleaningContext());
        return draft.Blocks.Select(b => b.Text).ToList();
    }

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
