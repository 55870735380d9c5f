using Entente.Core.Extraction;
using Entente.Core.Extraction.People;
using Entente.Core.Extraction.Sentences;
using Entente.Core.Tests.Extraction.Multilateral;

namespace Entente.Core.Tests.Extraction.People;

/// <summary>
/// Name shapes the reader once cut or missed (long Arabic names of descent, leading initials, styles of address opened by
/// "the", retired ranks, post-nominal letters with full stops) and holders named after a plural title with their countries
/// ("respectively", one country before each holder, "of both countries").
/// </summary>
public class NameShapeAndRespectiveTests
{
    private static List<PersonMention> People(string title, string body)
    {
        var (article, _) = FactsFrom.Extract(FactsFrom.Article(title, body));
        return new ArticleContext(article).People.ToList();
    }

    private static PersonMention Person(List<PersonMention> people, string name) => Assert.Single(people, p => p.Name == name);

    [Theory]
    [InlineData("Oman's Minister of Trade, Sayyid Faisal bin Salim bin Hamad Al Harthy, opened the forum in Muscat.")]
    [InlineData("Omani Minister of Trade Faisal bin Salim bin Hamad Al Harthy opened the forum in Muscat.")]
    [InlineData("Faisal bin Salim bin Hamad Al Harthy, Oman's Minister of Trade, opened the forum in Muscat.")]
    public void A_name_of_descent_keeps_its_five_names_past_its_particles(string body)
    {
        var people = People("Oman and Kenya sign trade pact", body);
        Assert.Equal("OM", Person(people, "Faisal bin Salim bin Hamad Al Harthy").Country);
    }

    [Theory]
    [InlineData("Kenya's Minister of Roads, the Honourable Peter Ouko, met the Omani delegation.", "Peter Ouko")]
    [InlineData("Kenya's Minister of Roads, the Most Hon. Peter Ouko, met the Omani delegation.", "Peter Ouko")]
    [InlineData("Kenya's Minister of Roads, the Rt. Hon. Peter Ouko, met the Omani delegation.", "Peter Ouko")]
    [InlineData("Kenya's Minister of Roads, the Rt Hon. J.K. Ouko, met the Omani delegation.", "J.K. Ouko")]
    [InlineData("Kenyan Minister of Roads R.T. Ouko met the Omani delegation.", "R.T. Ouko")]
    public void Styles_opened_by_the_and_leading_initials_are_read(string body, string name)
    {
        var people = People("Oman and Kenya sign trade pact", body);
        Assert.Equal("KE", Person(people, name).Country);
    }

    [Theory]
    [InlineData("Kenya's Chief of Defence Forces, General (Rtd.) Peter Ouko, met the Omani delegation.")]
    [InlineData("Kenya's Chief of Defence Forces General (Retd) Peter Ouko met the Omani delegation.")]
    [InlineData("Kenya's Chief of Defence Forces, Brigadier (Ret'd), Peter Ouko, met the Omani delegation.")]
    public void A_retired_rank_in_brackets_is_no_part_of_the_name(string body)
    {
        var people = People("Oman and Kenya sign trade pact", body);
        Assert.Equal("KE", Person(people, "Peter Ouko").Country);
    }

    [Theory]
    [InlineData("Hon. Peter Ouko M.P., Kenya's Minister of Roads, met the Omani delegation.")]
    [InlineData("Hon. Peter Ouko, S.C., M.P., Kenya's Minister of Roads, met the Omani delegation.")]
    [InlineData("Hon. Peter Ouko M.P, Kenya's Minister of Roads, met the Omani delegation.")]
    [InlineData("The Hon Peter Ouko MP Minister of Roads of Kenya met the Omani delegation.")]
    [InlineData("The Honourable Peter Ouko M.P. Minister of Roads of Kenya met the Omani delegation.")]
    public void Post_nominal_letters_with_full_stops_end_the_name(string body)
    {
        var people = People("Oman and Kenya sign trade pact", body);
        Assert.Equal("KE", Person(people, "Peter Ouko").Country);
    }

    [Theory]
    [InlineData("The foreign ministers of Peru and Chile, respectively Ana Rojas and Luis Vega, arrived in Lima.")]
    [InlineData("The Ministers of Foreign Affairs of Peru and Chile, Ana Rojas and Luis Vega, arrived in Lima.")]
    [InlineData("The presidents of Peru, Ana Rojas, and Chile, Luis Vega, arrived in Lima.")]
    [InlineData("The presidents of Peru, Ana Rojas; and from Chile, Luis Vega, arrived in Lima.")]
    public void Holders_after_a_plural_title_take_their_countries_in_order(string body)
    {
        var people = People("Chile and Peru deepen ties", body);
        Assert.Equal("PE", Person(people, "Ana Rojas").Country);
        Assert.Equal("CL", Person(people, "Luis Vega").Country);
    }

