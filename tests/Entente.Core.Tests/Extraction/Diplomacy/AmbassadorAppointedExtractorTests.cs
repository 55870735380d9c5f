using Entente.Core.Cleaning;
using Entente.Core.Domain;
using Entente.Core.Extraction;
using Entente.Core.Ingest;

namespace Entente.Core.Tests.Extraction.Diplomacy;

public sealed class AmbassadorAppointedExtractorTests
{
    private static string Line(AmbassadorAppointed a) => $"{a.Country}>{a.Host} {a.Date} {a.Person?.Name} {a.Note}".TrimEnd();

    [Theory]
    [InlineData("Laos inaugurated its embassy in Mongolia in August 2002 and appointed its first resident ambassador in April 2004.", "LA>MN 2004-04  first resident ambassador")]
    [InlineData("Poland's Ambassador to Indonesia, Piotr Nowak, presented his letters of credence to the President of Indonesia in March 2023.", "PL>ID 2023-03 Piotr Nowak")]
    [InlineData("Morocco named Karim Alaoui as its ambassador to Nigeria in October 2023.", "MA>NG 2023-10 Karim Alaoui")]
    [InlineData("Vietnamese Ambassador to Mexico Tran Van Binh, who presented his credentials in July 2023, attended the talks.", "VN>MX 2023-07 Tran Van Binh")]
    [InlineData("He welcomed the new Saudi Ambassador to Seoul, Fahad Al-Harbi, who took up his duties in January 2024.", "SA>KR 2024-01 Fahad Al-Harbi")]
    // An envoy the article titled earlier, presenting credentials in a later sentence; a tenure's start.
    [InlineData("Chilean Ambassador Rosa Medina attended the fair. Medina, who presented her credentials to the Polish president in May, praised the trade.", "CL>PL 2023-05 Rosa Medina")]
    [InlineData("Lopez, who began his tenure as Chile's Ambassador to Poland in June 2023, spoke.", "CL>PL 2023-06")]
    [InlineData("Chilean Ambassador Rosa Medina met students. Medina, who began her tenure as Chile's Ambassador to Poland in June 2023, spoke.", "CL>PL 2023-06 Rosa Medina")]
    [InlineData("Argentina's new ambassador to India, Pablo Ruiz, presented his credentials on January 20, 2024.", "AR>IN 2024-01-20 Pablo Ruiz")]
    [InlineData("Turkey and Ethiopia agreed to meet. Turkey's new ambassador, Elif Yildiz, presented a copy of her credentials in February 2024.", "TR>ET 2024-02 Elif Yildiz")]
    [InlineData("The minister welcomed the new High Commissioner of India to Kenya, Ms. Asha Verma, who took up her post in May 2023.", "IN>KE 2023-05 Asha Verma")]
    [InlineData("Mozambique and Vietnam are friends. Vietnamese Ambassador Nguyen Thi Lan, who presented her credentials in February 2024, spoke.", "VN>MZ 2024-02 Nguyen Thi Lan")]
    [InlineData("Philippine Ambassador to the Czech Republic Jose Reyes presented his credentials to the Czech President in September 2022.", "PH>CZ 2022-09 Jose Reyes")]
    // A credentials ceremony with several envoys, named in the ceremony's sentence or in the list after it; the host is
    // the receiving head of state's country, else the one country the envoys are accredited to.
    [InlineData("The President of Chile, Ms. Rosa Medina, accepted credentials from the envoys of Ghana and Peru on March 4, 2024.\n\nThe envoys who presented their credentials were:\n\n1.\n\nMr. Kofi Mensah, Ambassador of the Republic of Ghana\n\n2.\n\nMs. Ana Quispe, Ambassador of Peru\n\nThe President wished them well.",
        "GH>CL 2024-03-04 Kofi Mensah; PE>CL 2024-03-04 Ana Quispe")]
    [InlineData("Ghanaian envoy to Chile Kofi Mensah and Peruvian ambassador Ana Quispe presented their credentials to President Rosa Medina on March 4.",
        "GH>CL 2024-03-04 Kofi Mensah; PE>CL 2024-03-04 Ana Quispe")]
    // ... but not without a host, nor a plan, nor a former envoy.
    [InlineData("Envoys of Ghana and Peru presented their credentials to President Rosa Medina on March 4.\n\nMr. Kofi Mensah, Ambassador of Ghana\n\nMs. Ana Quispe, Ambassador of Peru", "")]
    [InlineData("Ghanaian envoy to Chile Kofi Mensah and Peruvian ambassador Ana Quispe will present their credentials to President Rosa Medina on March 14.", "")]
    [InlineData("Former Peruvian ambassador Ana Quispe looked on as Ghanaian envoy to Chile Kofi Mensah presented his credentials to President Rosa Medina on March 4.",
        "GH>CL 2024-03-04 Kofi Mensah")]
    // "former" before the envoy's demonym is still a former envoy, whatever pair the article is about.
    [InlineData("The former Ghanaian ambassador Kofi Mensah presented his credentials to President Rosa Medina of Chile on March 4.", "")]
    [InlineData("Ex-Ghanaian ambassador Kofi Mensah presented his credentials in Chile on March 4.", "")]
    [InlineData("A former Ghanaian envoy, Kofi Mensah, presented credentials to the Chilean president on March 4.", "")]
    // Negatives: an ambassador speaking, a former ambassador, a plan, a third country, no date.
    [InlineData("Korean Ambassador to Vietnam Kim Min-su said cooperation offered fresh room for growth in 2024.", "")]
    [InlineData("Former ambassador to Chile Anan Chai was appointed in 2010, Thai officials said. Thailand and Chile trade.", "")]
    [InlineData("Nigeria will appoint a new ambassador to Morocco in 2025.", "")]
    [InlineData("Kenya and India met in Nairobi. Kenya thanked India. India appointed its ambassador to France in 2020.", "")]
    [InlineData("Brazil appointed a new ambassador to Angola.", "")]
    public void ReadsSenderHostDateAndPerson(string body, string expected) =>
        Assert.Equal(expected, DiplomacyFacts.Lines<AmbassadorAppointed>(body, Line));

