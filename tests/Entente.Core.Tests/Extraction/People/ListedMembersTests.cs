using Entente.Core.Extraction;
using Entente.Core.Extraction.People;
using Entente.Core.Tests.Extraction.Multilateral;

namespace Entente.Core.Tests.Extraction.People;

/// <summary>The officials of a comma list after one placed on a side of the pair are of that side.</summary>
public class ListedMembersTests
{
    private static string? CountryOf(string title, string body, string name)
    {
        var (article, _) = FactsFrom.Extract(FactsFrom.Article(title, body));
        return new ArticleContext(article).People.First(p => p.Name == name).Country;
    }

    [Theory]
    // Titles before the names; the last member joined by "and".
    [InlineData("The Chilean guests were received by Peruvian President Luis Ramos, Prime Minister Ana Torres and Trade Minister Jorge Silva.", "Ana Torres")]
    [InlineData("The Chilean guests were received by Peruvian President Luis Ramos, Prime Minister Ana Torres and Trade Minister Jorge Silva.", "Jorge Silva")]
    // A title set off by commas before a name with a form of address.
    [InlineData("The Chilean minister was welcomed by Peruvian Prime Minister Luis Ramos, Deputy Prime Minister, Mr. Hugo Paredes, Finance Minister Jorge Silva and other officials.", "Hugo Paredes")]
    [InlineData("The Chilean minister was welcomed by Peruvian Prime Minister Luis Ramos, Deputy Prime Minister, Mr. Hugo Paredes, Finance Minister Jorge Silva and other officials.", "Jorge Silva")]
    // Names given again in their own script, in brackets.
    [InlineData("The Chilean envoy is to meet with Peruvian President Luis Ramos (路易斯), Vice President Rosa Quispe (羅莎) and Minister of Energy Jorge Silva (豪爾赫).", "Jorge Silva")]
    public void A_list_after_a_placed_official_is_of_that_side(string body, string name) =>
        Assert.Equal("PE", CountryOf("Chile and Peru deepen ties", body, name));

    [Fact]
    public void A_list_opened_by_a_two_side_cue_names_both_sides()
    {
        // "co-chaired by A, …, and B": the second is the other co-chair, not a member of the first one's side.
        const string body = "The forum was co-chaired by Peruvian Foreign Minister Luis Ramos, Senator, and Foreign Minister Jorge Silva.";
        Assert.NotEqual("PE", CountryOf("Chile and Peru deepen ties", body, "Jorge Silva"));
    }

    [Fact]
    public void A_verb_ends_the_list()
    {
        // "who met" starts another clause: the one met is no member of the list.
        const string body = "Peruvian President Luis Ramos, who met Trade Minister Jorge Silva, praised the Chilean investors.";
        Assert.NotEqual("PE", CountryOf("Chile and Peru deepen ties", body, "Jorge Silva"));
    }

    [Theory]
    // A national chamber whose name belongs to one country places the one who presides over it, over the dateline's side.
    [InlineData("Vietnam and Russia", "Speaker of the State Duma Ivan Petrov received the Vietnamese delegation in Moscow.", "Ivan Petrov", "RU")]
    [InlineData("Vietnam and Russia", "The delegation called on Chairman of the Federation Council Olga Ivanova on Monday.", "Olga Ivanova", "RU")]
    [InlineData("Vietnam and India", "Lok Sabha Speaker Ravi Kumar welcomed the parliamentarians.", "Ravi Kumar", "IN")]
    [InlineData("Vietnam and Israel", "Talks were also held with Knesset Speaker Dan Levy in Jerusalem.", "Dan Levy", "IL")]
    public void The_presiding_officer_of_a_national_chamber_is_of_its_country(string title, string body, string name, string country) =>
        Assert.Equal(country, CountryOf(title, body, name));
}
