using Entente.Core.Text.Time;

namespace Entente.Core.Tests.Text.Time;

public class TenseGuesserTests
{
    [Theory]
    [InlineData("The upcoming visit from May 11–12 is expected to boost ties.", Tense.Future)]
    [InlineData("The leaders will meet in September.", Tense.Future)]
    [InlineData("The leaders met in September.", Tense.Unknown)]
    [InlineData("Willow trees were planted.", Tense.Unknown)]
    [InlineData("The premier is set to fly to Oslo on Friday.", Tense.Future)]
    [InlineData("Both sides are set to sign a fisheries pact during the trip.", Tense.Future)]
    [InlineData("The two ministries set up a working group on Friday.", Tense.Unknown)]
    [InlineData("The council had set the rules in May.", Tense.Unknown)]
    public void SpotsPlansAndThingsToCome(string sentence, Tense expected)
    {
        Assert.Equal(expected, TenseGuesser.Guess(sentence));
    }

    [Fact]
    public void GuessedTenseResolvesAnUpcomingVisitForward()
    {
        const string sentence = "The upcoming state visit from May 11–12 is expected to deepen ties.";
        var mention = Assert.Single(DateReader.Read(sentence, IsoDate.Parse("2025-05-08"), TenseGuesser.Guess(sentence)));
        Assert.Equal("2025-05-11", mention.From.ToString());
    }

    // "is set to" puts a weekday after the day of writing; a weekday in a sentence without a plan stays in the week before.
    [Theory]
    [InlineData("The premier is set to fly to Oslo on Tuesday for talks.", "2025-03-11")]
    [InlineData("The premier flew to Oslo on Tuesday for talks.", "2025-03-04")]
    public void A_weekday_after_is_set_to_is_the_coming_one(string sentence, string expected)
    {
        var mention = Assert.Single(DateReader.Read(sentence, IsoDate.Parse("2025-03-10"), TenseGuesser.Guess(sentence)));
        Assert.Equal(expected, mention.From.ToString());
    }
}
