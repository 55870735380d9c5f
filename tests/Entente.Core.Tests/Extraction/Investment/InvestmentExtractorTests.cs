using System.Globalization;
using Entente.Core.Domain;

namespace Entente.Core.Tests.Extraction.Investment;

public class InvestmentExtractorTests
{
    private static string Investments(string title, string body) =>
        string.Join("; ", ExtractedFacts.Of<Domain.Investment>(ExtractedFacts.Article(title, body)).Select(Describe));

    private static string Describe(Domain.Investment f)
    {
        var parts = new List<string> { $"{f.From}>{f.To}" };
        if (f.Projects is { } p) parts.Add($"projects {p}");
        if (f.Capital is { } c) parts.Add($"{c.Amount.ToString(CultureInfo.InvariantCulture)} {c.Currency}");
        if (f.Investor is { } i) parts.Add($"by {i}");
        if (f.Sector is { } s) parts.Add($"in {s}");
        if (f.Qualifier is { } q) parts.Add($"({q})");
        return string.Join(" ", parts);
    }

    [Theory]
    [InlineData("Belarus and Vietnam", "Belarus now has four projects in Vietnam with a total registered capital of US$41.5 million.",
        "BY>VN projects 4 41500000 USD")]
    [InlineData("Belarus and Vietnam", "Vietnam has two investment projects in Belarus, run by Dai Phat in the food processing sector, worth US$2.3 million.",
        "VN>BY projects 2 2300000 USD by Dai Phat in food processing")]
    [InlineData("Kenya and India", "Indian firms have invested more than $4 billion in Kenya.",
        "IN>KE 4000000000 USD (more than)")]
    [InlineData("Kenya and India", "Kenya is India's fastest-growing source of investment in Africa, with 35 projects.",
        "KE>IN projects 35")]
    [InlineData("Thailand and Cambodia", "Thailand is the fifth-largest foreign investor in Cambodia, with 412 projects worth US$3.1 billion.",
        "TH>KH projects 412 3100000000 USD")]
    [InlineData("Poland and Indonesia", "Polish investment reached US$90 million last year.",
        "PL>ID 90000000 USD")]
    [InlineData("Mexico and Spain", "Mexico's direct investment stock in Spain is estimated at 9 billion euros.",
        "MX>ES 9000000000 EUR")]
    [InlineData("Korea and Uzbekistan", "Energy group Doosan has invested about 700 million dollars in Uzbekistan's power sector.",
        "KR>UZ 700000000 USD by Doosan in power (about)")]
    [InlineData("Brazil and Angola", "Odebrecht, the Brazilian builder, has invested some 2 billion dollars in Angola.",
        "BR>AO 2000000000 USD by Odebrecht (some)")]
    // Two directions in one sentence stay apart.
    [InlineData("Kazakhstan and Uzbekistan", "Some 600 enterprises with Uzbek capital operate in Kazakhstan, and around 800 companies with Kazakh capital work in Uzbekistan.",
        "UZ>KZ projects 600 (some); KZ>UZ projects 800 (around)")]
    [InlineData("Türkiye and Azerbaijan", "Azerbaijan has invested $7 billion in the Turkish economy, including $2 billion spent by SOCAR on a refinery.",
        "AZ>TR 7000000000 USD; AZ>TR 2000000000 USD by SOCAR")]
    // The investors' demonym, not an earlier country owning an office, is the source.
    [InlineData("Kenya and India", "Kenya's Minister of Trade said Indian investors had put 2 billion dollars into 300 projects in the country.",
        "IN>KE projects 300 2000000000 USD")]
    // The trade figure of the same sentence is left out, the investment one kept.
    [InlineData("Qatar and Italy", "Trade reached $3 billion, while Qatari investments in Italy stood at $5 billion.",
        "QA>IT 5000000000 USD")]
    public void Reads_investments(string title, string body, string expected) =>
        Assert.Equal(expected, Investments(title, body));

