using Entente.Core.Extraction;
using Entente.Core.Extraction.People;
using Entente.Core.Tests.Extraction.Multilateral;

namespace Entente.Core.Tests.Extraction.People;

/// <summary>Which side two officials joined by "and" are on, and a counterpart whose office is unclear.</summary>
public class PersonSidesTests
{
    private static List<PersonMention> People(string title, string body)
    {
        var (article, _) = FactsFrom.Extract(FactsFrom.Article(title, body));
        return new ArticleContext(article).People.ToList();
    }

    private static string? CountryOf(List<PersonMention> people, string name) => people.First(p => p.Name == name).Country;

    [Theory]
    [InlineData("Talks were held between Chilean Foreign Minister Ana Rojas and Trade Minister Luis Vega.")]
    [InlineData("The consultations between Chile's Foreign Minister Ana Rojas and Trade Minister Luis Vega lasted two hours.")]
    [InlineData("A meeting between Chilean Foreign Minister Ana Rojas and Trade Minister Luis Vega took place in Lima.")]
    public void The_second_of_two_sides_after_between_is_the_other_side(string body)
    {
        var people = People("Chile and Peru deepen ties", body);
        Assert.Equal("CL", CountryOf(people, "Ana Rojas"));
        Assert.Equal("PE", CountryOf(people, "Luis Vega"));
    }

    [Theory]
    [InlineData("Chilean President Ana Rojas received the guest. Later, President Ana Rojas and Prime Minister Luis Vega stressed trade.")]
    [InlineData("Chilean Prime Minister Ana Rojas received the guest. Prime Minister Ana Rojas and President Luis Vega signed a statement.")]
    [InlineData("Chilean President Ana Rojas received the guest. After the talks, President Ana Rojas and King Luis Vega toured the port.")]
    public void Two_heads_joined_by_and_lead_two_sides(string body)
    {
        var people = People("Chile and Peru deepen ties", body);
        Assert.Equal("CL", CountryOf(people, "Ana Rojas"));
        Assert.Equal("PE", CountryOf(people, "Luis Vega"));
    }

    [Theory]
    [InlineData("Chilean Foreign Minister Ana Rojas will be accompanied by Trade Minister Luis Vega.")]
    [InlineData("Chilean Foreign Minister Ana Rojas and Trade Minister Luis Vega arrived in Lima.")]
    [InlineData("Chilean President Ana Rojas and Trade Minister Luis Vega arrived in Lima.")]
    public void A_minister_joined_to_a_colleague_stays_on_that_side(string body)
    {
        var people = People("Chile and Peru deepen ties", body);
        Assert.Equal("CL", CountryOf(people, "Luis Vega"));
    }

    [Theory]
    [InlineData("Chilean Foreign Minister Ana Rojas will meet Peruvian President Luis Vega, a day before talks with her counterpart Pedro Soto.")]
    [InlineData("Chilean Trade Minister Ana Rojas met Peruvian Prime Minister Luis Vega before her talks with her counterpart Pedro Soto.")]
    [InlineData("Chilean Foreign Minister Ana Rojas called on Peruvian President Luis Vega and then met his counterpart Pedro Soto.")]
    public void A_counterpart_after_officials_of_two_offices_gets_no_office(string body)
    {
        var people = People("Chile and Peru deepen ties", body);
        Assert.DoesNotContain(people, p => p.Name == "Pedro Soto" && p.Office is not null);
    }

    [Fact]
    public void A_counterpart_after_one_official_takes_that_office()
    {
        var people = People("Chile and Peru deepen ties", "Chilean Foreign Minister Ana Rojas met her Peruvian counterpart Pedro Soto.");
        var soto = people.First(p => p.Name == "Pedro Soto");
        Assert.Equal(("Foreign Minister", "PE"), (soto.Office, soto.Country));
    }

