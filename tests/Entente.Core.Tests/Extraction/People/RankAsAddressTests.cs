using Entente.Core.Extraction;
using Entente.Core.Extraction.People;
using Entente.Core.Tests.Extraction.Multilateral;

namespace Entente.Core.Tests.Extraction.People;

/// <summary>
/// A diplomatic rank written after a post and a comma, right before the name ("Kenya's Principal Secretary for Foreign
/// Affairs, Ambassador A"), is the person's form of address: A holds the post, of the country the post states.
/// </summary>
public class RankAsAddressTests
{
    private static List<PersonMention> People(string title, string body)
    {
        var (article, _) = FactsFrom.Extract(FactsFrom.Article(title, body));
        return new ArticleContext(article).People.ToList();
    }

    [Theory]
    [InlineData("Kenya's Principal Secretary for Foreign Affairs, Ambassador Amina Wekesa, opened the talks in Kampala.", "KE")]
    [InlineData("The talks were opened by Uganda's Permanent Secretary in the Ministry of Foreign Affairs, Ambassador Amina Wekesa.", "UG")]
    [InlineData("The Deputy Foreign Minister of Kenya, Ambassador Dr. Amina Wekesa, said the two sides agreed on a road map.", "KE")]
    [InlineData("Kenyan Permanent Secretary for Foreign Affairs, Ambassador Amina Wekesa said the meeting was a success.", "KE")]
    public void The_post_before_the_rank_is_held_by_the_named_person(string body, string country)
    {
        var people = People("Kenya and Uganda review ties", body);
        var wekesa = Assert.Single(people, p => p.Name == "Amina Wekesa");
        Assert.Equal(country, wekesa.Country);
        Assert.DoesNotContain("Ambassador", wekesa.Office);
    }

    [Theory]
    // A named holder of the first post: the ambassador is another person.
    [InlineData("Kenya's Principal Secretary for Foreign Affairs Peter Otieno, Ambassador Amina Wekesa and others attended.")]
    // The rank is a post of its own, accredited somewhere.
    [InlineData("Kenya's Principal Secretary for Foreign Affairs met the delegation, Ambassador to Uganda Amina Wekesa said.")]
    // A clause between the post and the rank.
    [InlineData("The Principal Secretary for Foreign Affairs spoke first. Then, Ambassador Amina Wekesa read a statement.")]
    public void A_rank_that_is_not_set_off_after_an_unnamed_post_stays_an_ambassador(string body)
    {
        var people = People("Kenya and Uganda review ties", body);
        var wekesa = Assert.Single(people, p => p.Name == "Amina Wekesa");
        Assert.Contains("Ambassador", wekesa.Office);
    }
}