    [Theory]
    [InlineData("The ministers of Foreign Affairs, Ana Rojas and Luis Vega, for Peru and Chile respectively, signed the accord.")]
    [InlineData("Foreign ministers Ana Rojas and Luis Vega of Peru and Chile respectively signed the accord.")]
    [InlineData("The foreign ministers Ana Rojas and Luis Vega, respectively of Peru and Chile, signed the accord.")]
    public void Holders_before_their_countries_take_them_when_respectively_is_written(string body)
    {
        var people = People("Chile and Peru deepen ties", body);
        Assert.Equal("PE", Person(people, "Ana Rojas").Country);
        Assert.Equal("CL", Person(people, "Luis Vega").Country);
    }

    [Theory]
    [InlineData("The summit was led by the Presidents of both countries, Gabriel Boric and Ana Rojas.")]
    [InlineData("The summit was led by the presidents of the two countries, Ana Rojas and Gabriel Boric.")]
    [InlineData("The summit was led by the Presidents of both countries, respectively Gabriel Boric and Ana Rojas.")]
    public void Holders_of_both_countries_are_told_apart_by_a_known_leader(string body)
    {
        var people = People("Chile and Peru deepen ties", body);
        Assert.Equal("CL", Person(people, "Gabriel Boric").Country);
        Assert.Equal("PE", Person(people, "Ana Rojas").Country);
    }

    [Theory]
    [InlineData("The summit was led by the Presidents of both countries, Luis Vega and Ana Rojas.")]
    [InlineData("The presidents of Peru, Ana Rojas, and Peru, Luis Vega, arrived in Lima.")]
    public void Holders_whose_countries_cannot_be_told_apart_get_none(string body)
    {
        var people = People("Chile and Peru deepen ties", body);
        Assert.DoesNotContain(people, p => p.Name is "Ana Rojas" or "Luis Vega" && p.Country is not null);
    }

    [Theory]
    [InlineData("Talks in Lima were opened by the Minister of Foreign Affairs and Chileans Abroad, Luis Vega.")]
    [InlineData("Talks in Lima were opened by the Minister of Foreign Affairs, Cooperation and Chileans Abroad, Luis Vega.")]
    [InlineData("Talks in Lima were opened by Minister of Foreign Affairs, Integration and Chilean Expatriates Luis Vega.")]
    public void A_ministry_for_nationals_abroad_gives_its_country(string body)
    {
        var vega = Person(People("Chile and Peru deepen ties", body), "Luis Vega");
        Assert.Equal("CL", vega.Country);
        // The people abroad belong to the portfolio: the title runs on to them.
        Assert.Contains("Chilean", vega.Office, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Smt. Ana Rojas, Hon'ble Minister of Trade of Peru, met the Chilean side.")]
    [InlineData("Dr. Ana Rojas, Honourable Minister of Trade of Peru, met the Chilean side.")]
    [InlineData("Mrs Ana Rojas, Hon. Minister of Trade of Peru, met the Chilean side.")]
    public void A_style_before_a_title_after_the_name_is_skipped(string body)
    {
        var rojas = Person(People("Chile and Peru deepen ties", body), "Ana Rojas");
        Assert.Equal(("PE", "Minister of Trade"), (rojas.Country, rojas.Office));
    }

    [Theory]
    [InlineData("Gambian Minister of Trade Ana Rojas met her Bissau-Guinean counterpart, Luis Vega, in Banjul.")]
    [InlineData("Bissau-Guinean Minister of Trade Luis Vega arrived in Banjul.")]
    [InlineData("Luis Vega, the Bissau-Guinean Minister of Trade, arrived in Banjul.")]
    public void Bissau_Guinean_is_Guinea_Bissau(string body)
    {
        var people = People("Gambia and Guinea-Bissau sign a visa accord", body);
        Assert.Equal("GW", Person(people, "Luis Vega").Country);
    }

    [Theory]
    [InlineData("Prime Minister P.J. Vega spoke. He left.", 2)]
    [InlineData("Minister R.T.K. Ouko arrived on Monday. Talks followed.", 2)]
    [InlineData("General (Retd.) Ouko arrived on Monday. Talks followed.", 2)]
    [InlineData("They met in the U.S. The talks followed.", 1)]
    public void Initials_and_retired_ranks_do_not_end_a_sentence(string text, int expected)
    {
        // "U.S." keeps its old reading: known as an abbreviation, it never ended a sentence.
        Assert.Equal(expected, SentenceSplitter.Split(text).Count);
    }

    [Fact]
    public void Initials_alone_are_no_name()
    {
        var people = People("Chile and Peru deepen ties", "Chile's Minister of Trade U.S. and Peru's Minister of Trade Luis Vega spoke.");
        Assert.DoesNotContain(people, p => p.Name == "U.S.");
        Assert.Equal("PE", Person(people, "Luis Vega").Country);
    }
}
