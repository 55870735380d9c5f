using Entente.Core.Extraction;
using Entente.Core.Extraction.People;
using Entente.Core.Tests.Extraction.Multilateral;

namespace Entente.Core.Tests.Extraction.People;

/// <summary>
/// A chair, president, governor or head of a named public body ("President of the Senate", "Chairman of the Standing Committee",
/// "Governor of the Central Bank") holds the whole title: it runs on to the body's end, so the name after it is its holder's;
/// a company's board or a chamber of commerce is no public office and names no one.
/// </summary>
public class PresidedBodyTitleTests
{
    private static List<PersonMention> People(string title, string body)
    {
        var (article, _) = FactsFrom.Extract(FactsFrom.Article(title, body));
        return new ArticleContext(article).People.ToList();
    }

    [Theory]
    [InlineData("The President of the Senate, Kofi Mensah, received the Togolese delegation on Monday.", "President of the Senate")]
    [InlineData("Chairman of the Standing Committee of the Ghanaian Parliament Kofi Mensah opened the session.", "Chairman of the Standing Committee")]
    [InlineData("On Tuesday the Governor of the Central Bank of Ghana, Kofi Mensah, briefed the visitors.", "Governor of the Central Bank")]
    public void The_name_after_a_presided_body_holds_its_title(string body, string office)
    {
        var mensah = Assert.Single(People("Ghana and Togo sign accords", body), p => p.Name == "Kofi Mensah");
        Assert.Equal(office, mensah.Office);
    }

    [Theory]
    [InlineData("The Chairman of the Board of Directors of Volta River Holdings Kofi Mensah spoke.")]
    [InlineData("The Chairman of the Ghana Chamber of Commerce, Kofi Mensah, spoke.")]
    [InlineData("The President of the Accra Chamber of Commerce and Industry, Kofi Mensah, welcomed Togo's traders.")]
    public void A_company_board_or_chamber_of_commerce_is_no_office(string body)
    {
        Assert.DoesNotContain(People("Ghana and Togo sign accords", body), p => p.Name.Contains("Mensah", StringComparison.Ordinal) && p.Office is { } office
            && (office.Contains("Board", StringComparison.Ordinal) || office.Contains("Chamber", StringComparison.Ordinal)));
    }
}
