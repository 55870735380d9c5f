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

/// <summary>Offices of other governments' systems read as offices, with the country that leads them.</summary>
public class OtherSystemsTitleTests
{
    private static List<PersonMention> People(string body)
    {
        var (article, _) = FactsFrom.Extract(FactsFrom.Article("Chile and Peru deepen ties", body));
        return new ArticleContext(article).People.ToList();
    }

    [Theory]
    [InlineData("Peru's Chief Adviser Luis Vega met the delegation.", "Chief Adviser")]
    [InlineData("Peruvian State Counsellor Luis Vega met the delegation.", "State Counsellor")]
    [InlineData("Peru's Federal Councillor Luis Vega met the delegation.", "Federal Councillor")]
    [InlineData("Peru's Principal Secretary Luis Vega met the delegation.", "Principal Secretary")]
    [InlineData("Peruvian Permanent Secretary Luis Vega met the delegation.", "Permanent Secretary")]
    [InlineData("Peru's Trade Adviser Luis Vega met the delegation.", "Trade Adviser")]
    [InlineData("Peru's Minister Delegate Luis Vega met the delegation.", "Minister Delegate")]
    [InlineData("Peruvian Cabinet Chief Luis Vega met the delegation.", "Cabinet Chief")]
    [InlineData("Peru's Director General for Asia Luis Vega met the delegation.", "Director General for Asia")]
    [InlineData("Peru's Attorney-General Luis Vega met the delegation.", "Attorney-General")]
    public void A_title_of_another_system_is_an_office(string body, string office)
    {
        var vega = Assert.Single(People(body), p => p.Name == "Luis Vega");
        Assert.Equal((office, "PE"), (vega.Office, vega.Country));
    }

    [Theory]
    [InlineData("The adviser Luis Vega met the delegation.")]
    [InlineData("Luis Vega, a chief of staff at a bank, met the delegation.")]
    public void A_title_in_lower_case_or_without_a_country_gives_no_office_holder(string body)
    {
        Assert.DoesNotContain(People(body), p => p.Name == "Luis Vega" && p.Office is not null && p.Country is not null);
    }
}

/// <summary>Forms of address that end with a full stop inside a sentence, and letters written after a name.</summary>
public class AddressAroundNameTests
{
    private static List<PersonMention> People(string body)
    {
        var (article, _) = FactsFrom.Extract(FactsFrom.Article("Chile and Peru deepen ties", body));
        return new ArticleContext(article).People.ToList();
    }

    [Theory]
    [InlineData("The talks were led on the Peruvian side by Shri. Pedro Ortiz, Secretary (East), Ministry of Foreign Affairs.")]
    [InlineData("The talks were led on the Peruvian side by Engr. Pedro Ortiz, Secretary of the Ministry of Works.")]
    [InlineData("The talks were led on the Peruvian side by Brig. Pedro Ortiz, Secretary of the Ministry of Defence.")]
    public void A_form_of_address_with_a_full_stop_does_not_end_the_sentence(string body)
    {
        Assert.Contains(People(body), p => p.Name == "Pedro Ortiz" && p.Country == "PE");
    }

    [Theory]
    [InlineData("The Hon Pedro Ortiz MP, Minister for Foreign Affairs of Peru, met the delegation.")]
    [InlineData("The delegation was led by Honourable Pedro Ortiz, SC, Minister of Justice of Peru.")]
    [InlineData("The delegation was led by Dr Pedro Ortiz (MP), Minister of Justice of Peru.")]
    [InlineData("The delegation was led by the Hon’ble Pedro Ortiz, Minister of Justice of Peru.")]
    public void Post_nominal_letters_and_honourables_stay_out_of_the_name(string body)
    {
        Assert.Contains(People(body), p => p.Name == "Pedro Ortiz" && p.Country == "PE");
    }

    [Theory]
    [InlineData("The talks were held in Bangladesh. Pedro Ortiz, Minister of Justice of Peru, spoke first.")]
    [InlineData("The visit ended in Marrakesh. Pedro Ortiz, Minister of Justice of Peru, spoke first.")]
    [InlineData("The guests ate fish. Pedro Ortiz, Minister of Justice of Peru, spoke first.")]
    public void A_sentence_still_ends_before_a_name(string body)
    {
        var (article, _) = FactsFrom.Extract(FactsFrom.Article("Chile and Peru deepen ties", body));
        Assert.Contains(new ArticleContext(article).Sentences, s => s.Text.StartsWith("Pedro Ortiz", StringComparison.Ordinal));
    }
}

