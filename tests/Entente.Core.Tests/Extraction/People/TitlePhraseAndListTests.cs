using Entente.Core.Extraction;
using Entente.Core.Extraction.People;
using Entente.Core.Tests.Extraction.Multilateral;

namespace Entente.Core.Tests.Extraction.People;

/// <summary>
/// A country stated in a person's own title phrase, members listed after "the delegation of X was led by", companions
/// after "…, who was accompanied by", and list items set off by dashes. Sentences are our own.
/// </summary>
public class TitlePhraseAndListTests
{
    private static List<PersonMention> People(string title, string body)
    {
        var (article, _) = FactsFrom.Extract(FactsFrom.Article(title, body));
        return new ArticleContext(article).People.ToList();
    }

    private static string? CountryOf(List<PersonMention> people, string name) => people.First(p => p.Name == name).Country;

    [Theory]
    [InlineData("Talks were opened by Secretary-General of the Peruvian Ministry of Trade and Tourism, Rosa Quispe.", "Rosa Quispe", "PE")]
    [InlineData("Ambassador Rosa Quispe, State Minister of the Ministry of Foreign Affairs of Peru, opened the talks.", "Rosa Quispe", "PE")]
    [InlineData("Rosa Quispe, chargé d'affaires of the Peruvian Embassy in Quito, opened the talks.", "Rosa Quispe", "PE")]
    [InlineData("Ambassador Rosa Quispe, Director General for Americas, Ministry of Foreign Affairs of Peru, opened the talks.", "Rosa Quispe", "PE")]
    [InlineData("Minister Rosa Quispe at the Peruvian Embassy opened the talks.", "Rosa Quispe", "PE")]
    public void A_country_stated_in_the_title_phrase_is_the_holders(string body, string name, string country) =>
        Assert.Equal(country, CountryOf(People("Peru and Ecuador", body), name));

    [Theory]
    // The country follows a lower-case word that ends the title ("said", "to", "with"): it says nothing of the holder.
    [InlineData("Ambassador Rosa Quispe, Director General for Americas, said Peru would host the talks.")]
    [InlineData("Ambassador Rosa Quispe, Director General for Americas, travelled to Peru for the talks.")]
    [InlineData("Ambassador Rosa Quispe, Director General for Relations with Peru, opened the talks.")]
    // A demonym naming a topic, not an institution.
    [InlineData("Ambassador Rosa Quispe, Director General for Peruvian Affairs, opened the talks.")]
    public void A_country_outside_the_title_or_a_topic_gives_no_side(string body) =>
        Assert.NotEqual("PE", CountryOf(People("Trade talks", body), "Rosa Quispe"));

    [Fact]
    public void Two_countries_in_the_title_phrase_give_nothing_from_it() =>
        Assert.Null(CountryOf(People("Trade talks", "Ambassador Rosa Quispe, Director of the Peruvian Ministry of Trade of Ecuador, opened the talks."), "Rosa Quispe"));

    [Theory]
    [InlineData("The delegation of Uganda was led by Hon. Jane Okello, the Minister of Foreign Affairs, accompanied by Hon. Peter Mugisha, Minister of Trade, and Hon. Amos Kato, the Minister of State for Transport.")]
    [InlineData("The delegation of the Republic of Uganda was headed by Jane Okello, Minister of Foreign Affairs, accompanied by Peter Mugisha, Minister of Trade, and Amos Kato, Minister of State for Transport.")]
    [InlineData("The Delegation of Uganda was led by H.E. Jane Okello, the Minister of Foreign Affairs, who was accompanied by H.E. Dr. Peter Mugisha, Minister of Trade, and Hon. Amos Kato, Minister of State for Transport.")]
    public void Members_of_a_delegation_of_a_country_are_of_that_country(string body)
    {
        var people = People("Uganda and Kenya hold joint commission", body);
        Assert.Equal("UG", CountryOf(people, "Jane Okello"));
        Assert.Equal("UG", CountryOf(people, "Peter Mugisha"));
        Assert.Equal("UG", CountryOf(people, "Amos Kato"));
    }

