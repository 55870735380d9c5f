using Entente.Core.Text.Time;

namespace Entente.Core.Tests.Text.Time;

public class TenseGuesserTests
{
    [Theory]
    [InlineData("The upcoming visit from May 11–12 is expected to boost ties.", Tense.Future)]
    [InlineData("The leaders will meet in September.", Tense.Future)]
    [InlineData("The leaders met in September.", Tense.Unknown)]
    [InlineData("Willow trees were planted.", Tense.Unknown)]
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
}
