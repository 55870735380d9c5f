using Entente.Core.Cleaning;
using Entente.Core.Domain;
using Entente.Core.Extraction;
using Entente.Core.Ingest;

namespace Entente.Core.Tests.Extraction.Multilateral;

public class OfficeHolderExtractorTests
{
    private static string Facts(string title, string body) =>
        string.Join("; ", FactsFrom.Of<OfficeHolder>(FactsFrom.Article(title, body)).Select(o => $"{o.Person} | {o.Office} | {o.Country} | {o.AsOf}"));

    [Theory]
    [InlineData("Vietnam and Belarus deepen ties", "Belarusian Deputy Prime Minister Igor Petrenko's visit to Vietnam in September 2019 launched a joint venture.",
        "Igor Petrenko | Deputy Prime Minister | BY | 2019-09")]
    [InlineData("Vietnam and Korea deepen ties", "Korean Ambassador to Vietnam Park Min-jae said cooperation would grow.",
        "Park Min-jae | Ambassador to Vietnam | KR | 2024")]
    [InlineData("Russia and India deepen ties", "Russian President Ivan Sokolov said after talks with Indian Prime Minister Arjun Mehta that trade would grow.",
        "Ivan Sokolov | President | RU | 2024; Arjun Mehta | Prime Minister | IN | 2024")]
    [InlineData("Morocco and Senegal deepen ties", "The ceremony was chaired by the Mayor of Rabat, Salma Idrissi, and the Mayor of Dakar, Moussa Diop.",
        "Salma Idrissi | Mayor of Rabat | MA | 2024; Moussa Diop | Mayor of Dakar | SN | 2024")]
    [InlineData("South Africa and Nigeria deepen ties", "South Africa's Minister of Trade, Industry and Competition, Sipho Dlamini, spoke first.",
        "Sipho Dlamini | Minister of Trade, Industry and Competition | ZA | 2024")]
    [InlineData("UAE and India deepen ties", "Sheikh Khalid bin Saeed Al Mansoori, Minister of Foreign Affairs, and Rohan Kapoor, Minister of External Affairs of the Republic of India, met.",
        "Khalid bin Saeed Al Mansoori | Minister of Foreign Affairs | AE | 2024; Rohan Kapoor | Minister of External Affairs | IN | 2024")]
    [InlineData("Vietnam and Laos deepen ties", "Prime Minister Tran Van Long and his Lao counterpart Somsack Vilay co-chaired the meeting.",
        "Tran Van Long | Prime Minister | VN | 2024; Somsack Vilay | Prime Minister | LA | 2024")]
    [InlineData("Thailand and Laos deepen ties", "Lao Deputy Prime Minister and Minister of Foreign Affairs Khampheng Sisouk said trade was rising.",
        "Khampheng Sisouk | Deputy Prime Minister and Minister of Foreign Affairs | LA | 2024")]
    [InlineData("Poland and Indonesia deepen ties", "Poland's Ambassador to Indonesia, Jan Nowak, presented his letters of credence.",
        "Jan Nowak | Ambassador to Indonesia | PL | 2024")]
    [InlineData("Morocco and Nigeria deepen ties", "Morocco named Karim Alaoui as its ambassador to Nigeria in October 2023.",
        "Karim Alaoui | ambassador to Nigeria | MA | 2024")]
    [InlineData("Mozambique and Vietnam deepen ties", "The visit to Hanoi by then Mozambican Prime Minister Paulo Mabunda in April 2016 gave new momentum.",
        "Paulo Mabunda | Prime Minister | MZ | 2016-04")]
    [InlineData("Philippines and Czech Republic deepen ties", "Foreign Affairs Undersecretary for Bilateral Relations Ana Reyes led the Philippine delegation, while the Czech side was headed by Deputy Minister of Foreign Affairs Petr Dvorak.",
        "Ana Reyes | Foreign Affairs Undersecretary for Bilateral Relations | PH | 2024; Petr Dvorak | Deputy Minister of Foreign Affairs | CZ | 2024")]
    [InlineData("Argentina and Chile deepen ties", "Foreign Minister Lucia Gomez of Argentina spoke at the forum.",
        "Lucia Gomez | Foreign Minister | AR | 2024")]
    [InlineData("Vietnam and Belarus deepen ties", "Deputy Minister of Foreign Affairs Le Thi Mai said the visit would help. Mai also met businesses.",
        "Le Thi Mai | Deputy Minister of Foreign Affairs | VN | 2024")]
    [InlineData("Saudi Arabia and Korea deepen ties", "Minister of Investment Faisal Al-Harbi and Korean Minister of Trade Kim Do-yun co-chaired the meeting.",
        "Kim Do-yun | Minister of Trade | KR | 2024; Faisal Al-Harbi | Minister of Investment | SA | 2024")]
    public void Reads_office_holders(string title, string body, string expected) =>
        Assert.Equal(Sorted(expected), Sorted(Facts(title, body)));