    /// <summary>"A, Title of X, B, Title of Y": each title in commas belongs to the name before it.</summary>
    [Theory]
    [InlineData("At the invitation of His Excellency Pablo Ruiz, President of the Republic of Chile, His Excellency Mateo Quispe, President of the Republic of Peru, came to Santiago.")]
    [InlineData("The talks brought together Pablo Ruiz, Minister of Foreign Affairs of Chile, Dr. Mateo Quispe, Minister of Foreign Affairs of Peru, and their teams.")]
    [InlineData("Pablo Ruiz, Chile's Minister of Trade, Hon. Mateo Quispe, Peru's Minister of Trade, and business leaders attended.")]
    public void A_title_between_two_names_in_commas_is_the_first_ones(string body)
    {
        var people = People("Chile and Peru deepen ties", body);
        Assert.Equal("CL", CountryOf(people, "Pablo Ruiz"));
        Assert.Equal("PE", CountryOf(people, "Mateo Quispe"));
    }

    /// <summary>A title followed by "'s" is a possessor ("the President's residence"), not the office of the name before it.</summary>
    [Theory]
    [InlineData("The leaders met at Casa Azul, the President's residence, on Monday.")]
    [InlineData("Mr Ruiz, the Prime Minister's Office said, will travel on Friday.")]
    [InlineData("They toured Palacio Verde, the Foreign Minister’s office, after lunch.")]
    public void A_possessive_title_names_nobody_before_it(string body) =>
        Assert.DoesNotContain(People("Chile and Peru deepen ties", body), p => p.Office is not null);

    /// <summary>"Minister of Foreign Affairs, Migration and Nationals Abroad, A": the portfolio goes on past the comma.</summary>
    [Theory]
    [InlineData("Minister of Foreign Affairs, Migration and Peruvians Abroad, Mateo Quispe, met the press.", "Mateo Quispe")]
    [InlineData("The Minister of Justice, Religion and Registry, Ana Rojas, opened the fair.", "Ana Rojas")]
    [InlineData("Minister of Energy, Mines and Water, Luis Vega, signed the contract.", "Luis Vega")]
    public void A_portfolio_list_after_a_comma_is_not_a_name(string body, string name) =>
        Assert.Equal(name, Assert.Single(People("Chile and Peru deepen ties", body)).Name);

    [Fact]
    public void A_name_after_a_comma_with_no_name_after_the_next_comma_stays_the_name() =>
        Assert.Equal("Ana Rojas", Assert.Single(People("Chile and Peru deepen ties", "The Foreign Minister, Ana Rojas and Luis Vega, said trade grew.")).Name);

    /// <summary>"The Chilean side was chaired by …", "A chaired the Peruvian side": the side a person chairs is theirs.</summary>
    [Theory]
    [InlineData("Pablo Ruiz, Minister of Finance, chaired the Chilean side and Mateo Quispe, Minister of Finance, chaired the Peruvian side.")]
    [InlineData("Trade Minister Pablo Ruiz chaired the Chilean side, and Trade Minister Mateo Quispe chairs the Peruvian side of the commission.")]
    [InlineData("Deputy Minister Pablo Ruiz co-chaired the Chilean delegation while Deputy Minister Mateo Quispe co-chaired the Peruvian delegation.")]
    public void A_person_chairing_a_side_is_of_that_side(string body)
    {
        var people = People("Chile and Peru deepen ties", body);
        Assert.Equal("CL", CountryOf(people, "Pablo Ruiz"));
        Assert.Equal("PE", CountryOf(people, "Mateo Quispe"));
    }

    /// <summary>"X, who was accompanied by H.E. Dr. Y": forms of address do not hide that Y goes along with X.</summary>
    [Fact]
    public void One_accompanying_an_official_after_forms_of_address_is_of_that_side()
    {
        var people = People("Chile and Peru deepen ties", "Chilean Foreign Minister Pablo Ruiz, who was accompanied by H.E. Dr. Mateo Quispe, Minister of Trade, arrived in Lima.");
        Assert.Equal("CL", CountryOf(people, "Mateo Quispe"));
    }

