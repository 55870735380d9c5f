using Entente.Core.Domain;

namespace Entente.Core.Tests.Extraction.Mechanisms;

/// <summary>Documents signed at the article's own event take the day of that event.</summary>
public class SigningDayTests
{
    [Theory]
    // The story's day, when the outlet states it and the signing is told as the day's news.
    [InlineData("Ghana and Togo held talks in Accra. The two foreign ministers signed an agreement on border patrols.", "2024-03-12", "2024-03-12")]
    [InlineData("Ghana and Togo held talks in Accra. An agreement on border patrols was also signed by the two ministers.", "2024-03-12", "2024-03-12")]
    [InlineData("Ghana and Togo held talks in Accra. In the presence of the two presidents, ministers witnessed the signing of an agreement on border patrols.", "2024-03-12", "2024-03-12")]
    // A recent day the lead names ("yesterday") is the news day rather than the day of publication.
    [InlineData("The Ghanaian president arrived in Lomé yesterday for talks with Togo. The two foreign ministers signed an agreement on border patrols.", "2024-03-12", "2024-03-11")]
    // Signings of another time, still to come, or denied get no day.
    [InlineData("Ghana and Togo held talks in Accra. The two ministers had signed an agreement on border patrols.", "2024-03-12", null)]
    [InlineData("Ghana and Togo held talks in Accra. The ministers urged the early signing of an agreement on border patrols.", "2024-03-12", null)]
    [InlineData("Ghana and Togo held talks in Accra. They reviewed the agreement on border patrols, which they signed during a visit.", "2024-03-12", null)]
    [InlineData("Ghana and Togo held talks in Accra. The two countries signed an agreement on border patrols years ago.", "2024-03-12", null)]
    [InlineData("Ghana and Togo held talks in Accra. The two ministers have not yet signed an agreement on border patrols.", "2024-03-12", null)]
    // Without a stated day of publication there is no news day.
    [InlineData("Ghana and Togo held talks in Accra. The two foreign ministers signed an agreement on border patrols.", null, null)]
    public void A_signing_told_as_news_takes_the_news_day(string text, string? published, string? signed)
    {
        var agreement = Assert.Single(FactsOf.Of<Agreement>(text, published));
        Assert.Equal("agreement on border patrols", agreement.Name);
        Assert.Equal(signed, agreement.Signed);
    }

    [Theory]
    [InlineData("Ghana and Togo held talks in Accra. The following documents were signed:\n\n- Agreement on border patrols;\n\n- Memorandum of understanding on fisheries.")]
    [InlineData("Ghana and Togo held talks in Accra. The ministers signed several documents. They include an Agreement on border patrols and a Memorandum of understanding on fisheries.")]
    [InlineData("Ghana and Togo held talks in Accra. The two ministers signed documents on 12 March 2024 as follows:\n\nAgreement on border patrols,\n\nMemorandum of understanding on fisheries.")]
    public void Documents_listed_after_a_signing_take_its_day(string text)
    {
        var agreements = FactsOf.Of<Agreement>(text, "2024-03-12");
        Assert.Equal(2, agreements.Count);
        Assert.All(agreements, a => Assert.Equal("2024-03-12", a.Signed));
    }

    [Theory]
    [InlineData("Ghana and Togo met. The two ministers signed an agreement on border patrols to be applied from 2027.", "2024-03-12", null)]
    [InlineData("Ghana and Togo met. The two ministers signed an agreement on border patrols in 2027.", "2024-03-12", null)]
    [InlineData("Ghana and Togo met. The two ministers signed an agreement on border patrols in 2021.", "2024-03-12", "2021")]
    public void A_signing_date_after_publication_is_another_acts(string text, string published, string? signed) =>
        Assert.Equal(signed, Assert.Single(FactsOf.Of<Agreement>(text, published), a => a.Name == "agreement on border patrols").Signed);

    [Fact]
    public void A_list_sentence_after_an_unrelated_sentence_takes_no_day()
    {
        var agreements = FactsOf.Of<Agreement>(
            "Ghana and Togo held talks in Accra. The ministers signed several documents. Trade grew fast. They include an Agreement on border patrols.", "2024-03-12");
        Assert.All(agreements, a => Assert.Null(a.Signed));
    }

    [Fact]
    public void A_signing_that_continues_the_one_before_takes_its_day()
    {
        var agreements = FactsOf.Of<Agreement>(
            "Ghana and Togo met on 10 March 2024. The ministers signed an Agreement on border patrols on 10 March 2024. The signing took place in the presence of the presidents. They include a Memorandum of understanding on fisheries.", "2024-03-14");
        Assert.All(agreements, a => Assert.Equal("2024-03-10", a.Signed));
    }
}