    [Theory]
    [InlineData("Mexico and Spain deepen ties", "Former Mexican president Jorge Salinas, who also spoke, said the ties were strong.")]
    [InlineData("Indonesia and Poland deepen ties", "The ambassador presented his letters of credence to the President of Indonesia.")]
    [InlineData("Japan and Mongolia deepen ties", "By Oyun Bat, senior fellow at the Institute for Regional Studies.")]
    public void Gives_nothing_for_former_or_unnamed_offices(string title, string body) => Assert.Equal("", Facts(title, body));

    // An office held "then", at a time the sentence does not date after the person, is not held as of publication: nothing.
    [Theory]
    [InlineData("Chile and Peru deepen ties", "Ties were cut in 2019, when the cabinet of then-President Jorge Salinas of Chile expelled the envoy.", "")]
    [InlineData("Chile and Peru deepen ties", "The rift dates from the term of then Chilean President Jorge Salinas.", "")]
    [InlineData("Chile and Peru deepen ties", "Back then, Then-Foreign Minister Ana Rojas of Peru had refused the plan.", "")]
    // Near miss: a "then" office dated by the visit the sentence ties to the person.
    [InlineData("Chile and Peru deepen ties", "The visit to Lima by then Chilean President Jorge Salinas in May 2015 opened talks.", "Jorge Salinas | President | CL | 2015-05")]
    public void A_then_office_without_its_own_date_gives_nothing(string title, string body, string expected) => Assert.Equal(expected, Facts(title, body));

    // A dead leader honoured (an anniversary of birth, a floral tribute, a mausoleum) holds no office as of publication.
    [Theory]
    [InlineData("Laos and Cuba deepen ties", "The Cuban delegation marked the 120th birth anniversary of Lao President Sanan Vongsa in Havana.", "")]
    [InlineData("Laos and Cuba deepen ties", "The guests laid a floral tribute to Lao President Sanan Vongsa before the talks.", "")]
    [InlineData("Laos and Cuba deepen ties", "The Cuban minister laid a wreath at Lao President Sanan Vongsa's mausoleum in Vientiane.", "")]
    [InlineData("Laos and Cuba deepen ties", "Wreaths were laid in memory of the Cuban President Rafael Ortiz by the Lao guests.", "")]
    // Near miss: a sitting leader at an anniversary of ties is still in office.
    [InlineData("Laos and Cuba deepen ties", "On the 60th anniversary of ties, Lao President Sanan Vongsa received the Cuban envoy.", "Sanan Vongsa | President | LA | 2024")]
    public void A_leader_commemorated_gives_nothing(string title, string body, string expected) => Assert.Equal(expected, Facts(title, body));

    // A story pasted twice, its first copy cut off inside an office ("… Trade, Industry and Ener") and its title cut at the
    // front so the copies are not merged: the name reader runs that office on into the next paragraph's dateline, a mention
    // ending past its sentence. Its look-around must not fail the extractor: the holder named in full is still given.
    [Theory]
    [InlineData("hile and Peru deepen ties", "Minister of Mining Ana Rojas and Peruvian Minister of Trade, Industry and Ener",
        "Minister of Mining Ana Rojas and Peruvian Minister of Trade, Industry and Energy Luis Vega on Tuesday opened the forum.")]
    [InlineData("eru and Chile sign accords", "Peruvian Minister of Trade, Industry and Ener",
        "Peruvian Minister of Trade, Industry and Energy Luis Vega and his Chilean host signed three accords.")]
    [InlineData("ima hosts Chilean delegation", "Chilean envoys met Peruvian Minister of Trade, Industry and Ener",
        "Chilean envoys met Peruvian Minister of Trade, Industry and Energy Luis Vega at the ministry on Monday.")]
    public void A_mention_running_past_its_sentence_fails_nothing(string cutTitle, string cutLead, string lead)
    {
        var text = $"\n\n{cutTitle}\n\nLIMA, Sept. 9 (Staff) -- {cutLead}\n\n{cutTitle}\n\nLIMA, Sept. 9 (Staff) -- {lead}\n";
        var article = new ArticlePipelineBuilder().UseDefaults().Build().Process(new SourceDocument("t.txt", text, []), new CleaningContext()).First();
        var analysed = new FactExtractionPipelineBuilder().UseDefaults().Build().Analyse(article);
        Assert.Empty(analysed.Faults);
        Assert.Contains(analysed.Facts.OfType<OfficeHolder>(), h => h.Person == "Luis Vega" && h.Country == "PE");
    }

