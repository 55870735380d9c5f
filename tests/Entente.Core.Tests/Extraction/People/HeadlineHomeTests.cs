using Entente.Core.Extraction;
using Entente.Core.Tests.Extraction.Multilateral;

namespace Entente.Core.Tests.Extraction.People;

/// <summary>
/// A headline looking out at one side ("… trade with Peru") is written from the other, but under no dateline it places
/// an official left without a country only when the official's own sentence names that home side; a dateline still
/// places them, over the headline, except in a sentence naming the pair's other side by name (the city says where the
/// story happened, and the guest named beside their own country is not the host's). A news agency's credit still places.
/// </summary>
public class HeadlineHomeTests
{
    /// <summary>The country the resolver gives the person named so in the article (headline, blank line, body).</summary>
    internal static string? CountryOf(string text, string name)
    {
        var (article, _) = FactsFrom.Extract(text);
        return new ArticleContext(article).People.First(p => p.Name == name).Country;
    }

    // The headline, then the body (whose first paragraph may open with a dateline).
    private static string UnderHeadline(string body) => $"New push for trade with Peru\n\n{body}\n";

    [Theory]
    [InlineData("Chile and Peru held talks in Lima on Monday. Trade Minister Ana Rojas said the talks went well.")]
    [InlineData("Officials of Chile and Peru met this week. The fair was opened by Minister of Trade Ana Rojas.")]
    [InlineData("Chile and Peru signed a customs accord on Monday. Ana Rojas, Minister of Trade, called it a milestone.")]
    public void The_headlines_side_alone_places_no_one(string body) => Assert.Null(CountryOf(UnderHeadline(body), "Ana Rojas"));

    [Theory]
    [InlineData("Chile and Peru held talks in Lima on Monday. Trade Minister Ana Rojas said Chile would double its exports.")]
    [InlineData("Chile and Peru met in Lima this week. Minister of Trade Ana Rojas said Chilean exporters were ready.")]
    [InlineData("Chile and Peru signed a customs accord on Monday. For Chile, Ana Rojas, Minister of Trade, called it a milestone.")]
    public void It_places_an_official_whose_sentence_names_it(string body) => Assert.Equal("CL", CountryOf(UnderHeadline(body), "Ana Rojas"));

    [Theory]
    [InlineData("LIMA, May 6, 2024 — Chile and Peru held talks on Monday. Trade Minister Ana Rojas said the talks went well.")]
    [InlineData("LIMA, May 6, 2024 — Officials of Chile and Peru met this week. The fair was opened by Minister of Trade Ana Rojas.")]
    [InlineData("LIMA, May 6, 2024 — Chile and Peru signed a customs accord on Monday. Ana Rojas, Minister of Trade, called it a milestone.")]
    public void A_dateline_still_places_its_sides_officials(string body) => Assert.Equal("PE", CountryOf(UnderHeadline(body), "Ana Rojas"));

    [Theory]
    [InlineData("LIMA, May 6, 2024 — Chile and Peru held talks on Monday. Trade Minister Ana Rojas said Chile would open two new consulates.")]
    [InlineData("LIMA, May 6, 2024 — Officials of Chile and Peru met this week. Minister of Trade Ana Rojas arrived from Chile with twelve exporters.")]
    [InlineData("LIMA, May 6, 2024 — A customs accord was signed on Monday. Ana Rojas, Minister of Trade, spoke of the challenges facing Chile.")]
    public void A_city_dateline_places_no_one_in_a_sentence_naming_the_other_side(string body) => Assert.Null(CountryOf(UnderHeadline(body), "Ana Rojas"));

    [Theory]
    [InlineData("LIMA, May 6, 2024 (Andina) — Chile and Peru held talks on Monday. Trade Minister Ana Rojas said Chile would open two new consulates.")]
    [InlineData("LIMA, May 6, 2024 (Andina) — Officials of Chile and Peru met. Minister of Trade Ana Rojas welcomed twelve exporters from Chile.")]
    [InlineData("LIMA, May 6, 2024 (Andina) — A customs accord was signed. Ana Rojas, Minister of Trade, spoke of the trade with Chile.")]
    public void A_news_agency_still_places_its_sides_officials(string body) => Assert.Equal("PE", CountryOf(UnderHeadline(body), "Ana Rojas"));
}
