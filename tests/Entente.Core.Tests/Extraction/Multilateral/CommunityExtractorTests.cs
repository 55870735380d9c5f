using Entente.Core.Domain;

namespace Entente.Core.Tests.Extraction.Multilateral;

public class CommunityExtractorTests
{
    private static string Facts(string title, string body) =>
        string.Join("; ", FactsFrom.Of<Community>(FactsFrom.Article(title, body))
            .Select(c => $"{c.Origin}>{c.Host} {c.Size.Min}-{c.Size.Max} {c.AsOf}"));

    [Theory]
    [InlineData("Vietnam and Belarus deepen ties", "Some 600 Vietnamese people are living in Belarus, officials said.", "VN>BY 600-600 2024")]
    [InlineData("Vietnam and Belarus deepen ties", "The Vietnamese community in Belarus, numbering around 500–600 people, enjoys good conditions.", "VN>BY 500-600 2024")]
    [InlineData("Vietnam and Korea deepen ties", "About 270,000 Vietnamese live in Korea and trade keeps growing.", "VN>KR 270000-270000 2024")]
    [InlineData("Mexico and Spain deepen ties", "Around 60,000 Mexicans live in Spain, officials said.", "MX>ES 60000-60000 2024")]
    [InlineData("Mexico and Spain deepen ties", "Spanish citizens registered in Mexico number about 160,000.", "ES>MX 160000-160000 2024")]
    [InlineData("France and Vietnam deepen ties", "Between 300,000 and 350,000 people of Vietnamese origin live in France.", "VN>FR 300000-350000 2024")]
    [InlineData("Germany and Poland deepen ties", "According to the 2022 census, about 2.2 million people in Germany have Polish roots.", "PL>DE 2200000-2200000 2022")]
    [InlineData("Nigeria and South Africa deepen ties", "Estimates of the Nigerian community in South Africa range from 30,000 to more than 100,000 people.", "NG>ZA 30000-100000 2024")]
    [InlineData("Pakistan and Saudi Arabia deepen ties", "The minister thanked Saudi Arabia for hosting more than 2.7 million Pakistanis.", "PK>SA 2700000-2700000 2024")]
    [InlineData("Egypt and the UAE deepen ties", "Between 700,000 and 900,000 Egyptians are estimated to live in the UAE.", "EG>AE 700000-900000 2024")]
    [InlineData("Japan and Vietnam deepen ties", "The Vietnamese community in Japan numbered about 520,000 at the end of 2022.", "VN>JP 520000-520000 2022")]
    [InlineData("Laos and Vietnam deepen ties", "Some 30,000 Vietnamese people live and work in Laos.", "VN>LA 30000-30000 2024")]
    [InlineData("Chile and Argentina deepen ties", "Census data show that some 150,000 Chileans live in Argentina.", "CL>AR 150000-150000 2024")]
    [InlineData("India and the UAE deepen ties", "The Indian community in the UAE, estimated at about 3.5 million people, is the largest.", "IN>AE 3500000-3500000 2024")]
    [InlineData("Mexico and Spain deepen ties", "Around 60,000 Mexicans live in Spain, while Spanish citizens registered in Mexico number about 160,000.", "MX>ES 60000-60000 2024; ES>MX 160000-160000 2024")]
    [InlineData("Peru and Chile deepen ties", "There are about 90,000 Peruvians in Chile, the consul said.", "PE>CL 90000-90000 2024")]
    [InlineData("Peru and Chile deepen ties", "Officials said there were 4,500 Chileans in Peru at the end of 2023.", "CL>PE 4500-4500 2023")]
    [InlineData("Peru and Chile deepen ties", "Some 12,000 Peruvians working in Chile sent money home.", "PE>CL 12000-12000 2024")]
    [InlineData("Peru and Chile deepen ties", "Chile welcomed the 40,000-strong Peruvian community at the festival.", "PE>CL 40000-40000 2024")]
    [InlineData("Peru and Chile deepen ties", "Over 50,000 strong Peruvian diaspora form a large group in Chile.", "PE>CL 50000-50000 2024")]
    [InlineData("Peru and Chile deepen ties", "About 8,000 ethnic Peruvians live in Chile.", "PE>CL 8000-8000 2024")]
    [InlineData("Peru and Chile deepen ties", "The number of Peruvians working in Chile stands at 61,200, officials said.", "PE>CL 61200-61200 2024")]
    [InlineData("Peru and Chile deepen ties", "The number of Chileans in Peru has reached about 9,000.", "CL>PE 9000-9000 2024")]
    public void Reads_diaspora_sizes(string title, string body, string expected) => Assert.Equal(expected, Facts(title, body));

    [Theory]
    [InlineData("Japan and Vietnam deepen ties", "Japan's foreign resident population as a whole reached about 3.2 million in 2023.")]
    [InlineData("Spain and Mexico deepen ties", "Spain's population has passed 48 million, the statistics office said.")]
    [InlineData("Vietnam and Korea deepen ties", "Some 80,000 Vietnamese students are enrolled at Korean universities.")]
    [InlineData("Vietnam and Belarus deepen ties", "About 2,000 Russians live in Belarus, officials said.")]
    [InlineData("Vietnam and Belarus deepen ties", "Around 600 Vietnamese companies attended the fair in Minsk.")]
    [InlineData("Peru and Chile deepen ties", "There were 25 Peruvians in the squad that toured Chile.")]
    [InlineData("Peru and Chile deepen ties", "There are 300 Peruvian firms in Chile.")]
    [InlineData("Peru and Chile deepen ties", "The number of Peruvian tourists in Chile reached 90,000 last year.")]
    [InlineData("Peru and Chile deepen ties", "A 3,000-strong Peruvian army unit crossed into Chile.")]
    [InlineData("Peru and Chile deepen ties", "Some 40 Peruvians working on the project in Bolivia were paid.")]
    [InlineData("Peru and Chile deepen ties", "There are also over 30 Peruvian medical staff currently working in Chile.")]
    [InlineData("Vietnam and Belarus deepen ties", "Belarus exported goods worth US$60 million to Vietnam, where 95 million people live.")]
    // "delivered" holds "live" but says nothing of living somewhere.
    [InlineData("Ecuador and Chile deepen ties", "As part of the accords, 108 Ecuadorian ceramic pieces that were delivered by the Chilean side were returned.")]
    [InlineData("Peru and Chile deepen ties", "Some 40 Peruvian artworks that were delivered to Chile last year went on show.")]
    public void Gives_nothing_for_totals_students_or_third_countries(string title, string body) => Assert.Equal("", Facts(title, body));

    [Fact]
    public void Evidence_quotes_the_input()
    {
        var text = FactsFrom.Article("Vietnam and Belarus deepen ties", "Officials met. Some 600 Vietnamese people are living in Belarus.");
        FactsFrom.AssertEvidenceIsInputSlice(text, FactsFrom.Of<Community>(text));
    }

    [Fact]
    public void An_undated_article_dates_a_community_by_the_fiscal_year_it_reports()
    {
        var text = "Chile and India deepen ties\n\nSantiago, Jun 3 (Staff) Trade between India and Chile reached USD 4 billion in 2021-22.\n\nThe minister met the Indian community in Chile, estimated at around 1,800.\n";
        var community = Assert.Single(FactsFrom.Of<Community>(text));
        Assert.Equal(("IN", "CL", 1800L, "2022"), (community.Origin, community.Host, community.Size.Min, community.AsOf));
    }
}
