using Entente.Core.Extraction;
using Entente.Core.Tests.Extraction.Multilateral;

namespace Entente.Core.Tests.Extraction.People;

/// <summary>A title's abbreviation in brackets between the title and the name ("Prime Minister (PM) A").</summary>
public class TitleAbbreviationTests
{
    private static string People(string title, string body)
    {
        var (article, _) = FactsFrom.Extract(FactsFrom.Article(title, body));
        return string.Join("; ", new ArticleContext(article).People.Where(p => !p.IsShortReference).Select(p => $"{p.Name} | {p.Office} | {p.Country}"));
    }

    [Theory]
    [InlineData("Kenya and Chile deepen ties", "Kenyan Prime Minister (PM) Otieno Kamau landed in Santiago on Tuesday.", "Otieno Kamau | Prime Minister | KE")]
    [InlineData("Kenya and Chile deepen ties", "The Minister of Foreign Affairs of Kenya (MFA), Dr. Otieno Kamau, led the delegation.", "Otieno Kamau | Minister of Foreign Affairs | KE")]
    [InlineData("Kenya and Chile deepen ties", "Kenya's Cabinet Secretary (CS) Otieno Kamau opened the fair.", "Otieno Kamau | Cabinet Secretary | KE")]
    public void Reads_the_name_past_the_abbreviation(string title, string body, string expected) => Assert.Equal(expected, People(title, body));

    // Near misses: words in brackets are no abbreviation, and a bracket with no name after it names no one.
    [Theory]
    [InlineData("Kenya and Chile deepen ties", "Kenyan Prime Minister (acting) Otieno Kamau landed in Santiago on Tuesday.")]
    [InlineData("Kenya and Chile deepen ties", "The Kenyan Prime Minister (PM) said on Tuesday that the deal was near.")]
    public void Reads_no_name_past_other_brackets(string title, string body) => Assert.DoesNotContain("Otieno Kamau | Prime Minister | KE", People(title, body), StringComparison.Ordinal);
}
