using Entente.Core.Text;

namespace Entente.Core.Tests.Text;

public class PhraseMatcherTests
{
    [Theory]
    [InlineData("The minister ended his visit", "visits", 23)]
    [InlineData("Talks were held", "held talks", 11)]
    [InlineData("A joint commission", "joint commission session", 2)]
    public void A_window_past_the_end_of_the_text_finds_nothing_longer_than_what_is_left(string text, string phrase, int from)
    {
        var matcher = new PhraseMatcher([phrase]);

        Assert.Equal(-1, matcher.Find(text, from, from + phrase.Length));
        Assert.Equal(-1, matcher.Nearest(text, from, from + phrase.Length, from));
    }

    [Theory]
    [InlineData("She ended her visit", "visit")]
    [InlineData("They then held talks", "held talks")]
    [InlineData("Both sides met the JOINT COMMISSION", "joint commission")]
    public void A_window_past_the_end_of_the_text_still_finds_the_phrase_that_ends_it(string text, string phrase)
    {
        var matcher = new PhraseMatcher([phrase]);
        var at = text.Length - phrase.Length;

        Assert.Equal(at, matcher.Find(text, at, text.Length + 10));
        Assert.Equal(at, matcher.Nearest(text, 0, text.Length + 10, at));
    }

    [Fact]
    public void A_phrase_cut_mid_word_by_the_window_does_not_count()
    {
        var matcher = new PhraseMatcher(["visit"]);

        Assert.Equal(-1, matcher.Find("their visits", 0, 12));
        Assert.Equal(6, matcher.Find("their visit", 0, 11));
    }

    [Theory]
    [InlineData("laid flowers in memory of", true)]
    [InlineData("a wreath at the MEMORIAL TO", true)]
    [InlineData("in memory of the fallen, and", false)]
    public void Ends_tells_whether_the_text_ends_with_a_phrase(string text, bool expected) =>
        Assert.Equal(expected, new PhraseMatcher(["memorial to", "in memory of"]).Ends(text));

    [Theory]
    [InlineData("'s mausoleum in the capital", true)]
    [InlineData(" AT HIS MAUSOLEUM on Monday", true)]
    [InlineData(" visited his mausoleum", false)]
    public void Begins_tells_whether_the_text_begins_with_a_phrase(string text, bool expected) =>
        Assert.Equal(expected, new PhraseMatcher(["'s mausoleum", " at his mausoleum"]).Begins(text));
}
