using Entente.Core.Extraction;
using Entente.Core.Extraction.People;
using Entente.Core.Tests.Extraction.Multilateral;

namespace Entente.Core.Tests.Extraction.People;

/// <summary>
/// Personal names holding a word the gazetteer knows as a place ("Michael", "Victoria", "Sabah", "Hassan"): an initial after
/// such a word goes on with the name, and such a word ends a name read backwards when a name word stands right before it.
/// </summary>
public class PlaceWordInNameTests
{
    private static List<PersonMention> People(string title, string body)
    {
        var (article, _) = FactsFrom.Extract(FactsFrom.Article(title, body));
        return new ArticleContext(article).People.ToList();
    }

    [Theory]
    [InlineData("The envoy presented her letters to the Irish President, Michael D Kavanagh, in Dublin on Monday.", "Michael D Kavanagh")]
    [InlineData("The envoy presented her letters to Irish President Michael D. Kavanagh on Monday.", "Michael D. Kavanagh")]
    [InlineData("Irish Minister for Trade Victoria M. Doyle met the delegation.", "Victoria M. Doyle")]
    public void An_initial_after_a_place_word_goes_on_with_the_name(string body, string name)
    {
        var person = Assert.Single(People("Ireland and Chile expand ties", body), p => p.Name == name);
        Assert.Equal("IE", person.Country);
    }

    [Theory]
    [InlineData("The talks were led by Yusuf Ahmed Al Sabah, Minister of Foreign Affairs of Kuwait.", "Yusuf Ahmed Al Sabah")]
    [InlineData("The delegation was received by Dr. Amina Yusuf Hassan, President of Kenya.", "Amina Yusuf Hassan")]
    [InlineData("Mr. Kenji Fukuyama, Japan's Deputy Chief Cabinet Secretary, opened the forum.", "Kenji Fukuyama")]
    public void A_place_word_ends_a_name_read_backwards_after_a_name_word(string body, string name)
    {
        Assert.Contains(People("Kuwait, Kenya and Japan", body), p => p.Name == name && p.Office is not null);
    }

    [Theory]
    // A place after a preposition or a lower-case word is where something happened, not a surname.
    [InlineData("The talks were held in Sabah, Minister of Foreign Affairs Yusuf Karim said.", "Sabah")]
    [InlineData("The delegation then visited Salem, Minister of Trade Yusuf Karim said.", "Salem")]
    public void A_place_after_a_common_word_is_no_name(string body, string place)
    {
        Assert.DoesNotContain(People("Kuwait and Malaysia", body), p => p.Name.Contains(place));
    }
}