    [Theory]
    // Third countries, one country's total, plans, no figure, trade figures.
    [InlineData("Japan and Indonesia", "Singapore remained the largest foreign investor last year with US$15.4 billion.")]
    [InlineData("Japan and Indonesia", "Indonesia's total realised investment hit a record US$90 billion.")]
    [InlineData("Saudi Arabia and Pakistan", "The Saudi side reaffirmed its intention to invest US$5 billion in Pakistan.")]
    [InlineData("China and Ethiopia", "China's investment across the continent has grown rapidly over two decades.")]
    [InlineData("Vietnam and Laos", "Two-way trade between Vietnam and Laos reached US$2 billion in 2024.")]
    [InlineData("Vietnam and Laos", "Vietnamese investment in Laos could double to US$10 billion by 2030.")]
    [InlineData("Japan and Vietnam", "Foreign direct investment in Vietnam reached US$20 billion, led by Singapore and Japan.")]
    [InlineData("Vietnam and Belarus", "In the capital Hanoi, Vietnamese and Belarusian firms signed deals worth $5 million.")]
    [InlineData("Vietnam and Belarus", "The two sides discussed Belarusian investment of US$100 million in Vietnam.")]
    // A jointly owned company's capital belongs to both sides.
    [InlineData("Kazakhstan and Uzbekistan", "Officials in Astana said the Kazakh-Uzbek joint industrial company, with charter capital of $300 million, began work.")]
    // A figure nearer a trade word than an investment word is trade, though the clause speaks of both.
    [InlineData("Chile and Peru", "Ties grew in mutual investments, and the two-way trade volume, $700 million in 2010, reached $4 billion by 2022.")]
    [InlineData("Qatar and Italy", "Both praised trade and investment ties, noting that Qatar buys more than $3 billion in Italian exports each year.")]
    // Money given as a grant, loan or fund is no investment.
    [InlineData("Hungary and Serbia", "Hungary has set aside a HUF 10 bln grant to support Hungarian investments in Serbia.")]
    [InlineData("Chile and Peru", "Chile offered a $50 million loan for Chilean investments in Peru.")]
    [InlineData("Qatar and Italy", "Qatar created a $2 billion fund for Qatari investments in Italy.")]
    public void Gives_no_investment(string title, string body) =>
        Assert.Equal("", Investments(title, body));

    [Fact]
    public void Evidence_quotes_the_input()
    {
        var text = ExtractedFacts.Article("Belarus and Vietnam", "Ties are old.  Belarus has three projects in Vietnam worth US$32 million.");
        var fact = Assert.Single(ExtractedFacts.Of<Domain.Investment>(text));
        Assert.Equal(text[fact.Evidence!.Start..fact.Evidence.End], fact.Evidence.Quote);
        Assert.StartsWith("Belarus has three projects", fact.Evidence.Quote);
    }

    // Firms of one side present in the other count as its investment projects.
    [Theory]
    [InlineData("Laos and Mongolia", "Currently, about 120 Mongolian companies operate in Laos.", "MN>LA projects 120 (about)")]
    [InlineData("Laos and Mongolia", "Trade is growing, with over 300 Lao firms now operating in Mongolia.", "LA>MN projects 300 (over)")]
    [InlineData("Laos and Mongolia", "Around 45 Mongolian enterprises are represented in Laos.", "MN>LA projects 45 (around)")]
    [InlineData("Laos and Mongolia", "Laos is home to more than 60 Mongolian companies.", "MN>LA projects 60 (more than)")]
    [InlineData("Laos and Mongolia", "Some 70 enterprises with the participation of Mongolian capital operate in Laos.", "MN>LA projects 70 (some)")]
    public void Counts_firms_operating_in_the_other_country(string title, string body, string expected) =>
        Assert.Equal(expected, Investments(title, body));

    [Theory]
    // Firms at an event, firms with no host named, or firms of a third country are no investment.
    [InlineData("Laos and Mongolia", "About 120 Mongolian companies attended the fair in Laos.")]
    [InlineData("Laos and Mongolia", "About 120 Mongolian companies operate abroad.")]
    [InlineData("Laos and Mongolia", "About 120 Chinese companies operate in Laos.")]
    [InlineData("Laos and Mongolia", "About 120 Mongolian companies could operate in Laos by 2030.")]
    public void Firms_elsewhere_or_at_events_are_no_investment(string title, string body) =>
        Assert.Equal("", Investments(title, body));
}