    // "today", "on Wednesday", "yesterday" count from the page's date: one the page states dates the ceremony, one guessed
    // from the years the text mentions does not.
    [Theory]
    [InlineData("Chile and Peru set up ties in 1990. The President of Peru received today the credentials of the Ambassador of Chile, Pablo Ruiz.")]
    [InlineData("Chile and Peru set up ties in 1990. Chile's new ambassador to Peru, Pablo Ruiz, presented his credentials on Wednesday.")]
    [InlineData("Chile and Peru set up ties in 1990. The new Chilean Ambassador to Peru, Pablo Ruiz, yesterday presented his credentials to the President.")]
    public void A_relative_day_on_a_page_with_a_guessed_date_gives_no_appointment(string body) =>
        Assert.Empty(DiplomacyFacts.Of<AmbassadorAppointed>($"News\n\n{body}\n"));

    [Theory]
    [InlineData("Chile's new ambassador to Peru, Pablo Ruiz, presented his credentials on Wednesday.", "CL>PE 2024-03-06 Pablo Ruiz")]
    [InlineData("The new Chilean Ambassador to Peru, Pablo Ruiz, yesterday presented his credentials to the President.", "CL>PE 2024-03-09 Pablo Ruiz")]
    public void A_relative_day_on_a_dated_page_dates_the_appointment(string body, string expected) =>
        Assert.Equal(expected, DiplomacyFacts.Lines<AmbassadorAppointed>(body, Line));

    [Fact]
    public void EvidenceQuotesTheInput() =>
        DiplomacyFacts.AssertEvidenceQuotesInput<AmbassadorAppointed>("Morocco named Karim Alaoui as its ambassador to Nigeria in October 2023.");

    /// <summary>A garbled "of the of" between an office and its country is no country phrase, and no extractor fails on it.</summary>
    [Theory]
    [InlineData("The Vice Minister of Trade of the of Peru, Ana Rojas Vera, received the Chilean Ambassador to Peru, Pablo Ruiz, on 3 March 2024.")]
    [InlineData("Chile's Ambassador to Peru, Pablo Ruiz, met the Minister of Energy of the of Peru, Ana Rojas Vera, in Lima on 3 March 2024.")]
    [InlineData("The Deputy Foreign Minister of the of Republic of Peru, Ana Rojas Vera, welcomed the Ambassador of Chile to Peru, Pablo Ruiz, in March 2024.")]
    public void A_garbled_country_phrase_after_an_office_costs_no_extractor(string body)
    {
        var pipeline = new FactExtractionPipelineBuilder().UseDefaults().Build();
        var articles = new ArticlePipelineBuilder().UseDefaults().Build()
            .Process(new SourceDocument("t.txt", DiplomacyFacts.Article(body), []), new CleaningContext()).ToList();
        Assert.NotEmpty(articles);
        foreach (var article in articles) Assert.Empty(pipeline.Analyse(article).Faults);
    }
}
