using Entente.Core.Domain;

namespace Entente.Core.Tests.Extraction.Diplomacy;

public sealed class EmbassyOpenedExtractorTests
{
    private static string Line(EmbassyOpened e) => $"{e.Country}>{e.Host} {e.Date} {e.Kind}";

    [Theory]
    [InlineData("Mongolia opened its embassy in Laos in 1997, while Laos inaugurated its embassy in Mongolia in August 2002.", "LA>MN 2002-08 embassy; MN>LA 1997 embassy")]
    [InlineData("Mexico opened its embassy in Hanoi in 1976, and Vietnam opened its embassy in Mexico City in 2003.", "MX>VN 1976 embassy; VN>MX 2003 embassy")]
    [InlineData("A Mongolian consulate-general in Osaka, opened in 2021, serves the community in Japan.", "MN>JP 2021 consulate")]
    // The owner named after the mission word; a "trade house" is a trade office.
    [InlineData("The delegation toured the Consulate General of Mongolia in Nagoya, opened in 2019.", "MN>JP 2019 consulate")]
    [InlineData("Chile opened a trade house in Warsaw in 2022 to promote its wines.", "CL>PL 2022 trade office")]
    [InlineData("Thailand's embassy in Santiago, opened in 1981, will host a food festival in June. Chile and Thailand trade fruit.", "TH>CL 1981 embassy")]
    [InlineData("The two sides noted the reopening of the Czech Embassy in Manila in 2016, and the opening of the Philippine Embassy in Prague in 2010.", "CZ>PH 2016 embassy; PH>CZ 2010 embassy")]
    [InlineData("Korea and Saudi Arabia have deep ties; the Korean Consulate General in Jeddah, opened in 1975, is busy.", "KR>SA 1975 consulate")]
    [InlineData("Poland and Indonesia trade more since the Polish agency opened its trade office in Jakarta in 2019.", "PL>ID 2019 trade office")]
    [InlineData("In 2012, Kenya opened an embassy in Seoul. South Korea and Kenya trade tea.", "KE>KR 2012 embassy")]
    [InlineData("Turkey opened its embassy in Addis Ababa in 1926, its first in Africa, while Ethiopia opened its embassy in Ankara in 2006.", "ET>TR 2006 embassy; TR>ET 1926 embassy")]
    [InlineData("Vietnam set up a trade office in Almaty in 2015. Kazakhstan and Vietnam are partners.", "VN>KZ 2015 trade office")]
    [InlineData("Japan opened its embassy in Ulaanbaatar in 1973, and Mongolia's embassy in Tokyo followed two years later.", "JP>MN 1973 embassy; MN>JP 1975 embassy")]
    // A count of years that leads past any year gives the later mission no date (a fuzz fault: seed fk_CUc6tIAd2).
    [InlineData("Japan opened its embassy in Ulaanbaatar in 1973, and Mongolia's embassy in Tokyo followed 9999 years later.", "JP>MN 1973 embassy")]
    [InlineData("Japan opened its embassy in Ulaanbaatar in 1973, and Mongolia's embassy in Tokyo followed 2147483000 years later.", "JP>MN 1973 embassy")]
    // Negatives: plans, hypotheses, no date, a third country's mission.
    [InlineData("Hungary intends to open a trade office in Alexandria next year. Egypt welcomed the plan.", "")]
    [InlineData("If Japan were to open a second consulate, in Erdenet, it would please Mongolia.", "")]
    [InlineData("The Hungarian embassy in Cairo is among the oldest missions in Egypt.", "")]
    [InlineData("Vietnam and Laos are close. Vietnam opened its embassy in Canberra in 1973. Laos and Vietnam trade.", "")]
    [InlineData("Chile will open an embassy in Bangkok in 2025. Thailand welcomed it.", "")]
    public void ReadsOwnerHostDateAndKind(string body, string expected) =>
        Assert.Equal(expected, DiplomacyFacts.Lines<EmbassyOpened>(body, Line));

    [Fact]
    public void A_day_without_its_year_dates_an_opening_in_a_story_dated_to_the_day()
    {
        const string body = "The Chilean Embassy in Poland was officially inaugurated on 4 March in the presence of diplomats based in Warsaw.";
        Assert.Equal("CL>PL 2024-03-04 embassy", Line(Assert.Single(DiplomacyFacts.Of<EmbassyOpened>(DiplomacyFacts.Article(body)))));
        // Not when the publication year is only guessed from the text.
        Assert.Empty(DiplomacyFacts.Of<EmbassyOpened>($"News\n\n{body} Trade grew in 2023.\n"));
    }

    [Fact]
    public void A_permission_to_open_is_no_opening() =>
        Assert.Empty(DiplomacyFacts.Of<EmbassyOpened>(DiplomacyFacts.Article(
            "Amendments to the trade agreement from 1957 entered into force which allow opening a trade office of Chile in Poland. Chile and Poland trade.")));

    [Fact]
    public void EvidenceQuotesTheInput() =>
        DiplomacyFacts.AssertEvidenceQuotesInput<EmbassyOpened>("Mexico opened its embassy in Hanoi in 1976, and Vietnam opened its embassy in Mexico City in 2003.");
}
