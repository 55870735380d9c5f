using Entente.Core.Extraction;
using Entente.Core.Extraction.People;
using Entente.Core.Tests.Extraction.Multilateral;

namespace Entente.Core.Tests.Extraction.People;

/// <summary>
/// A writer states the country of the other side's officials ("Peruvian Ambassador A") and not of their own: with no
/// dateline, an official named without a country in an article whose titles state one side only is of the other side.
/// </summary>
public class UnmarkedSideTests
{
    private static List<PersonMention> People(string body)
    {
        // No dateline: the article's side is read from its titles alone.
        var (article, _) = FactsFrom.Extract($"Chile and Peru deepen ties\n\n{body}\n");
        return new ArticleContext(article).People.Where(p => !p.IsShortReference).ToList();
    }

    private static string? CountryOf(List<PersonMention> people, string name) => people.First(p => p.Name == name).Country;

    [Theory]
    [InlineData("Peruvian Ambassador Carlos Vera arrived in the capital on Monday. Trade Minister Ana Rojas opened the fair a day later.")]
    [InlineData("The fair was opened by the Minister of Trade, Ana Rojas. Guests included Peru's Ambassador Carlos Vera.")]
    [InlineData("Ana Rojas, Minister of Trade, toured the port. The Ambassador of Peru, Carlos Vera, joined the tour in the afternoon.")]
    public void An_official_without_a_country_is_of_the_side_the_titles_leave_unstated(string body)
    {
        var people = People(body);
        Assert.Equal("PE", CountryOf(people, "Carlos Vera"));
        Assert.Equal("CL", CountryOf(people, "Ana Rojas"));
    }

    // A dateline of a third country is a third country's writer, whose unstated officials may be their own.
    [Fact]
    public void No_side_under_a_third_countrys_dateline()
    {
        var (article, _) = FactsFrom.Extract(FactsFrom.Article("Chile and Peru deepen ties", "Peruvian Ambassador Carlos Vera arrived on Monday. Trade Minister Ana Rojas opened the fair."));
        Assert.Null(new ArticleContext(article).People.First(p => p.Name == "Ana Rojas").Country);
    }

    // Near misses: titles stating both sides say nothing of a third official's side; an official beside one already placed in
    // the sentence may be a companion or a counterpart; holders listed by a plural title stay unplaced; a sentence naming the
    // stated side by its demonym may list its own.
    [Theory]
    [InlineData("Peruvian Ambassador Carlos Vera and Chilean Senator Luis Soto arrived. Trade Minister Ana Rojas opened the fair.")]
    [InlineData("Peruvian Ambassador Carlos Vera arrived on Monday. Trade Minister Ana Rojas met Ambassador Carlos Vera on Tuesday.")]
    [InlineData("Peruvian Ambassador Carlos Vera arrived on Monday. The fair was opened by Ministers Ana Rojas and Luis Soto.")]
    [InlineData("Peruvian Ambassador Carlos Vera arrived on Monday. Among the Peruvian guests was Trade Minister Ana Rojas.")]
    public void No_side_when_the_cue_is_unclear(string body) => Assert.Null(CountryOf(People(body), "Ana Rojas"));

    // "The nation's founding President" held the office at the country's start, not now.
    [Theory]
    [InlineData("Guests laid a wreath for the nation's founding President, Luis Soto.")]
    [InlineData("The talks took place at the museum of founding President Luis Soto.")]
    [InlineData("Chile's founding President Luis Soto was remembered at the ceremony.")]
    public void A_founding_office_is_not_held_now(string body) => Assert.True(People(body).First(p => p.Name == "Luis Soto").Former);
}
