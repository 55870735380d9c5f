using Entente.Core.Domain;

namespace Entente.Core.Tests.Extraction.Multilateral;

public class StudentsExtractorTests
{
    private static string Facts(string title, string body) =>
        string.Join("; ", FactsFrom.Of<Students>(FactsFrom.Article(title, body)).Select(s => $"{s.Origin}>{s.Host} {s.Count} {s.AsOf}"));

    [Theory]
    [InlineData("Vietnam and Belarus deepen ties", "At present, there are 70 Vietnamese students studying in Belarus.", "VN>BY 70 2024")]
    [InlineData("Vietnam and Korea deepen ties", "Some 80,000 Vietnamese students are enrolled at Korean universities.", "VN>KR 80000 2024")]
    [InlineData("Russia and India deepen ties", "About 20,000 Indian students are studying in Russia, most of them medicine.", "IN>RU 20000 2024")]
    [InlineData("Germany and Poland deepen ties", "Some 7,500 Polish students are enrolled at German universities.", "PL>DE 7500 2024")]
    [InlineData("China and Ethiopia deepen ties", "Some 3,000 Ethiopian students are studying in China on scholarships.", "ET>CN 3000 2024")]
    [InlineData("Azerbaijan and Turkey deepen ties", "Some 20,000 Azerbaijani students are enrolled at Turkish universities.", "AZ>TR 20000 2024")]
    [InlineData("Japan and Indonesia deepen ties", "About 120,000 Indonesians live in Japan, along with roughly 6,500 Indonesian students.", "ID>JP 6500 2024")]
    [InlineData("Morocco and Senegal deepen ties", "About 3,000 Senegalese students are enrolled in Moroccan higher education.", "SN>MA 3000 2024")]
    [InlineData("France and Vietnam deepen ties", "Around 8,000 Vietnamese students are enrolled at French institutions.", "VN>FR 8000 2024")]
    [InlineData("Kazakhstan and Uzbekistan deepen ties", "Some 4,500 Uzbek students study in Kazakhstan.", "UZ>KZ 4500 2024")]
    [InlineData("Thailand and Laos deepen ties", "About 1,500 Lao students study in Thailand each year.", "LA>TH 1500 2024")]
    [InlineData("Vietnam and Laos deepen ties", "Nearly 16,000 Lao students are studying in Vietnam.", "LA>VN 16000 2024")]
    [InlineData("Morocco and Senegal deepen ties", "The kingdom welcomes 3,000 students from Senegal in its universities.", "SN>MA 3000 2024")]
    [InlineData("Japan and Vietnam deepen ties", "The Vietnamese community in Japan includes roughly 37,000 Vietnamese students.", "VN>JP 37000 2024")]
    [InlineData("Egypt and Hungary deepen ties", "In 2022, some 500 Egyptian students were studying in Hungary.", "EG>HU 500 2022")]
    [InlineData("Chile and Japan deepen ties", "Around 3,000 Chileans reside in Japan, about 400 of them as students.", "CL>JP 400 2024")]
    public void Reads_student_counts(string title, string body, string expected) => Assert.Equal(expected, Facts(title, body));

    [Theory]
    [InlineData("France and Vietnam deepen ties", "France hosts more than 400,000 international students in all.")]
    [InlineData("Thailand and Laos deepen ties", "In all, Thailand hosts more than 30,000 international students from dozens of countries.")]
    [InlineData("Egypt and Hungary deepen ties", "Hungary will offer 150 scholarships to Egyptian students every year.")]
    [InlineData("Vietnam and Belarus deepen ties", "Some 5,000 Chinese students are studying in Belarus.")]
    [InlineData("Vietnam and Belarus deepen ties", "Some 70 Vietnamese students studied in the United States.")]
    [InlineData("Vietnam and Belarus deepen ties", "Over the decades, 5,000 Vietnamese students have graduated from Belarusian universities.")]
    [InlineData("Chile and Japan deepen ties", "Around 3,000 Peruvians reside in Japan, about 400 of them as students.")]
    public void Gives_nothing_for_totals_scholarships_or_third_countries(string title, string body) => Assert.Equal("", Facts(title, body));

    [Fact]
    public void Evidence_quotes_the_input()
    {
        var text = FactsFrom.Article("Vietnam and Belarus deepen ties", "Trade grew. There are 70 Vietnamese students studying in Belarus.");
        FactsFrom.AssertEvidenceIsInputSlice(text, FactsFrom.Of<Students>(text));
    }
}