    /// <summary>Lower-case titles name a holder only with a country right before or after them.</summary>
    [Theory]
    [InlineData("The president of Chile, Pablo Ruiz, opened the forum.", "Pablo Ruiz | CL")]
    [InlineData("Peru's foreign minister Mateo Quispe answered questions.", "Mateo Quispe | PE")]
    [InlineData("On Monday, Chilean prime minister Pablo Ruiz toured the port.", "Pablo Ruiz | CL")]
    public void Reads_a_lower_case_title_with_its_country(string body, string expected)
    {
        var person = Assert.Single(People("Chile and Peru deepen ties", body));
        Assert.Equal(expected, $"{person.Name} | {person.Country}");
    }

    [Theory]
    [InlineData("The president Pablo Ruiz opened the forum.")]
    [InlineData("Former Chilean president Pablo Ruiz spoke at the dinner.")]
    [InlineData("The ex-president of Peru, Mateo Quispe, wrote a book.")]
    public void A_lower_case_title_without_a_country_or_of_a_former_holder_names_no_holder(string body) =>
        Assert.DoesNotContain(People("Chile and Peru deepen ties", body), p => p.Country is not null && !p.Former);

    /// <summary>Two countries, then their two holders in the same order.</summary>
    [Theory]
    [InlineData("The Presidents of Chile and Peru, Pablo Ruiz and Mateo Quispe, signed the declaration.")]
    [InlineData("Chilean and Peruvian Prime Ministers Pablo Ruiz and Mateo Quispe signed the declaration.")]
    [InlineData("The talks were led by the Foreign Ministers of Chile and Peru, Pablo Ruiz and Mateo Quispe.")]
    public void Plural_titles_of_two_countries_take_them_in_order(string body)
    {
        var people = People("Chile and Peru deepen ties", body);
        Assert.Equal("CL", CountryOf(people, "Pablo Ruiz"));
        Assert.Equal("PE", CountryOf(people, "Mateo Quispe"));
    }

    /// <summary>A counterpart after forms of address, or in the sentence after the official, is still named.</summary>
    [Theory]
    [InlineData("Chilean Foreign Minister Pablo Ruiz and his Peruvian counterpart Dr. Mateo Quispe signed the declaration.")]
    [InlineData("Chilean Foreign Minister Pablo Ruiz opened the session. His Peruvian counterpart Mateo Quispe headed his country's delegation.")]
    [InlineData("Chilean Foreign Minister Pablo Ruiz arrived on Monday. Her Peruvian counterpart, H.E. Mateo Quispe, welcomed him at the airport.")]
    public void A_counterpart_is_read_past_forms_of_address_and_across_a_sentence(string body)
    {
        var people = People("Chile and Peru deepen ties", body);
        var quispe = people.First(p => p.Name == "Mateo Quispe");
        Assert.Equal(("PE", "Foreign Minister"), (quispe.Country, quispe.Office));
    }

    [Fact]
    public void An_initial_glued_to_the_family_name_is_part_of_the_name() =>
        Assert.Equal("U.Batbold | MN", Describe(People("Mongolia and Chile deepen ties", "Mongolian Prime Minister U.Batbold arrived in Santiago.")));

    private static string Describe(List<PersonMention> people) => string.Join("; ", people.Select(p => $"{p.Name} | {p.Country}"));

    [Theory]
    [InlineData("The commission was co-chaired by Chilean Deputy Prime Minister Ana Rojas and Minister of Agriculture Luis Vega.")]
    [InlineData("The session, co-chaired by Chile's Deputy Prime Minister Ana Rojas and Minister of Mining Luis Vega, lasted a day.")]
    [InlineData("The forum was chaired jointly by Chilean Deputy Prime Minister Ana Rojas and Trade Minister Luis Vega in Lima.")]
    public void Co_chairs_joined_by_and_are_two_sides(string body)
    {
        var people = People("Chile and Peru deepen ties", body);
        Assert.Equal("CL", CountryOf(people, "Ana Rojas"));
        Assert.Equal("PE", CountryOf(people, "Luis Vega"));
    }

