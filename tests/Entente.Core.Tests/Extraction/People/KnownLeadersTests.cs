using Entente.Core.Extraction;
using Entente.Core.Extraction.People;
using Entente.Core.Tests.Extraction.Multilateral;

namespace Entente.Core.Tests.Extraction.People;

/// <summary>Leaders whose country is public knowledge keep it whatever the sentence around them names.</summary>
public class KnownLeadersTests
{
    private static List<PersonMention> People(string title, string body)
    {
        var (article, _) = FactsFrom.Extract(FactsFrom.Article(title, body));
        return new ArticleContext(article).People.ToList();
    }

    [Theory]
    [InlineData("Chile and Peru deepen ties", "The minister thanked President Joko Widodo for his support.", "Joko Widodo", "ID")]
    [InlineData("Chile and Peru deepen ties", "Talks in Lima touched on a speech by Prime Minister Lee Hsien Loong.", "Lee Hsien Loong", "SG")]
    [InlineData("Chile and Peru deepen ties", "Peruvian delegates recalled a message from President Ferdinand 'Bongbong' Marcos Jr. to the forum.", "Marcos", "PH")]
    [InlineData("Saudi Arabia and the United States review ties", "Saudi Arabia's envoy met President George W. Bush in Texas.", "George W. Bush", "US")]
    public void A_known_leader_keeps_his_country(string title, string body, string name, string country)
    {
        var people = People(title, body);
        Assert.Equal(country, people.First(p => p.Name.Contains(name, StringComparison.Ordinal)).Country);
    }

    [Theory]
    [InlineData("Gambia and Guinea-Bissau sign a visa accord", "The Bissau-Guinean envoy called on President Adama Barrow at the State House.", "Adama Barrow", "GM")]
    [InlineData("North Macedonia and Moldova hold talks", "In Chisinau the Macedonian president will meet Prime Minister Pavel Filip.", "Pavel Filip", "MD")]
    [InlineData("Belgium and the Netherlands review ties", "Belgian ministers welcomed King Willem-Alexander in Brussels.", "Willem-Alexander", "NL")]
    [InlineData("Malta and Luxembourg hold talks", "The Luxembourg delegation was received by Foreign Affairs Minister Ian Borg.", "Ian Borg", "MT")]
    public void Leaders_of_smaller_states_are_known_too(string title, string body, string name, string country)
    {
        var people = People(title, body);
        Assert.Equal(country, Assert.Single(people, p => p.Name == name).Country);
    }

    [Fact]
    public void Names_are_matched_whole_words_in_order()
    {
        Assert.Equal("ID", KnownLeaders.CountryOf("Joko Widodo"));
        Assert.Equal("SG", KnownLeaders.CountryOf("Lee Hsien Loong"));
        Assert.Equal("TZ", KnownLeaders.CountryOf("Samia Suluhu Hassan"));
        Assert.Equal("MA", KnownLeaders.CountryOf("Nasser Bourita"));
    }

    [Theory]
    [InlineData("Widodo")]                // one word: never looked up
    [InlineData("Wong")]
    [InlineData("Widodo Joko")]           // words out of order
    [InlineData("Joko Santoso")]          // another person sharing a first name
    [InlineData("Joko Adi Budi Santoso Widodo")] // too many other words between
    public void Near_misses_give_no_country(string name) => Assert.Null(KnownLeaders.CountryOf(name));
}
