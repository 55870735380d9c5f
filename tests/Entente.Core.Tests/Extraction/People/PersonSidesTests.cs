using Entente.Core.Extraction;
using Entente.Core.Extraction.People;
using Entente.Core.Tests.Extraction.Multilateral;

namespace Entente.Core.Tests.Extraction.People;

/// <summary>Which side two officials joined by "and" are on, and a counterpart whose office is unclear.</summary>
public class PersonSidesTests
{
    private static List<PersonMention> People(string title, string body)
    {
        var (article, _) = FactsFrom.Extract(FactsFrom.Article(title, body));
        return new ArticleContext(article).People.ToList();
    }

    private static string? CountryOf(List<PersonMention> people, string name) => people.First(p => p.Name == name).Country;

    [Theory]
    [InlineData("Talks were held between Chilean Foreign Minister Ana Rojas and Trade Minister Luis Vega.")]
    [InlineData("The consultations between Chile's Foreign Minister Ana Rojas and Trade Minister Luis Vega lasted two hours.")]
    [InlineData("A meeting between Chilean Foreign Minister Ana Rojas and Trade Minister Luis Vega took place in Lima.")]
    public void The_second_of_two_sides_after_between_is_the_other_side(string body)
    {
        var people = People("Chile and Peru deepen ties", body);
        Assert.Equal("CL", CountryOf(people, "Ana Rojas"));
        Assert.Equal("PE", CountryOf(people, "Luis Vega"));
    }

    [Theory]
    [InlineData("Chilean President Ana Rojas received the guest. Later, President Ana Rojas and Prime Minister Luis Vega stressed trade.")]
    [InlineData("Chilean Prime Minister Ana Rojas received the guest. Prime Minister Ana Rojas and President Luis Vega signed a statement.")]
    [InlineData("Chilean President Ana Rojas received the guest. After the talks, President Ana Rojas and King Luis Vega toured the port.")]
    public void Two_heads_joined_by_and_lead_two_sides(string body)
    {
        var people = People("Chile and Peru deepen ties", body);
        Assert.Equal("CL", CountryOf(people, "Ana Rojas"));
        Assert.Equal("PE", CountryOf(people, "Luis Vega"));
    }

    [Theory]
    [InlineData("Chilean Foreign Minister Ana Rojas will be accompanied by Trade Minister Luis Vega.")]
    [InlineData("Chilean Foreign Minister Ana Rojas and Trade Minister Luis Vega arrived in Lima.")]
    [InlineData("Chilean President Ana Rojas and Trade Minister Luis Vega arrived in Lima.")]
    public void A_minister_joined_to_a_colleague_stays_on_that_side(string body)
    {
        var people = People("Chile and Peru deepen ties", body);
        Assert.Equal("CL", CountryOf(people, "Luis Vega"));
    }

    [Theory]
    [InlineData("Chilean Foreign Minister Ana Rojas will meet Peruvian President Luis Vega, a day before talks with her counterpart Pedro Soto.")]
    [InlineData("Chilean Trade Minister Ana Rojas met Peruvian Prime Minister Luis Vega before her talks with her counterpart Pedro Soto.")]
    [InlineData("Chilean Foreign Minister Ana Rojas called on Peruvian President Luis Vega and then met his counterpart Pedro Soto.")]
    public void A_counterpart_after_officials_of_two_offices_gets_no_office(string body)
    {
        var people = People("Chile and Peru deepen ties", body);
        Assert.DoesNotContain(people, p => p.Name == "Pedro Soto" && p.Office is not null);
    }

    [Fact]
    public void A_counterpart_after_one_official_takes_that_office()
    {
        var people = People("Chile and Peru deepen ties", "Chilean Foreign Minister Ana Rojas met her Peruvian counterpart Pedro Soto.");
        var soto = people.First(p => p.Name == "Pedro Soto");
        Assert.Equal(("Foreign Minister", "PE"), (soto.Office, soto.Country));
    }
}
