using Entente.Core.Extraction;
using Entente.Core.Extraction.People;
using Entente.Core.Tests.Extraction.Multilateral;

namespace Entente.Core.Tests.Extraction.People;

/// <summary>
/// Portfolio words the title list does not hold ("Hydraulics", "Infrastructures", "Products", "Production"): a capitalised common
/// English word goes on with a portfolio when "and" stands before it or "and", a title word or "of &lt;country&gt;" follows it, so the
/// holder's name is read after the whole portfolio and a portfolio word is never taken for a name.
/// </summary>
public class PortfolioRunOnTests
{
    private static List<PersonMention> People(string title, string body)
    {
        var (article, _) = FactsFrom.Extract(FactsFrom.Article(title, body));
        return new ArticleContext(article).People.ToList();
    }

    [Theory]
    [InlineData("Ghanaian Minister of Roads, Hydraulics and Infrastructures Kofi Mensah met the delegation.", "Minister of Roads, Hydraulics and Infrastructures")]
    [InlineData("Ghanaian Minister of Energy Infrastructures and Natural Resources Kofi Mensah met the delegation.", "Minister of Energy Infrastructures and Natural Resources")]
    [InlineData("The Acting Minister of Mines and Petroleum Products of Ghana Kofi Mensah met the delegation.", "Acting Minister of Mines and Petroleum Products")]
    public void The_name_follows_the_whole_portfolio(string body, string office)
    {
        var mensah = Assert.Single(People("Ghana and Togo sign accords", body), p => p.Name == "Kofi Mensah");
        Assert.Equal((office, "GH"), (mensah.Office, mensah.Country));
    }

    [Theory]
    [InlineData("The talks were co-chaired by Ghana's Minister for Defence Production, and Togo's Minister of Defence, Eric Lawson.")]
    [InlineData("Ghanaian Minister of Energy Infrastructures and Natural Resources spoke first.")]
    [InlineData("The Acting Minister of Mines and Petroleum Products of Ghana arrived on Monday.")]
    public void A_portfolio_word_is_never_a_name(string body)
    {
        var people = People("Ghana and Togo sign accords", body);
        Assert.DoesNotContain(people, p => p.Name is "Production" or "Infrastructures" or "Products" or "Resources");
    }

    [Theory]
    // A given name that is an English word after a portfolio, or after "and" before one surname, stays a name.
    [InlineData("Ghanaian Minister of Health Grace Mensah spoke.", "Grace Mensah")]
    [InlineData("The delegation included Kofi Owusu, Minister of Labour and Home Affairs and Honourable Grace Ama Mensah, Assistant Minister for Presidential Affairs.", "Grace Ama Mensah")]
    [InlineData("He met Ghana's Prime Minister Frank Mensah and Minister of Trade and Grace Owusu.", "Frank Mensah")]
    public void Names_after_a_portfolio_stay_names(string body, string name)
    {
        Assert.Contains(People("Ghana and Togo sign accords", body), p => p.Name == name);
    }
}