    [Fact]
    public void Evidence_quotes_the_input()
    {
        var text = FactsFrom.Article("Vietnam and Belarus deepen ties", "Talks went well. Belarusian President Viktor Orlov greeted the guests.");
        FactsFrom.AssertEvidenceIsInputSlice(text, FactsFrom.Of<OfficeHolder>(text));
    }

    private static string Sorted(string facts) => string.Join("; ", facts.Split("; ").Order(StringComparer.Ordinal));

    [Fact]
    public void An_undated_article_is_not_dated_by_how_a_body_was_created()
    {
        const string text = "Peru and Chile deepen ties\n\nPeruvian Prime Minister Luis Rojas opened the council on Monday. " +
            "The council was created under the accord signed on June 3, 2001 in Lima.\n";
        var holder = Assert.Single(FactsFrom.Of<OfficeHolder>(text));
        Assert.Null(holder.AsOf);
    }

    [Theory]
    [InlineData("Chilean President Ana Maria Rojas welcomed the guests. Later, President Rojas opened the forum.")]
    [InlineData("Chilean President Ana Maria Rojas welcomed the guests. Later, President Ana Rojas opened the forum.")]
    [InlineData("Chilean President Ana Maria Rojas welcomed the guests. Later, President Ana opened the forum.")]
    public void A_shorter_form_of_a_name_already_given_is_the_same_holder(string body)
    {
        var holders = FactsFrom.Of<OfficeHolder>(FactsFrom.Article("Chile and Peru deepen ties", body));
        Assert.Equal("Ana Maria Rojas", Assert.Single(holders).Person);
    }

    /// <summary>One holder named in several forms is given once, in the fullest form.</summary>
    [Theory]
    [InlineData("President Ana Rojas arrived on Monday. Chilean President Ana Maria Rojas then opened the forum.", "Ana Maria Rojas")]
    [InlineData("Chilean President Ana Maria Rojas opened the forum. Later, President Ana María Rojas toured the port.", "Ana Maria Rojas")]
    [InlineData("Chilean King Felipe VII Borbon arrived. King Felipe Borbon VII then toured the port.", "Felipe VII Borbon")]
    [InlineData("Chilean Prime Minister Najla Rojas spoke first. Prime Minister Najlaa Rojas of Chile then closed the forum.", "Najla Rojas")]
    public void One_holder_in_several_forms_is_given_once(string body, string person)
    {
        var holders = FactsFrom.Of<OfficeHolder>(FactsFrom.Article("Chile and Peru deepen ties", body));
        Assert.Equal(person, Assert.Single(holders).Person);
    }

    [Fact]
    public void Two_ministers_of_one_country_sharing_a_family_name_stay_two()
    {
        var holders = FactsFrom.Of<OfficeHolder>(FactsFrom.Article("Chile and Peru deepen ties",
            "Chilean Trade Minister Ana Rojas and Chilean Health Minister Pedro Rojas opened the forum."));
        Assert.Equal(["Ana Rojas", "Pedro Rojas"], holders.Select(h => h.Person).Order());
    }

    // A later, shorter form in the same office is the holder already given, even where a weaker cue gave it another country.
    [Theory]
    [InlineData("Peruvian Foreign Minister Luis Vega met his Chilean counterpart Ana Maria Rojas in Lima. Foreign Minister Ana Rojas thanked the President of Peru.")]
    [InlineData("Peruvian Foreign Minister Luis Vega met his Chilean counterpart Ana Maria Rojas. Stressing the need for an embassy of Peru in Chile, Foreign Minister Ana Rojas spoke.")]
    [InlineData("Peruvian Foreign Minister Luis Vega met his Chilean counterpart Ana Maria Rojas. The Peruvian side and Foreign Minister Maria Rojas discussed trade.")]
    public void A_shorter_form_in_the_same_office_is_the_holder_given(string body)
    {
        var holders = FactsFrom.Of<OfficeHolder>(FactsFrom.Article("Chile and Peru deepen ties", body));
        Assert.Equal(["Ana Maria Rojas | CL", "Luis Vega | PE"], holders.Select(h => $"{h.Person} | {h.Country}").Order());
    }

    // Near miss: a shorter name in another office is someone else.
    [Fact]
    public void A_shorter_name_in_another_office_stays_another_holder()
    {
        var holders = FactsFrom.Of<OfficeHolder>(FactsFrom.Article("Chile and Peru deepen ties",
            "Chilean Foreign Minister Ana Maria Rojas arrived. Peruvian Trade Minister Maria Rojas met her."));
        Assert.Equal(["Ana Maria Rojas | CL", "Maria Rojas | PE"], holders.Select(h => $"{h.Person} | {h.Country}").Order());
    }
}
