using Entente.Core.Domain;
using Entente.Core.Tests.Extraction.Investment;

namespace Entente.Core.Tests.Extraction.Localities;

public class LocalityPartnershipExtractorTests
{
    private static string Pairs(string title, string body) =>
        string.Join("; ", ExtractedFacts.Of<LocalityPartnership>(ExtractedFacts.Article(title, body))
            .Select(f => $"{f.Localities[0].Name}/{f.Localities[0].Country}-{f.Localities[1].Name}/{f.Localities[1].Country}"));

    [Theory]
    // A list on one side expands against the other side.
    [InlineData("Vietnam and Belarus deepen ties", "Friendly links join Hanoi, Ho Chi Minh City, and Minsk.",
        "Hanoi/VN-Minsk/BY; Ho Chi Minh City/VN-Minsk/BY")]
    [InlineData("Vietnam and Belarus deepen ties", "Quang Ninh keeps partnerships with Minsk, Grodno, and Brest.",
        "Quang Ninh/VN-Minsk/BY; Quang Ninh/VN-Grodno/BY; Quang Ninh/VN-Brest/BY")]
    [InlineData("Vietnam and Belarus deepen ties", "Hai Phong and Binh Thuan have cooperation agreements with Vitebsk.",
        "Hai Phong/VN-Vitebsk/BY; Binh Thuan/VN-Vitebsk/BY")]
    [InlineData("Vietnam and Belarus deepen ties", "Localities keep up ties between Hanoi and Ho Chi Minh City and Minsk.",
        "Hanoi/VN-Minsk/BY; Ho Chi Minh City/VN-Minsk/BY")]
    // Semicolons separate statements.
    [InlineData("Vietnam and Belarus deepen ties", "Partnerships link Quang Nam and Mogilev; and Lao Cai and Brest.",
        "Quang Nam/VN-Mogilev/BY; Lao Cai/VN-Brest/BY")]
    // Lists of pairs, joined by "with" or "and".
    [InlineData("Azerbaijan and Türkiye", "Baku is twinned with Izmir, Ganja with Bursa and Sumqayit with Kars.",
        "Baku/AZ-Izmir/TR; Ganja/AZ-Bursa/TR; Sumqayit/AZ-Kars/TR")]
    [InlineData("Thailand and Laos", "The sister provinces are Nong Khai and Vientiane, Mukdahan and Savannakhet, and Chiang Rai and Bokeo.",
        "Nong Khai/TH-Vientiane/LA; Mukdahan/TH-Savannakhet/LA; Chiang Rai/TH-Bokeo/LA")]
    // A name the gazetteer lacks takes the other country of its partner in a list of pairs.
    [InlineData("Poland and Germany", "The oldest partnerships pair Kraków with Nuremberg and Wrocław with Dresden.",
        "Kraków/PL-Nuremberg/DE; Wrocław/PL-Dresden/DE")]
    [InlineData("Japan and Vietnam", "Da Nang cooperates with Sakai, and the port city of Hai Phong with Niigata.",
        "Da Nang/VN-Sakai/JP; Hai Phong/VN-Niigata/JP")]
    [InlineData("China and Brazil", "Shanghai and Sao Paulo established sister-city relations in 1988.",
        "Shanghai/CN-Sao Paulo/BR")]
    // Transport as a field of the partnership does not undo it.
    [InlineData("Vietnam and Belarus deepen ties", "Hai Phong has cooperated with Vitebsk since 1995, mainly on urban transport.",
        "Hai Phong/VN-Vitebsk/BY")]
    [InlineData("Morocco and Senegal", "The accords join older partnerships between Rabat and Dakar, and Casablanca and Thiès.",
        "Rabat/MA-Dakar/SN; Casablanca/MA-Thiès/SN")]
    [InlineData("France and Vietnam", "The port of Brest has a friendship agreement with Hai Phong, which also cooperates with Lyon.",
        "Brest/FR-Hai Phong/VN; Hai Phong/VN-Lyon/FR")]
    // Names as written when they spell the gazetteer's name more fully, the gazetteer's name for other spellings.
    [InlineData("Japan and Vietnam", "Thua Thien Hue keeps friendship ties with Nara prefecture.",
        "Thua Thien Hue/VN-Nara/JP")]
    [InlineData("Japan and Vietnam", "HCMC is twinned with Osaka.",
        "Ho Chi Minh City/VN-Osaka/JP")]
    // "in China's Guangdong province" says where the partner lies; the province is no second partner.
    [InlineData("China and Uganda", "The city of Jinja signed a friendship agreement with Shenzhen in China's Guangdong province.",
        "Jinja/UG-Shenzhen/CN")]
    // "of Guangdong Province" says where the partner lies, as "in" does.
    [InlineData("China and Malaysia", "Malacca signed a friendship city memorandum with Shenzhen City of Guangdong Province.",
        "Malacca/MY-Shenzhen/CN")]
    // A "PLACE (date):" dateline is where the report was filed, not a partner.
    [InlineData("China and Malaysia", "MALACCA (June 3): Melaka and Zhejiang renewed their sister-state ties.",
        "Melaka/MY-Zhejiang/CN")]
    // A sentence about the two countries still pairs places it calls cities.
    [InlineData("Senegal and Japan", "The two countries welcomed the sister-city agreement between Dakar and Osaka.",
        "Dakar/SN-Osaka/JP")]
    // Capitals are localities where the cue or the sentence says so.
    [InlineData("Greece and Turkey", "Athens and Ankara signed a twinning protocol on Friday.", "Athens/GR-Ankara/TR")]
    [InlineData("Russia and Uzbekistan", "The city of Moscow keeps cooperation agreements with Tashkent.", "Moscow/RU-Tashkent/UZ")]
    [InlineData("Armenia and Turkmenistan", "Relations between the cities of Yerevan and Ashgabat keep growing.", "Yerevan/AM-Ashgabat/TM")]
    [InlineData("Vietnam and the United States", "Washington and Hanoi signed a sister-city agreement in May.", "Washington/US-Hanoi/VN")]
    // A place in brackets only describes its neighbour.
    [InlineData("Tajikistan and China", "They signed a sister-city accord between Khujand (the main city of Sughd province) and Taiyuan (the capital of Shanxi province).",
        "Khujand/TJ-Taiyuan/CN")]
    [InlineData("Vietnam and Belarus deepen ties", "Hai Phong and Mogilev (a city near Gomel) became sister cities in 2015.",
        "Hai Phong/VN-Mogilev/BY")]
    // "as well as" between pairs of a list; a dateline in capitals is no partner.
    [InlineData("Nepal and China", "The two countries have three sister-city pairs: Kathmandu and Chengdu, Patan and Xining as well as Pokhara and Lhasa.",
        "Kathmandu/NP-Chengdu/CN; Patan/NP-Xining/CN; Pokhara/NP-Lhasa/CN")]
    [InlineData("Philippines and Japan", "CEBU CITY — Cebu City and Osaka signed a sister city agreement on Monday.",
        "Cebu City/PH-Osaka/JP")]
    public void Reads_partner_pairs(string title, string body, string expected) =>
        Assert.Equal(expected, Pairs(title, body));