/// <summary>Sides read from the pair and the title: a country of the pair over a place of the same name, ranks before an office.</summary>
public class PairAndRankSideTests
{
    private static List<PersonMention> People(string title, string body)
    {
        var (article, _) = FactsFrom.Extract(FactsFrom.Article(title, body));
        return new ArticleContext(article).People.ToList();
    }

    [Theory]
    [InlineData("Algeria and Niger deepen ties", "Niger Prime Minister Issa Moussa said the Nigerian market was large.")]
    [InlineData("Algeria-Niger talks held", "Niger's Prime Minister Issa Moussa met Nigerian traders in Algiers.")]
    [InlineData("Niger and Algeria sign pact", "The Prime Minister of Niger, Issa Moussa, thanked Nigerian partners.")]
    public void A_country_of_the_pair_is_no_place_of_another_country(string title, string body)
    {
        Assert.Contains(People(title, body), p => p.Name == "Issa Moussa" && p.Country == "NE");
    }

    [Fact]
    public void Outside_the_pair_the_place_reading_stays()
    {
        var (article, _) = FactsFrom.Extract(FactsFrom.Article("Nigeria and Ghana deepen ties", "The governor of Niger State met Ghanaian traders in Minna, Niger."));
        Assert.DoesNotContain(new ArticleContext(article).Mentions, m => m.Kind == Entente.Core.Extraction.Gazetteers.MentionKind.Country && m.Code == "NE");
    }

    [Theory]
    [InlineData("The guest was received by the President HE Dr Luis Vega of Peru.")]
    [InlineData("The guest was received by HE the President of Peru, Luis Vega.")]
    [InlineData("The guest was received by Peru's President, HE Luis Vega.")]
    public void An_unseparated_HE_before_a_mixed_case_word_is_a_form_of_address(string body)
    {
        var people = People("Chile and Peru deepen ties", body);
        Assert.Contains(people, p => p.Name == "Luis Vega" && p.Country == "PE");
        Assert.DoesNotContain(people, p => p.Name == "HE");
    }

    [Theory]
    [InlineData("Peruvian Deputy Ambassador Luis Vega met the minister.")]
    [InlineData("Peru's Acting Ambassador Luis Vega met the minister.")]
    [InlineData("Peruvian interim Ambassador Luis Vega met the minister.")]
    public void A_rank_between_a_demonym_and_an_office_keeps_the_country(string body)
    {
        Assert.Contains(People("Chile and Peru deepen ties", body), p => p.Name == "Luis Vega" && p.Country == "PE");
    }

    [Theory]
    [InlineData("Peru's Minister for Pacific Peoples, Luis Vega, met the minister.")]
    [InlineData("Peru's Minister for Pacific Peoples and Culture Luis Vega met the minister.")]
    [InlineData("Peru's Minister for Pacific People and Culture, Luis Vega, met the minister.")]
    public void Portfolio_words_are_no_name(string body)
    {
        var people = People("Chile and Peru deepen ties", body);
        Assert.Contains(people, p => p.Name == "Luis Vega" && p.Country == "PE");
        Assert.DoesNotContain(people, p => p.Name is "Peoples" or "People");
    }

    [Theory]
    [InlineData("Peru's Minister for Health and Pacific People’s Dr Luis Vega met the minister.")]
    [InlineData("Peru's Minister of Foreign Affairs and International Co-operation, Luis Vega, met the minister.")]
    [InlineData("Peru's Minister of Foreign Affairs and International Co-ordination, Luis Vega, met the minister.")]
    public void A_portfolio_word_with_an_apostrophe_or_hyphen_is_no_name(string body)
    {
        Assert.DoesNotContain(People("Chile and Peru deepen ties", body), p => p.Name.StartsWith("People", StringComparison.Ordinal) || p.Name.StartsWith("Co-", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The delegation to Peru includes Minister of Trade Ana Rojas and Minister of Health Luis Vega.")]
    [InlineData("The Chilean delegation includes Minister of Trade Ana Rojas and Minister of Health Luis Vega.")]
    [InlineData("The delegation of Chile included Minister of Trade Ana Rojas and Minister of Health Luis Vega.")]
    public void A_delegation_sent_to_one_side_is_the_other_side(string body)
    {
        var people = People("Chile and Peru deepen ties", body);
        Assert.Contains(people, p => p.Name == "Ana Rojas" && p.Country == "CL");
        Assert.Contains(people, p => p.Name == "Luis Vega" && p.Country == "CL");
    }
}
