using Entente.Core.Extraction;
using Entente.Core.Tests.Extraction.Multilateral;

namespace Entente.Core.Tests.Extraction.People;

/// <summary>
/// A headline looking out at one side ("… trade with Peru") is written from the other, but under no dateline it places
/// an official left without a country only when the official's own sentence names that home side. A dateline places no
/// one by itself (the city a story was filed from is as often the guest's stop as the writer's home), and it overrides
/// the headline, so under a dateline such an official stays unplaced.
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
    [InlineData("LIMA, May 6, 2024 — A Chilean mission arrived for talks with Peru. The guests were greeted at the airport by Energy Minister Ana Rojas.")]
    [InlineData("LIMA, May 6, 2024 — Chile and Peru opened a border crossing. Speaking later in Lima, Ana Rojas, the Minister of Energy, praised the engineers.")]
    public void A_dateline_alone_places_no_one(string body) => Assert.Null(CountryOf(UnderHeadline(body), "Ana Rojas"));

    [Theory]
    [InlineData("LIMA, May 6, 2024 — Chile and Peru held talks on Monday. Peruvian Trade Minister Ana Rojas said the talks went well.")]
    [InlineData("LIMA, May 6, 2024 — Chile and Peru met this week. The fair was opened by Peru's Minister of Trade Ana Rojas.")]
    [InlineData("LIMA, May 6, 2024 — Chile and Peru signed an accord. Ana Rojas, Minister of Trade of Peru, called it a milestone.")]
    public void Under_a_dateline_a_stated_country_still_places(string body) => Assert.Equal("PE", CountryOf(UnderHeadline(body), "Ana Rojas"));
}