    [Theory]
    // Third countries, domestic links, venues, plans and sentences without a partnership cue.
    [InlineData("Japan and Vietnam", "Osaka also keeps sister-city relations with Shanghai and Busan.")]
    [InlineData("France and Vietnam", "Lyon is also twinned with Beirut in Lebanon, and Hanoi has a separate agreement with Ho Chi Minh City on tourism.")]
    [InlineData("Thailand and Laos", "Vientiane also has a sister relationship with Hanoi, and Nong Khai works with Udon Thani.")]
    [InlineData("Morocco and Senegal", "Officials from Dakar signed cooperation agreements in Rabat on Tuesday.")]
    [InlineData("Vietnam and Belarus deepen ties", "Hanoi and Minsk could become sister cities if the talks succeed.")]
    // Capitals standing for their states.
    [InlineData("China and Brazil", "Beijing and Brasilia established diplomatic ties in 1974.")]
    [InlineData("Vietnam and Belarus deepen ties", "Direct flights between Hanoi and Minsk resumed in May.")]
    [InlineData("Vietnam and Belarus deepen ties", "A delegation from Hanoi visited Minsk to boost cooperation.")]
    [InlineData("Vietnam and Belarus deepen ties", "New air links between Hanoi and Minsk will start in June.")]
    // Infrastructure between places and the places of a visit are no partnership.
    [InlineData("Vietnam and Belarus deepen ties", "Cargo now moves under a cooperation deal at the crossings between Hanoi and Minsk.")]
    [InlineData("Uganda and Tanzania", "The leaders signed a memorandum on the Masaka-Mwanza power transmission project.")]
    [InlineData("Vietnam and Belarus deepen ties", "Links between Hanoi and Minsk will grow with a new oil pipeline.")]
    [InlineData("China and the UAE", "Deals on cooperation will be signed during a state visit to Beijing and Shanghai by the ruler of Dubai.")]
    [InlineData("Vietnam and Belarus deepen ties", "A cooperation accord crowned the official visit to Hanoi by Minsk's mayor.")]
    [InlineData("Japan and Vietnam", "During his visit to Osaka, the governor of Da Nang praised the friendship of the two peoples.")]
    // Capitals standing for their governments in a sentence about the two countries.
    [InlineData("Senegal and Japan", "The accord between the two countries sets out future cooperation between Dakar and Tokyo.")]
    // Capitals standing for their governments in a state body's name.
    [InlineData("Guinea and Rwanda", "The memorandum creates a Joint Commission for Cooperation between Conakry and Kigali.")]
    [InlineData("Senegal and Japan", "An intergovernmental cooperation framework links Dakar and Tokyo.")]
    [InlineData("Chile and Ghana", "The two governments agreed on cooperation between Santiago and Accra.")]
    [InlineData("Tunisia and Egypt", "She stressed bilateral coordination between Tunis and Cairo and partnerships between businessmen.")]
    [InlineData("Chile and Ghana", "Officials praised the coordination between Santiago and Accra on trade.")]
    // Capitals under a general cue stand for their states.
    [InlineData("Greece and Turkey", "He noted that relations between Athens and Ankara had warmed this spring.")]
    [InlineData("Russia and Uzbekistan", "The minister said Moscow was among the leading trading partners of Tashkent.")]
    [InlineData("Armenia and Turkmenistan", "Both envoys called for closer cooperation between Yerevan and Ashgabat in energy.")]
    // "Washington" is the capital written without "D.C."; "regional cooperation" does not make two capitals cities.
    [InlineData("India and the United States", "He praised the booming relationship between Washington and New Delhi.")]
    [InlineData("Kenya and the United States", "Ties between Nairobi and Washington have rarely been closer.")]
    [InlineData("Albania and North Macedonia", "Thanks to regional cooperation, Skopje and Tirana are getting ready for membership.")]
    [InlineData("Chile and Peru", "Regional cooperation has brought Santiago and Lima closer than ever.")]
    // A strategic partnership of the states, a commission meeting in a capital, a dateline in capitals.
    [InlineData("Qatar and Türkiye", "The body is a sign of the strong strategic partnership between Doha and Ankara.")]
    [InlineData("Chile and Ghana", "Both sides hailed the comprehensive partnership linking Santiago and Accra.")]
    [InlineData("Belarus and Zimbabwe", "MINSK,– The first session of the joint cooperation commission took place in the city of Harare on Monday.")]
    [InlineData("Belarus and Zimbabwe", "HARARE — Talks on cooperation between the two countries opened in the capital of Belarus, Minsk.")]
    public void Gives_no_partnership(string title, string body) =>
        Assert.Equal("", Pairs(title, body));

    [Fact]
    public void Evidence_quotes_the_input()
    {
        var text = ExtractedFacts.Article("Vietnam and Belarus", "Trade grew.  Hanoi is twinned with Minsk, and Da Nang with Grodno.");
        var facts = ExtractedFacts.Of<LocalityPartnership>(text);
        Assert.Equal(2, facts.Count);
        foreach (var fact in facts)
        {
            var evidence = fact.Evidence!;
            Assert.Equal(text[evidence.Start..evidence.End], evidence.Quote);
            Assert.StartsWith("Hanoi is twinned", evidence.Quote);
        }
    }
}