    [Theory]
    // No leading verb: the delegation met someone, who may be the host.
    [InlineData("The delegation of Uganda met Trade Minister Peter Mugisha in Nairobi.")]
    // Another country named in between ends the list.
    [InlineData("The delegation of Uganda was led by Jane Okello, Minister of Foreign Affairs, and met Kenyan officials and Trade Minister Peter Mugisha.")]
    public void A_delegation_cue_without_a_list_places_no_one_else(string body) =>
        Assert.NotEqual("UG", CountryOf(People("Uganda and Kenya hold joint commission", body), "Peter Mugisha"));

    [Theory]
    [InlineData("The Ethiopian delegation was received. It was led by Dr. Abebe Bekele, Minister of Foreign Affairs of Ethiopia, who was accompanied by Dr. Almaz Tadesse, Minister of Trade.")]
    [InlineData("Dr. Abebe Bekele, Minister of Foreign Affairs of Ethiopia, was accompanied by Dr. Almaz Tadesse, Minister of Trade, at the talks.")]
    [InlineData("Ethiopian Foreign Minister Abebe Bekele, who was accompanied by Trade Minister Almaz Tadesse, arrived in Kampala.")]
    public void Companions_of_one_named_with_the_rest_of_a_title_take_their_country(string body) =>
        Assert.Equal("ET", CountryOf(People("Ethiopia and Uganda hold talks", body), "Almaz Tadesse"));

    [Fact]
    public void A_bare_office_before_a_comma_does_not_stand_for_its_only_holder()
    {
        // "Minister of Foreign Affairs," ends Jane Okello's title: the one accompanied is she (unplaced), not the article's other
        // Minister of Foreign Affairs.
        const string body = "Kenyan Minister of Foreign Affairs Paul Otieno welcomed the guests.\n"
                            + "They were led by Jane Okello, the Minister of Foreign Affairs, accompanied by Peter Mugisha, Minister of Trade.";
        Assert.NotEqual("KE", CountryOf(People("Uganda and Kenya hold joint commission", body), "Peter Mugisha"));
    }

    [Theory]
    [InlineData("Namibian President Hamid Geingo will be accompanied by Hon. Anna Nandi-Shikongo – Minister of Agriculture, Water & Land Reform; Hon. Peter Kalu – Minister of Health.", "Anna Nandi-Shikongo")]
    [InlineData("Namibian President Hamid Geingo will be accompanied by Hon. Anna Nandi-Shikongo, Deputy Prime Minister; Hon. Peter Kalu – Minister of Health.", "Peter Kalu")]
    [InlineData("Namibian President Hamid Geingo will be accompanied by Hon. Anna Nandi-Shikongo – Minister of Agriculture, Water & Land Reform; Hon. Peter Kalu, Minister of Health.", "Peter Kalu")]
    public void A_list_of_names_with_titles_after_dashes_keeps_its_side(string body, string name)
    {
        var people = People("Namibia and Botswana hold talks", body);
        Assert.Equal("NA", CountryOf(people, name));
    }

    [Theory]
    [InlineData("Namibian President Hamid Geingo will be accompanied by Hon. Carl HG Shikongo, Minister of Health.", "Carl HG Shikongo")]
    [InlineData("Namibian President Hamid Geingo will be accompanied by Dr. Anna KT Nuuyoma, Minister of Trade.", "Anna KT Nuuyoma")]
    [InlineData("Namibian President Hamid Geingo will be accompanied by Hon. Peter J Kalu, Minister of Health.", "Peter J Kalu")]
    public void Bare_initials_inside_a_name_before_its_title_are_kept(string body, string name) =>
        Assert.Contains(People("Namibia and Botswana hold talks", body), p => p.Name == name);

