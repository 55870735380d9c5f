using Entente.Core.Extraction;
using Entente.Core.Extraction.People;
using Entente.Core.Tests.Extraction.Multilateral;

namespace Entente.Core.Tests.Extraction.People;

/// <summary>
/// A person's mention stays within its paragraph, and a date is never a name: an office cut off at the end of a paragraph
/// ("… Industry and Ener") does not run on into the next paragraph's dateline or first words, and "Sept 9", "Oct. 3" or
/// "Jan 5" after a title is when, not who.
/// </summary>
public class MentionBoundaryTests
{
    private static List<PersonMention> People(string title, string body)
    {
        var (article, _) = FactsFrom.Extract(FactsFrom.Article(title, body));
        return new ArticleContext(article).People.ToList();
    }

    // Each body: a lead, a paragraph cut off inside a portfolio list, then a paragraph whose first words and comma look like the list's end.
    [Theory]
    [InlineData("Peruvian Minister of Trade, Industry and Ener\n\nLima, Carla Mendez reports that three accords were signed.")]
    [InlineData("Talks were led by the Peruvian Minister of Housing, Transport and Commun\n\nLima, Carla Mendez said the new port opens in May.")]
    [InlineData("The Peruvian Minister of Foreign Affairs, Culture and Tour\n\nNorth Lima, Carla Mendez was named head of the new council.")]
    public void A_portfolio_cut_at_a_paragraph_end_names_no_holder_from_the_next(string body)
    {
        var people = People("Peru and Chile sign accords", "The two countries signed three accords on Tuesday.\n\n" + body);
        Assert.DoesNotContain(people, p => p.Name == "Carla Mendez" && p.Office is not null && p.Office.StartsWith("Minister", StringComparison.Ordinal));
    }

    // The negative: on one line, the same list and comma name the holder after it.
    [Theory]
    [InlineData("Peruvian Minister of Trade, Industry and Energy Affairs, Carla Mendez, signed three accords.", "Minister of Trade, Industry and Energy Affairs")]
    [InlineData("Chilean envoys met the Peruvian Minister of Energy, Mines and Hydro Power, Carla Mendez, on Monday.", "Minister of Energy, Mines and Hydro Power")]
    public void A_portfolio_list_on_one_line_names_its_holder(string body, string office)
    {
        var mendez = Assert.Single(People("Peru and Chile sign accords", body), p => p.Name == "Carla Mendez");
        Assert.Equal((office, "PE"), (mendez.Office, mendez.Country));
    }

    [Theory]
    [InlineData("Chilean envoys met the Peruvian Trade Minister Sept. 9 in Lima to sign the accords.")]
    [InlineData("Since Sept, the Peruvian Trade Minister has led the talks with Chile.")]
    [InlineData("Peruvian Trade Minister Oct 3 told reporters that the accords were ready.")]
    [InlineData("Chilean envoys met the Peruvian Trade Minister Jan 5 in Lima.")]
    [InlineData("Chilean envoys met the Peruvian Trade Minister Jun. 12 in Lima.")]
    public void A_month_is_never_a_name(string body)
    {
        var people = People("Peru and Chile sign accords", body);
        Assert.DoesNotContain(people, p => p.Name is "Sept" or "Oct" or "Jan" or "Jun");
    }

    // The negative: "Jan" and "Jun" are given names too, read as such when no day follows them.
    [Theory]
    [InlineData("Czechia and Poland sign accords", "Polish envoys met Czech Foreign Minister Jan Novak in Prague on Sept. 9.", "Jan Novak", "CZ")]
    [InlineData("Japan and Peru sign accords", "Peruvian envoys met Japanese Trade Minister Jun Tanaka in Tokyo on Oct. 3.", "Jun Tanaka", "JP")]
    public void A_given_name_spelled_like_a_month_is_a_name(string title, string body, string name, string country)
    {
        var person = Assert.Single(People(title, body), p => p.Name == name);
        Assert.Equal(country, person.Country);
    }
}
