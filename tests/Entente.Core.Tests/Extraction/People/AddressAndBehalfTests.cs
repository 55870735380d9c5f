using Entente.Core.Extraction;
using Entente.Core.Extraction.People;
using Entente.Core.Tests.Extraction.Multilateral;

namespace Entente.Core.Tests.Extraction.People;

/// <summary>
/// Abbreviated forms of address ("H. E.", "H E", "H.E,"), titles joined by "&amp;", and the country a person acts for when the
/// sentence says so after the name ("on behalf of", "representing", "signed … for") or before it ("X was represented by").
/// </summary>
public class AddressAndBehalfTests
{
    private static List<PersonMention> People(string title, string body)
    {
        var (article, _) = FactsFrom.Extract(FactsFrom.Article(title, body));
        return new ArticleContext(article).People.ToList();
    }

    private static PersonMention Person(List<PersonMention> people, string name) => Assert.Single(people, p => p.Name == name);

    [Theory]
    [InlineData("The President of Chile, H. E. Pablo Ruiz, received the delegation on Monday.")]
    [InlineData("The President of Chile, H E Mr Pablo Ruiz, received the delegation on Monday.")]
    [InlineData("Chilean President H.E, Dr. Pablo Ruiz received the delegation on Monday.")]
    [InlineData("The guests were welcomed by His Excellency, Dr. Pablo Ruiz, the Chilean President.")]
    public void Abbreviated_excellency_is_no_part_of_the_name(string body)
    {
        var people = People("Chile and Peru deepen ties", body);
        var ruiz = Person(people, "Pablo Ruiz");
        Assert.Equal("CL", ruiz.Country);
        Assert.DoesNotContain(people, p => p.Name.StartsWith('H'));
    }

    [Theory]
    [InlineData("Peru's Minister of Trade H. Edwards spoke first.", "H. Edwards")]
    [InlineData("HE SAID THAT Peru's Minister of Trade Luis Vega spoke first.", "Luis Vega")]
    public void Near_misses_of_the_excellency_abbreviation_keep_the_name(string body, string name)
    {
        var people = People("Chile and Peru deepen ties", body);
        Assert.Contains(people, p => p.Name == name);
    }

    [Theory]
    [InlineData("Peru's Minister of Trade & Industry Luis Vega opened the forum.", "Minister of Trade & Industry")]
    [InlineData("Peru's Minister of Foreign Affairs & International Cooperation, Luis Vega, opened the forum.", "Minister of Foreign Affairs & International Cooperation")]
    [InlineData("Peru's Minister of Food & Public Distribution Luis Vega opened the forum.", "Minister of Food & Public Distribution")]
    public void An_ampersand_joins_portfolios(string body, string office)
    {
        var vega = Person(People("Chile and Peru deepen ties", body), "Luis Vega");
        Assert.Equal((office, "PE"), (vega.Office, vega.Country));
    }

    [Theory]
    [InlineData("The memoranda were signed by Minister of Foreign Affairs, Ana Rojas on behalf of Chile and Minister of Trade Luis Vega signed on behalf of Peru.")]
    [InlineData("The memoranda were signed by Minister of Foreign Affairs Ana Rojas, representing Chile, and by Minister of Trade Luis Vega, representing Peru.")]
    [InlineData("Minister of Foreign Affairs Ana Rojas signed the memoranda for Chile, while Minister of Trade Luis Vega signed them for Peru.")]
    public void A_person_acts_for_the_country_named_after_them(string body)
    {
        var people = People("Chile and Peru deepen ties", body);
        Assert.Equal("CL", Person(people, "Ana Rojas").Country);
        Assert.Equal("PE", Person(people, "Luis Vega").Country);
    }

    [Theory]
    [InlineData("Ms Ana Rojas, Minister of Foreign Affairs and Luis Vega, Minister of National Security, signed the agreement for Peru.")]
    [InlineData("The group, made up of Foreign Minister Ana Rojas and Defense Minister Luis Vega, representing Peru, will meet in May.")]
    [InlineData("The talks will be attended by Minister of Finance Ana Rojas, minister of Defense Carlos Soto and minister of Interior Luis Vega, from Peru.")]
    public void A_list_takes_the_country_named_after_its_last_member(string body)
    {
        var people = People("Chile and Peru deepen ties", body);
        Assert.Equal("PE", Person(people, "Ana Rojas").Country);
        Assert.Equal("PE", Person(people, "Luis Vega").Country);
    }

    [Theory]
    [InlineData("Chile signed on behalf of its ministry, while Peru was represented by its Tourism Minister Luis Vega.")]
    [InlineData("The ceremony was brief. Peru was represented by Tourism Minister Luis Vega at the ceremony.")]
    [InlineData("Chile sent its foreign minister, and Peru was led by Tourism Minister Luis Vega.")]
    public void A_country_represented_by_the_person_is_theirs(string body)
    {
        Assert.Equal("PE", Person(People("Chile and Peru deepen ties", body), "Luis Vega").Country);
    }

    [Theory]
    [InlineData("Minister of Trade Luis Vega spoke from Lima's main hall on Monday.")]
    [InlineData("Minister of Trade Luis Vega arrived from Peru's capital on Monday.")]
    [InlineData("Minister of Trade Luis Vega signed the accord for the benefit of Peru's farmers.")]
    [InlineData("The forum – Peru is led by Minister of Trade Luis Vega and an envoy.")]
    public void No_country_when_the_cue_does_not_close_on_a_country_or_the_country_is_no_subject(string body)
    {
        Assert.Null(Person(People("Chile and Peru deepen ties", body), "Luis Vega").Country);
    }
}

/// <summary>Family names written in capitals beside a given name in mixed case, as governments' releases write them.</summary>
public class CapitalisedFamilyNameTests
{
    private static List<PersonMention> People(string body)
    {
        var (article, _) = FactsFrom.Extract(FactsFrom.Article("Chile and Peru deepen ties", body));
        return new ArticleContext(article).People.ToList();
    }

    [Theory]
    [InlineData("The President of Chile, Pablo RUIZ, received the Foreign Minister of Peru.", "Pablo RUIZ", "CL")]
    [InlineData("Chilean President His Excellency Mr. Pablo RUIZ received the delegation.", "Pablo RUIZ", "CL")]
    [InlineData("Peru's Prime Minister, VEGA Luis, met the delegation.", "VEGA Luis", "PE")]
    [InlineData("The talks were held with Luis VEGA, Minister of Foreign Affairs of Peru.", "Luis VEGA", "PE")]
    public void A_family_name_in_capitals_belongs_to_the_name(string body, string name, string country)
    {
        Assert.Contains(People(body), p => p.Name == name && p.Country == country);
    }

    [Theory]
    [InlineData("Peru's Prime Minister YAB Luis Vega met the delegation.")]
    [InlineData("Peru's Prime Minister Luis Vega MFA met the delegation.")]
    [InlineData("Peru's Prime Minister Luis Vega ASEAN envoy met the delegation.")]
    [InlineData("The delegation met SAPM Luis Vega, Prime Minister of Peru.")]
    public void Abbreviations_in_capitals_stay_out_of_the_name(string body)
    {
        Assert.DoesNotContain(People(body), p => p.Name.Split(' ').Any(w => w.Length > 2 && w.All(char.IsUpper)));
    }

    [Fact]
    public void Two_words_in_capitals_are_no_name()
    {
        Assert.DoesNotContain(People("PERU'S PRIME MINISTER LUIS VEGA met the delegation."), p => p.Name.Contains("LUIS"));
    }
}
