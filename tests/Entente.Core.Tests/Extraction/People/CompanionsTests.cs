using Entente.Core.Extraction;
using Entente.Core.Extraction.People;
using Entente.Core.Tests.Extraction.Multilateral;

namespace Entente.Core.Tests.Extraction.People;

public class CompanionsTests
{
    private static string CountryOf(string title, string body, string name)
    {
        var (article, _) = FactsFrom.Extract(FactsFrom.Article(title, body));
        return new ArticleContext(article).People.Last(p => p.Name == name).Country ?? "";
    }

    [Theory]
    // A short form of a person named in full before; a country named after the list is the announcer's.
    [InlineData("President of Peru, Rosa Quispe Mamani, will meet her Bolivian counterpart, Tomas Vargas.\nQuispe will be accompanied by Trade Minister Lucia Flores, the Bolivian presidency said.", "Lucia Flores", "PE")]
    // An office that only one placed person of the article holds; a list set off by semicolons.
    [InlineData("Kenyan Prime Minister Otieno Kamau will visit Uganda on May 3.\nThe Prime Minister will be accompanied on his visit by Defence Minister Wanjiru Njoroge; Health Minister Peter Achieng; and Trade Minister Amos Kiprop.", "Amos Kiprop", "KE")]
    [InlineData("Kenyan Prime Minister Otieno Kamau will visit Uganda on May 3.\nThe Prime Minister will be accompanied on his visit by Defence Minister Wanjiru Njoroge; Health Minister Peter Achieng; and Trade Minister Amos Kiprop.", "Wanjiru Njoroge", "KE")]
    // The one accompanied named with his country right there.
    [InlineData("Chilean Foreign Minister Pablo Ruiz was accompanied by Deputy Minister Ana Soto in Lima, where Peruvian officials met them.", "Ana Soto", "CL")]
    // A group in lower-case words opens the list with a member verb or "notably"; the visited side's officials are named elsewhere.
    [InlineData("Emir Tamim of Qatar arrived in Muscat on Monday and held talks with Omani officials.\nTamim was accompanied by a high-level delegation comprising Energy Minister Saad Khalifa and Trade Minister Ali Mansour.", "Ali Mansour", "QA")]
    [InlineData("Emir Tamim of Qatar arrived in Muscat on Monday and held talks with Omani officials.\nTamim was accompanied by senior ministers and advisers, notably Energy Minister Saad Khalifa, Trade Minister Ali Mansour and Labour Minister Omar Faris.", "Omar Faris", "QA")]
    [InlineData("Emir Tamim of Qatar arrived in Muscat on Monday and held talks with Omani officials.\nTamim will be accompanied by a delegation including Saad Khalifa, Minister of Energy, and Ali Mansour, Minister of Trade.", "Ali Mansour", "QA")]
    public void Companions_are_of_the_country_of_the_one_they_accompany(string body, string name, string country) =>
        Assert.Equal(country, CountryOf("Talks between neighbours", body, name));

    [Fact]
    public void A_group_named_with_a_country_opens_no_companion_list()
    {
        // The group is named as the other side's officials: its members are not the Emir's companions.
        const string body = "Emir Tamim of Qatar arrived in Muscat on Monday.\nTamim was accompanied by Omani officials including Trade Minister Ali Mansour.";
        Assert.Null(CompanionCountry("Qatar and Oman", body, "Ali Mansour"));
        // The same list after a group in lower-case words is the Emir's.
        Assert.Equal("QA", CompanionCountry("Qatar and Oman", body.Replace("Omani officials", "senior officials", StringComparison.Ordinal), "Ali Mansour"));
    }

    /// <summary>The country <see cref="Companions.Of"/> gives the named person, or null when it lists them as no one's companion.</summary>
    private static string? CompanionCountry(string title, string body, string name)
    {
        var (article, _) = FactsFrom.Extract(FactsFrom.Article(title, body));
        var context = new ArticleContext(article);
        var people = context.People.ToList();
        var k = people.FindIndex(p => p.Name == name);
        Assert.True(k >= 0);
        return Companions.Of(context, people).GetValueOrDefault(k);
    }

    [Fact]
    public void A_person_after_a_verb_that_ends_the_list_is_not_a_companion()
    {
        // "met" starts another clause: Ruiz is not in the list of those accompanying Vargas.
        const string body = "Bolivian President Tomas Vargas will visit Peru.\nVargas was accompanied by Foreign Minister Ana Soto and met Peruvian Prime Minister Luis Ruiz.";
        Assert.Equal("BO", CountryOf("Bolivia and Peru", body, "Ana Soto"));
        Assert.Equal("PE", CountryOf("Bolivia and Peru", body, "Luis Ruiz"));
    }

    [Fact]
    public void An_office_held_on_both_sides_names_no_one_to_accompany()
    {
        // Two prime ministers: "The Prime Minister" could be either, so the list gives no companion.
        const string body = "Kenyan Prime Minister Otieno Kamau met Ugandan Prime Minister Ruth Nabirye.\nThe Prime Minister was accompanied by Deputy Minister Joseph Okello.";
        Assert.Null(CompanionCountry("Kenya and Uganda", body, "Joseph Okello"));
        // One prime minister only: the same sentence makes him a companion.
        const string single = "Kenyan Prime Minister Otieno Kamau met Ugandan President Ruth Nabirye.\nThe Prime Minister was accompanied by Deputy Minister Joseph Okello.";
        Assert.Equal("KE", CompanionCountry("Kenya and Uganda", single, "Joseph Okello"));
    }

    [Theory]
    [InlineData(" was accompanied by ", true)]
    [InlineData(", who was accompanied by ", true)]
    [InlineData(" arrived in Lima accompanied by ", true)]
    // A comma inside the gap ends the first one's clause; other words between "accompanied" and "by" are the list rule's.
    [InlineData(" spoke to reporters, accompanied by ", false)]
    [InlineData(" was accompanied on the trip by ", false)]
    [InlineData(" accompanied the delegation of ", false)]
    public void The_one_right_after_accompanied_by_joins_the_one_before(string gap, bool joins) =>
        Assert.Equal(joins, Companions.Joins(gap));
}