    [Theory]
    [InlineData("Chile and Peru deepen ties", "The delegation includes Cusco Governor Ana Rojas and other officials.", "PE")]
    [InlineData("Chile and Peru deepen ties", "Arequipa Mayor Ana Rojas will attend the Chilean fair.", "PE")]
    [InlineData("Chile and Peru deepen ties", "The visitors were received by Valparaiso Governor Ana Rojas at the port.", "CL")]
    public void A_place_before_an_office_gives_its_country(string title, string body, string country)
    {
        var people = People(title, body);
        Assert.Equal(country, CountryOf(people, "Ana Rojas"));
    }

    // "Peruvian ministers, including A and B": a demonym heading "ministers" or "officials", then a member verb, lists its own.
    [Theory]
    [InlineData("The talks drew six other Peruvian ministers, including Health Minister Ana Rojas and Mining Minister Luis Vega, to Lima.")]
    [InlineData("Peruvian officials taking part included Health Minister Ana Rojas and Mining Minister Luis Vega.")]
    [InlineData("Attending Peruvian Ministers comprised the Hon Ana Rojas, Minister of Health, and the Hon Luis Vega, Minister of Mines.")]
    public void Members_listed_after_a_demonym_and_ministers_are_of_that_country(string body)
    {
        var people = People("Chile and Peru deepen ties", body);
        Assert.Equal("PE", CountryOf(people, "Ana Rojas"));
        Assert.Equal("PE", CountryOf(people, "Luis Vega"));
    }

    // Near miss: the group meets someone; no member verb lists them as its own.
    [Fact]
    public void One_met_by_a_demonym_and_ministers_is_not_listed_as_theirs()
    {
        var people = People("Chile and Peru deepen ties", "Peruvian ministers later met Health Minister Ana Rojas in Santiago.");
        Assert.NotEqual("PE", CountryOf(people, "Ana Rojas"));
    }

    [Theory]
    [InlineData("The delegation included Hon. Ana Rojas, Minister of Health and Social Services; Hon. Luis Vega, Minister of Mines.")]
    [InlineData("Also present were the Minister of Health and Social Services, and the Minister of Lands.")]
    [InlineData("Chilean Minister of Housing and Public Works spoke first.")]
    public void Portfolio_words_are_not_names(string body)
    {
        var people = People("Chile and Peru deepen ties", body);
        Assert.DoesNotContain(people, p => p.Name is "Services" or "Works" or "Lands" or "Social Services");
    }

    [Theory]
    [InlineData("The Chilean and Peruvian delegations will be headed by Foreign Minister Ana Rojas and Economy Minister Luis Vega, respectively.")]
    [InlineData("The Chilean and Peruvian sides were led by Trade Minister Ana Rojas and Deputy Minister Luis Vega, respectively, at the talks.")]
    [InlineData("Talks were chaired for Chile and Peru by Foreign Minister Ana Rojas, and Mining Minister Luis Vega respectively.")]
    public void Respectively_pairs_two_countries_with_two_people_in_order(string body)
    {
        var people = People("Peru and Chile deepen ties", body);
        Assert.Equal("CL", CountryOf(people, "Ana Rojas"));
        Assert.Equal("PE", CountryOf(people, "Luis Vega"));
    }

    [Theory]
    [InlineData("The Chilean and Peruvian delegations will be headed by Foreign Minister Ana Rojas and Economy Minister Luis Vega.")]
    [InlineData("Chile and Peru sent Foreign Minister Ana Rojas, Economy Minister Luis Vega and others, respectively.")]
    public void Without_respectively_or_a_plain_pair_no_order_is_read(string body)
    {
        var people = People("Peru and Chile deepen ties", body);
        Assert.False(CountryOf(people, "Ana Rojas") == "CL" && CountryOf(people, "Luis Vega") == "PE");
    }

