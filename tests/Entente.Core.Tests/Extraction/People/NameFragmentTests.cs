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

    // Near misses: a one-word name stays a name, also a short one the article writes as a common word, and one never
    // written in lower case.
    [Theory]
    [InlineData("Korea and Peru", "President Park met Peruvian President Ana Flores; an industrial park was opened.", "Park")]
    [InlineData("Chile and Peru", "Peruvian Foreign Minister Hope Ramos met her Chilean counterpart. Minister Ramos said so.", "Hope Ramos")]
    [InlineData("Chile and Peru", "Chilean President Gabriel Torres and Peruvian President Marco Bravo met in Lima.", "Marco Bravo")]
    public void A_real_name_stays(string title, string body, string name) =>
        Assert.Contains(name, Names(title, body));
}