    [Theory]
    // A byline or outlet before a dash is no holder of the title after it.
    [InlineData("Daily Herald – President of Namibia Hamid Geingo arrived in Gaborone on Monday.")]
    [InlineData("Windhoek Times – Minister of Health of Namibia Peter Kalu opened the clinic.")]
    public void A_dash_after_an_unaddressed_name_sets_off_no_title(string body) =>
        Assert.DoesNotContain(People("Namibia and Botswana hold talks", body), p => p.Name is "Daily Herald" or "Windhoek Times");

    [Fact]
    public void A_plural_acronym_after_a_plural_title_is_no_name() =>
        Assert.DoesNotContain(People("Ethiopia and Uganda", "The Ethiopian delegation included other sectoral Ministers, CEOs and representatives of institutions."), p => p.Name == "CEOs");
}

/// <summary>Combined titles, leaders named by surname, and forms of address joined by "the". Sentences are our own.</summary>
public class TitleFormsTests
{
    private static List<PersonMention> People(string title, string body)
    {
        var (article, _) = FactsFrom.Extract(FactsFrom.Article(title, body));
        return new ArticleContext(article).People.ToList();
    }

    [Theory]
    [InlineData("The deal was signed by Turkish Trade Minister Ali Demir and Uzbekistan's Deputy Prime Minister, Minister of Finance Rustam Karimov.")]
    [InlineData("Turkish Trade Minister Ali Demir met Uzbek Deputy Prime Minister, Minister of Finance Rustam Karimov in Ankara.")]
    [InlineData("Turkish Trade Minister Ali Demir welcomed Uzbekistan's First Deputy Prime Minister, Minister of Finance Rustam Karimov.")]
    public void A_second_post_after_a_comma_takes_the_first_posts_country(string body) =>
        Assert.Equal("UZ", People("Turkey and Uzbekistan", body).First(p => p.Name == "Rustam Karimov").Country);

    [Fact]
    public void An_office_after_a_comma_that_follows_a_name_is_not_a_second_post() =>
        // "Ali Demir, Minister of Finance": the comma follows a name, not an office.
        Assert.NotEqual("TR", People("Turkey and Uzbekistan", "Turkish Trade Minister Ali Demir, Minister of Finance Rustam Karimov and others met.").FirstOrDefault(p => p.Name == "Rustam Karimov")?.Country);

    [Theory]
    [InlineData("Talks were held in Ankara with Turkish President Erdogan on Monday.", "Recep Tayyip Erdogan")]
    [InlineData("Prime Minister Kiran Shah met President Erdogan in Ankara.", "Recep Tayyip Erdogan")]
    [InlineData("Indonesian President Widodo opened the talks.", "Joko Widodo")]
    public void A_leader_named_by_surname_alone_is_given_in_full(string body, string full) =>
        Assert.Contains(People("Turkey, Indonesia and Nepal", body), p => p.Name == full);

    [Theory]
    // Two listed people share the surname: no full name is guessed.
    [InlineData("Philippine President Duterte opened the talks.", "Duterte")]
    // A listed name with a suffix ("Marcos Jr") is another name of that surname.
    [InlineData("Philippine President Marcos opened the talks.", "Marcos")]
    // A monarch is named by the given name, as news names him.
    [InlineData("Saudi King Salman opened the talks.", "Salman")]
    public void A_surname_two_leaders_share_or_a_monarchs_name_stays_as_written(string body, string name) =>
        Assert.Contains(People("Talks", body), p => p.Name == name);

    [Theory]
    [InlineData("The accord was signed by Minister of Foreign Affairs, Senator the Hon. Maria Campbell, in Kingston.")]
    [InlineData("The accord was signed by Foreign Minister Senator the Hon. Maria Campbell in Kingston.")]
    [InlineData("Minister of Foreign Affairs Senator the Honourable Maria Campbell said the accord was signed.")]
    public void Forms_of_address_joined_by_the_are_no_name(string body)
    {
        var people = People("Jamaica and the Dominican Republic", body);
        Assert.Contains(people, p => p.Name == "Maria Campbell");
        Assert.DoesNotContain(people, p => p.Name.StartsWith("Senator", StringComparison.Ordinal));
    }
}
