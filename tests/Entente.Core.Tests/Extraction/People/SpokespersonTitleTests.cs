using Entente.Core.Extraction;
using Entente.Core.Extraction.People;
using Entente.Core.Tests.Extraction.Multilateral;

namespace Entente.Core.Tests.Extraction.People;

/// <summary>
/// A spokesperson's title in lower case names the person after it when a country leads it, also before other lower-case words
/// ("Chilean foreign ministry spokesperson A B", "Peru's presidency spokesman A B") or the body it speaks for ("Chile's Foreign
/// Ministry spokesperson A B", "Chilean foreign ministry's spokesperson A B"); without one ("presidential spokesperson A B",
/// "a spokesperson said") it names nobody: an agency's home side is no guide to whose spokesperson it is.
/// </summary>
public class SpokespersonTitleTests
{
    private static List<PersonMention> People(string title, string body)
    {
        var (article, _) = FactsFrom.Extract(FactsFrom.Article(title, body));
        return new ArticleContext(article).People.ToList();
    }

    [Theory]
    [InlineData("Chilean foreign ministry spokesperson Marta Rojas told reporters the talks went well.", "CL")]
    [InlineData("Peru's presidency spokesman Luis Vega said the accord would be signed in May.", "PE")]
    [InlineData("Chile's government spokeswoman Marta Rojas said the visit would go ahead.", "CL")]
    public void A_spokesperson_title_before_a_full_name_names_the_person(string body, string country)
    {
        var person = Assert.Single(People("Chile and Peru deepen ties", body), p => p.Office is not null && p.Office.StartsWith("spokes", StringComparison.Ordinal));
        Assert.Equal(country, person.Country);
    }

    [Theory]
    [InlineData("Chile's Foreign Ministry spokesperson Marta Rojas told reporters the talks went well.", "CL")]
    [InlineData("The Peruvian Foreign Office's official spokesman Luis Vega said the accord would be signed in May.", "PE")]
    [InlineData("Chilean foreign ministry's spokeswoman Marta Rojas said the visit would go ahead.", "CL")]
    public void A_country_before_the_body_a_spokesperson_speaks_for_names_the_person(string body, string country)
    {
        var person = Assert.Single(People("Chile and Peru deepen ties", body), p => p.Office is not null && p.Office.StartsWith("spokes", StringComparison.Ordinal));
        Assert.Equal(country, person.Country);
    }

    [Theory]
    [InlineData("Foreign Ministry spokesperson Marta Rojas said the talks between Chile and Peru were useful.")]
    [InlineData("On a visit to Chile, Foreign Office spokesman Luis Vega praised Peru.")]
    [InlineData("The Foreign Ministry's spokeswoman Marta Rojas said Chile and Peru would sign in May.")]
    public void A_body_without_a_country_before_it_leaves_the_spokesperson_unnamed(string body)
    {
        Assert.DoesNotContain(People("Chile and Peru deepen ties", body), p => p.Office is not null && p.Office.StartsWith("spokes", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("A spokesperson said the talks between Chile and Peru were useful.")]
    [InlineData("The ministry spokesman declined to comment on the accord.")]
    [InlineData("The spokesperson Marta said nothing more.")]
    [InlineData("Presidential spokeswoman Marta Rojas said the visit would go ahead.")]
    public void A_spokesperson_without_a_full_name_names_nobody(string body)
    {
        Assert.DoesNotContain(People("Chile and Peru deepen ties", body), p => p.Office is not null && p.Office.StartsWith("spokes", StringComparison.Ordinal));
    }
}
