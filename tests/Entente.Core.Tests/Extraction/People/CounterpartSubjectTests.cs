using Entente.Core.Extraction;
using Entente.Core.Extraction.People;
using Entente.Core.Tests.Extraction.Multilateral;

namespace Entente.Core.Tests.Extraction.People;

/// <summary>
/// "His Tajik counterpart A" when whose counterpart is an office named without a name ("The Iranian President said …"), an
/// official named only after the phrase ("In talks with his counterpart A, President B …"), or the country follows the word
/// ("his counterpart from Tanzania, A").
/// </summary>
public class CounterpartSubjectTests
{
    private static List<PersonMention> People(string title, string body)
    {
        var (article, _) = FactsFrom.Extract(FactsFrom.Article(title, body));
        return new ArticleContext(article).People.ToList();
    }

    [Theory]
    [InlineData("The Iranian President told reporters after talks with his Tajik counterpart Davron Saidov that trade would grow.", "President")]
    [InlineData("Iran's Foreign Minister and his Tajik counterpart Davron Saidov signed a plan on Monday.", "Foreign Minister")]
    [InlineData("During the visit, the Prime Minister of Iran also met with his Tajik counterpart, Davron Saidov.", "Prime Minister")]
    public void An_unnamed_office_before_the_phrase_gives_its_office(string body, string office)
    {
        var saidov = Assert.Single(People("Iran and Tajikistan sign accords", body), p => p.Name == "Davron Saidov");
        Assert.Equal(("TJ", office), (saidov.Country, saidov.Office));
    }

    [Theory]
    [InlineData("In a meeting with his Tajik counterpart, Davron Saidov, Iranian President Reza Tavakoli signed three accords.")]
    [InlineData("At talks with his Tajik counterpart Davron Saidov in Tehran, Iranian President Reza Tavakoli called for more trade.")]
    [InlineData("After meeting his Tajik counterpart, Davron Saidov, Iranian President Reza Tavakoli spoke to the press.")]
    public void The_one_official_named_after_the_phrase_is_whose_counterpart(string body)
    {
        var saidov = Assert.Single(People("Iran and Tajikistan sign accords", body), p => p.Name == "Davron Saidov");
        Assert.Equal(("TJ", "President"), (saidov.Country, saidov.Office));
    }

    [Theory]
    [InlineData("Iranian President Reza Tavakoli and his counterpart from Tajikistan, Davron Saidov, signed three accords.")]
    [InlineData("Iranian President Reza Tavakoli met his counterpart from Tajikistan Davron Saidov in Tehran.")]
    [InlineData("Iranian President Reza Tavakoli welcomed his counterpart of Tajikistan, Davron Saidov, at the airport.")]
    public void A_country_after_the_word_is_the_counterpart_s(string body)
    {
        var saidov = Assert.Single(People("Iran and Tajikistan sign accords", body), p => p.Name == "Davron Saidov");
        Assert.Equal(("TJ", "President"), (saidov.Country, saidov.Office));
    }

    [Theory]
    // Two officials after the phrase: whose counterpart is unclear.
    [InlineData("In a meeting with his Tajik counterpart, Davron Saidov, Iranian President Reza Tavakoli and Foreign Minister Ali Rezaei spoke.")]
    // A named person before the phrase whose office is not given: no office to copy.
    [InlineData("Reza Tavakoli told reporters after talks with his Tajik counterpart Davron Saidov that trade would grow.")]
    public void No_office_is_copied_when_whose_counterpart_is_unclear(string body)
    {
        var people = People("Iran and Tajikistan sign accords", body);
        Assert.DoesNotContain(people, p => p.Name == "Davron Saidov" && p.Office is not null);
    }

    // "his Tajik colleague A", "her Tajik partner A", "their colleague from Tajikistan, A": a counterpart by another word, with a
    // possessive and a stated country.
    [Theory]
    [InlineData("Iranian Foreign Minister Reza Amini held talks in Tehran with his Tajik colleague Davron Saidov.")]
    [InlineData("Iranian Foreign Minister Reza Amini said she was glad to welcome her Tajik partner Davron Saidov to Tehran.")]
    [InlineData("Iranian Foreign Minister Reza Amini met their colleague from Tajikistan, Davron Saidov, in Tehran.")]
    public void A_colleague_or_partner_of_a_stated_country_is_a_counterpart(string body)
    {
        var saidov = Assert.Single(People("Iran and Tajikistan sign accords", body), p => p.Name == "Davron Saidov");
        Assert.Equal(("TJ", "Foreign Minister"), (saidov.Country, saidov.Office));
    }

    // Near misses: with no possessive or no country, "partner" and "colleague" name no counterpart.
    [Theory]
    [InlineData("Iranian Foreign Minister Reza Amini said Tajik trading partner Davron Saidov would invest.")]
    [InlineData("Iranian Foreign Minister Reza Amini met his colleague Davron Saidov in Tehran.")]
    [InlineData("Iranian Foreign Minister Reza Amini praised a Tajik colleague, Davron Saidov, in Tehran.")]
    public void A_colleague_or_partner_without_a_possessive_and_a_country_is_no_counterpart(string body) =>
        Assert.DoesNotContain(People("Iran and Tajikistan sign accords", body), p => p.Name == "Davron Saidov" && p.Office is not null);
}
