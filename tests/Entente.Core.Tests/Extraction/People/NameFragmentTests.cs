using Entente.Core.Extraction;
using Entente.Core.Tests.Extraction.Multilateral;

namespace Entente.Core.Tests.Extraction.People;

/// <summary>Forms of address, suffixes, compass points and common words a title runs into are never a person's whole name.</summary>
public class NameFragmentTests
{
    private static string[] Names(string title, string body)
    {
        var (article, _) = FactsFrom.Extract(FactsFrom.Article(title, body));
        return [.. new ArticleContext(article).People.Select(p => p.Name)];
    }

    [Theory]
    [InlineData("Chile and Peru", "The envoy was welcomed by the President HE Dr Lucia Quispe on Friday.", "HE")]
    [InlineData("Chile and Peru", "The minister called on the Deputy Secretary Ambassador Md. Karim spoke later.", "Md")]
    [InlineData("Chile and Peru", "Talks were held with the Honourable Robert K. Miles, Jr., President of the Senate of Peru.", "Jr.")]
    [InlineData("Chile and India", "The Secretary, South, and the envoy discussed farming and trade.", "South")]
    [InlineData("Chile and Peru", "Chilean Minister of Culture and the Arts Heritage Pablo Ruiz came. Heritage matters; the heritage fund grew.", "Heritage")]
    public void A_fragment_is_no_person(string title, string body, string fragment) =>
        Assert.DoesNotContain(fragment, Names(title, body));

    // An English word capitalised as part of a place's, post's or body's name, never written after a given name.
    [Theory]
    [InlineData("Chile and Peru", "Guests greeted the President of Peru at the Regional Terminal of Arica on Friday.", "Terminal")]
    [InlineData("Chile and Peru", "Lucia Quispe, Minister Delegated to the Prime Minister of Peru, received the Chilean envoy in Lima.", "Delegated")]
    [InlineData("Chile and Peru", "As part of its Chairmanship, the Foreign Minister of Peru, Mr Luis Vega, is visiting Chile this week.", "Chairmanship")]
    public void A_capitalised_word_of_another_name_is_no_person(string title, string body, string fragment) =>
        Assert.DoesNotContain(fragment, Names(title, body));

    // Near misses: a surname that is also an English word stays when the article writes it after a given name or an initial.
    [Theory]
    [InlineData("Chile and Peru", "Peru's foreign minister met on Tuesday with Daniel Banks, the Republic of Chile (RCh) Ambassador to Peru. Chilean Ambassador Banks thanked the host.", "Banks")]
    [InlineData("Chile and Peru", "Peru's foreign minister met on Tuesday with D. Fields, the Republic of Chile (RCh) Ambassador to Peru. Chilean Ambassador Fields thanked the host.", "Fields")]
    [InlineData("Chile and Peru", "Chilean Ambassador Tomas Waters met the minister. Ambassador Waters later left Lima.", "Waters")]
    public void A_surname_that_is_a_word_stays_after_a_given_name(string title, string body, string name) =>
        Assert.Contains(Names(title, body), n => n.EndsWith(name, StringComparison.Ordinal));

    // Near misses: a one-word name stays a name, also a short one the article writes as a common word, and one never
    // written in lower case.
    [Theory]
    [InlineData("Korea and Peru", "President Park met Peruvian President Ana Flores; an industrial park was opened.", "Park")]
    [InlineData("Chile and Peru", "Peruvian Foreign Minister Hope Ramos met her Chilean counterpart. Minister Ramos said so.", "Hope Ramos")]
    [InlineData("Chile and Peru", "Chilean President Gabriel Torres and Peruvian President Marco Bravo met in Lima.", "Marco Bravo")]
    public void A_real_name_stays(string title, string body, string name) =>
        Assert.Contains(name, Names(title, body));
}
