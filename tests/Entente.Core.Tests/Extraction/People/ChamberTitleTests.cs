using Entente.Core.Extraction;
using Entente.Core.Tests.Extraction.Multilateral;

namespace Entente.Core.Tests.Extraction.People;

/// <summary>A presiding officer named with the chamber of a country inside the title ("Speaker of Ghana's parliament, A").</summary>
public class ChamberTitleTests
{
    private static string People(string title, string body)
    {
        var (article, _) = FactsFrom.Extract(FactsFrom.Article(title, body));
        return string.Join("; ", new ArticleContext(article).People.Where(p => !p.IsShortReference).Select(p => $"{p.Name} | {p.Office} | {p.Country}"));
    }

    [Theory]
    [InlineData("Peru and Chile lawmakers meet", "The Speaker of Peru's House of Representatives, Ana Rojas, opened the session.", "Ana Rojas | Speaker | PE")]
    [InlineData("Peru and Chile lawmakers meet", "On Monday the Speaker of Peru’s parliament, Ana Rojas, welcomed the guests.", "Ana Rojas | Speaker | PE")]
    [InlineData("Peru and Chile lawmakers meet", "Talks followed with the Speaker of the Peruvian Parliament Ana Rojas in Lima.", "Ana Rojas | Speaker | PE")]
    [InlineData("Peru and Chile lawmakers meet", "The Vice Chairman of the Peruvian National Assembly Ana Rojas chaired the meeting.", "Ana Rojas | Vice Chairman | PE")]
    [InlineData("Peru and Chile lawmakers meet", "The Speaker of Peru's Lower House of Parliament Dr. Ana Rojas sent her greetings.", "Ana Rojas | Speaker | PE")]
    [InlineData("Peru and Chile lawmakers meet", "He was received by the Speaker of the Union Assembly of Peru Ana Rojas in Lima.", "Ana Rojas | Speaker | PE")]
    public void Reads_the_country_of_the_chamber_in_the_title(string title, string body, string expected) => Assert.Equal(expected, People(title, body));

    // Near misses: a chamber's committee is no chamber, and a title naming no holder places no one.
    [Theory]
    [InlineData("Peru and Chile lawmakers meet", "The Speaker of Peru's parliament said on Monday that the accord would be ratified.")]
    [InlineData("Peru and Chile lawmakers meet", "The Speaker of the Peruvian Parliament's Trade Committee, Ana Rojas, opened the session.")]
    public void Places_no_one_without_a_chamber_and_a_name(string title, string body) => Assert.DoesNotContain("| PE", People(title, body), StringComparison.Ordinal);
}
