using Entente.Core.Cleaning.Stages;

namespace Entente.Core.Tests.Cleaning.Stages;

public class DuplicateBlockStageTests
{
    private static List<string> Clean(params string[] paragraphs) => StageRunner.Run(new DuplicateBlockStage(), paragraphs);

    [Theory]
    // The same words, with other spacing or case: the repeat goes.
    [InlineData("Oman and Kenya open a shipping line to Mombasa.", "Oman and  Kenya open a shipping line to Mombasa.")]
    [InlineData("The ministers will meet again in March.", "  THE MINISTERS WILL MEET\tAGAIN IN MARCH.  ")]
    [InlineData("A new ferry joins the two ports.", "a new ferry\u00A0joins the two ports.")]
    public void A_block_repeating_an_earlier_one_word_for_word_is_dropped(string first, string repeat)
    {
        var kept = Clean(first, "Officials from both sides attended the launch.", repeat);
        Assert.Equal([first, "Officials from both sides attended the launch."], kept);
    }

    [Theory]
    // Words joined or split differently, or one word changed: not a repeat.
    [InlineData("Oman and Kenya open a shipping line.", "Oman and Kenya open a shippingline.")]
    [InlineData("The ministers will meet again in March.", "The ministers will meet again in May.")]
    [InlineData("A new ferry joins the two ports.", "A new ferry joins the two-ports.")]
    public void A_block_with_other_words_is_kept(string first, string other)
    {
        var kept = Clean(first, other);
        Assert.Equal([first, other], kept);
    }
}