    /// <summary>"Vice Minister of X Policies of Chile, A": the word before "of &lt;country&gt;," ends the portfolio; A holds it.</summary>
    [Theory]
    [InlineData("Also present was the Vice Minister of Mining Policies of Chile, Ana Rojas, with her team.", "Ana Rojas", "Vice Minister of Mining Policies", "CL")]
    [InlineData("The Deputy Minister of Internal Order of Peru, Luis Vega, spoke next.", "Luis Vega", "Deputy Minister of Internal Order", "PE")]
    [InlineData("They were joined by the Vice Minister of Fisheries Development of Chile, Mateo Quispe.", "Mateo Quispe", "Vice Minister of Fisheries Development", "CL")]
    public void A_word_between_a_portfolio_and_its_country_belongs_to_the_office(string body, string name, string office, string country)
    {
        var person = Assert.Single(People("Chile and Peru deepen ties", body));
        Assert.Equal((name, office, country), (person.Name, person.Office, person.Country));
    }

    [Theory]
    [InlineData("Chile's minister of Energy, Mines and Water with his Peruvian counterpart agreed on tariffs.")]
    [InlineData("After talks, the Minister of Culture, Arts and Heritage toured the site.")]
    [InlineData("Peru's minister of Industry, Mine and Trade visited the port.")]
    public void A_portfolio_word_after_a_comma_joined_by_and_is_not_a_name(string body) =>
        Assert.DoesNotContain(People("Chile and Peru deepen ties", body), p => p.Name is "Mines" or "Arts" or "Mine");

    [Theory]
    [InlineData("Minister of Foreign Affairs Luis Vega of Peru met the press.", "Luis Vega", "PE")]
    [InlineData("Minister of Foreign Affairs Vega of Peru met the press.", "Vega", "PE")]
    public void A_name_followed_by_its_country_without_a_second_name_stays(string body, string name, string country)
    {
        var person = Assert.Single(People("Chile and Peru deepen ties", body));
        Assert.Equal((name, country), (person.Name, person.Country));
    }

    // A shorter form of a name whose own title states its country, in the same office, is that person before any weaker cue.
    [Theory]
    [InlineData("Chilean Foreign Minister Ana Maria Rojas arrived in Lima. Stressing the need for an embassy of Peru in Chile, Foreign Minister Ana Rojas spoke.")]
    [InlineData("Chilean Foreign Minister Ana Maria Rojas arrived in Lima. Foreign Minister Ana Rojas thanked the President of Peru for the talks.")]
    [InlineData("Chilean Foreign Minister Ana Maria Rojas arrived in Lima. The Peruvian side and Foreign Minister Ana Rojas discussed trade.")]
    public void A_short_form_takes_the_stated_country_of_the_full_name(string body) => Assert.Equal("CL", CountryOf(People("Chile and Peru deepen ties", body), "Ana Rojas"));

    // The next official of a comma list after one placed on a side is no sign of the other side: they stay unplaced.
    [Theory]
    [InlineData("The President is accompanied by Chilean Minister of Trade, Ana Rojas, Minister of Health, Luis Soto, and other officials.")]
    [InlineData("The guests were Chilean Trade Minister Ana Rojas, Health Minister Luis Soto, and the mayor.")]
    [InlineData("Seated at the table were Chilean Minister of Trade Ana Rojas, Minister of Health Luis Soto and two advisers.")]
    public void The_next_item_of_a_comma_list_is_not_put_on_the_other_side(string body)
    {
        var people = People("Chile and Peru deepen ties", body);
        Assert.Equal("CL", CountryOf(people, "Ana Rojas"));
        Assert.NotEqual("PE", CountryOf(people, "Luis Soto"));
    }
}
