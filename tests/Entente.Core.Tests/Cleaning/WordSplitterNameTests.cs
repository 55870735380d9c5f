using Entente.Core.Cleaning;

namespace Entente.Core.Tests.Cleaning;

/// <summary>Names against the glue rules: names stay whole, while names glued to a word, camel-case glue
/// and words glued to numbers and currency prefixes are split.</summary>
public class WordSplitterNameTests
{
    private static readonly WordSplitter Splitter = WordSplitter.Shared;
    private static readonly HashSet<string> NoVocabulary = [];

    // People and places from many regions; many end like an English word plus "a", "on", "in", "an", "and".
    private static readonly string[] Names =
    [
        // Africa
        "Adebayo", "Oluwaseun", "Chukwuemeka", "Ngozi", "Wanjiku", "Kipchoge", "Mwangi", "Achieng", "Ochieng",
        "Tshabalala", "Mthembu", "Nkosazana", "Sibusiso", "Rakotoarisoa", "Andriamanana", "Ouattara", "Diallo",
        "Traore", "Coulibaly", "Tesfaye", "Mekonnen", "Nyamwasa", "Kyagulanyi", "Mnangagwa", "Chamisa",
        "Hichilema", "Chakwera", "Mutharika", "Tshisekedi", "Bugesera", "Kisangani", "Lubumbashi", "Eldoret",
        "Musanze", "Rubavu", "Bujumbura", "Gitega", "Lilongwe", "Dodoma", "Mwanza", "Lusaka", "Kitwe",
        "Bulawayo", "Gaborone", "Maseru", "Mbabane", "Antananarivo", "Toamasina", "Otieno", "Kisumu",
        // South Asia
        "Chandrasekhar", "Venkatesh", "Subramaniam", "Ramaswamy", "Gowda", "Chatterjee", "Bhattacharya",
        "Pillai", "Menon", "Kurian", "Varghese", "Chaudhry", "Rajapaksa", "Wickremesinghe", "Dissanayake",
        "Jayasuriya", "Gurung", "Pokharel", "Dahal", "Thimphu", "Pokhara", "Lalitpur", "Sylhet", "Khulna",
        "Rajshahi", "Jaffna", "Faisalabad", "Rawalpindi", "Guwahati", "Coimbatore", "Madurai",
        "Thiruvananthapuram", "Visakhapatnam", "Vijayawada", "Dilshad", "Farshad", "Biswas",
        // Latin America
        "Quispe", "Mamani", "Huanca", "Condori", "Villca", "Bukele", "Arevalo", "Boluarte", "Noboa", "Peralta",
        "Ayacucho", "Arequipa", "Chiclayo", "Iquitos", "Cochabamba", "Oruro", "Tarija", "Encarnacion",
        "Tucuman", "Antofagasta", "Iquique", "Temuco", "Medellin", "Barranquilla", "Bucaramanga", "Guayaquil",
        "Barquisimeto", "Tegucigalpa", "Quetzaltenango", "Culiacan", "Legrand",
        // Vietnam and Southeast Asia: short names that look like two short words
        "Toan", "Doan", "Hoan", "Tuan", "Thuan", "Loan", "Khoan", "Soan", "Ngoan", "Sunita", "Suan", "Buan",
        // Central Asia and the Caucasus
        "Zhaksybekov", "Nurlybekov", "Abenova", "Suleimenov", "Baitursynov", "Japarov", "Atambayev",
        "Berdimuhamedov", "Kemelbekova", "Huseynova", "Aliyeva", "Ivanova", "Petrova", "Oskemen", "Kyzylorda",
        "Namangan", "Andijan", "Khujand", "Kulob", "Jalalabad", "Karakol", "Turkmenabat", "Dashoguz",
        "Balkanabat",
        // The Pacific
        "Rabuka", "Bainimarama", "Sopoaga", "Natano", "Taneti", "Maamau", "Tuilaepa", "Mataafa", "Sogavare",
        "Manele", "Marape", "Namaliu", "Kalsakau", "Salwai", "Kausea", "Hufanga", "Panuelo", "Lautoka",
        "Nukualofa", "Honiara", "Luganville", "Funafuti", "Majuro", "Palikir", "Avarua", "Papeete", "Goroka",
        // English-looking surnames that would split into a word and "on", "by", "or", "an"
        "Benton", "Weston", "Easton", "Busby", "Ashby", "Nestor", "Hasan", "Farman",
    ];

    public static TheoryData<string> NameData() => [.. Names];

    [Theory]
    [MemberData(nameof(NameData))]
    public void Names_stay_whole(string name)
    {
        Assert.Empty(Splitter.FindSplits(name, NoVocabulary));
        var sentence = $"{name}, the delegate, spoke with {name}.";
        Assert.Equal(sentence, Splitter.Split(sentence));
    }

    [Theory]
    [InlineData("Kiprotichsaid", "Kiprotich said")]
    [InlineData("Nurlybekovtold", "Nurlybekov told")]
    [InlineData("Achiengand", "Achieng and")]
    [InlineData("Rakotoarisonadded", "Rakotoarison added")]
    [InlineData("Tshabalalasays", "Tshabalala says")]
    [InlineData("Quispewas", "Quispe was")]
    [InlineData("Baktygulhas", "Baktygul has")]
    [InlineData("Oyelaranwho", "Oyelaran who")]
    [InlineData("Wickramaratnenoted", "Wickramaratne noted")]
    [InlineData("Sogavarewill", "Sogavare will")]
    [InlineData("Mamanialso", "Mamani also")]
    [InlineData("Kemelbekovahad", "Kemelbekova had")]
    public void A_name_glued_to_a_word_that_follows_names_is_split(string glued, string repaired) =>
        Assert.Equal($"Minister {repaired} on Monday.", Splitter.Split($"Minister {glued} on Monday.", NoVocabulary));

    [Theory]
    [InlineData("Legrandsaid", "Legrand said")]
    [InlineData("Khujandand", "Khujand and")]
    public void A_name_ending_like_a_follower_is_kept_and_its_own_glue_is_split(string glued, string repaired) =>
        Assert.Equal(repaired, Splitter.Split(glued, NoVocabulary));

    [Theory]
    [InlineData("Łódźand", "Łódź and")]
    [InlineData("Müllersaid", "Müller said")]
    [InlineData("Bogotáwas", "Bogotá was")]
    [InlineData("Gonçalveshas", "Gonçalves has")]
    public void An_accented_name_glued_to_a_follower_is_split(string glued, string repaired) =>
        Assert.Equal(repaired, Splitter.Split(glued, NoVocabulary));

    [Theory]
    [InlineData("São Paulo, Kraków, Medellín, Düsseldorf, Göteborg and Türkiye")]
    [InlineData("Ürümqi, Đà Nẵng, Quảng Ninh, Besançon, Malmö, Zürich and Ñuñoa")]
    [InlineData("Dąbrowa Górnicza, Niš, Peć, Asunción, Mérida and Jönköping")]
    public void Accented_names_stay_whole(string input) =>
        Assert.Equal(input, Splitter.Split(input, NoVocabulary));

    [Fact]
    public void A_repeated_name_glued_to_a_reporting_verb_is_still_split()
    {
        const string text = "Trade grew, Ochiengsaid. Ochiengsaid more. Ochiengand Ochiengand.";
        var output = Splitter.Split(text);
        Assert.Contains("Ochieng said. Ochieng said more.", output);
        // Repeated glue with a non-reporting word is indistinguishable from a real name of the article.
        Assert.Contains("Ochiengand Ochiengand.", output);
    }

    [Theory]
    [InlineData("the NationalAssembly voted", "the National Assembly voted")]
    [InlineData("TheKenyan side agreed", "The Kenyan side agreed")]
    [InlineData("he saidNurlan was right", "he said Nurlan was right")]
    [InlineData("an IndustrialPark near Lodz", "an Industrial Park near Lodz")]
    [InlineData("Labour MinisterOtieno spoke", "Labour Minister Otieno spoke")]
    [InlineData("the ForeignMinistry said", "the Foreign Ministry said")]
    [InlineData("flights withLusaka resumed", "flights with Lusaka resumed")]
    [InlineData("Kenya AndTanzania signed", "Kenya And Tanzania signed")]
    [InlineData("the ChileanSenate approved", "the Chilean Senate approved")]
    [InlineData("TheZambia–Malawi corridor", "The Zambia–Malawi corridor")]
    [InlineData("a visit to AbuDhabi and BinSalman", "a visit to Abu Dhabi and Bin Salman")]
    [InlineData("DmitryVolkov and SerikZhumangarin met", "Dmitry Volkov and Serik Zhumangarin met")]
    public void Camel_case_glue_is_split(string input, string expected) =>
        Assert.Equal(expected, Splitter.Split(input, NoVocabulary));

    // A capitalised word before another is a word of a name: English words inside it ("hide", "gamba", "lama") are not glue.
    [Theory]
    [InlineData("Foreign Minister Toshihide Sato arrived on Monday.")]
    [InlineData("the minister Palamagamba Kerewe spoke to reporters")]
    [InlineData("Energy Minister Gambalama Yusof and his deputy")]
    [InlineData("as Hidetoshi Nakamura told the press")]
    public void A_name_word_before_another_name_word_stays_whole(string input) =>
        Assert.Equal(input, Splitter.Split(input, NoVocabulary));

    // Near misses: a function word or a word that follows names is still glue there, and a name word before a
    // lower-case word is still split.
    [Theory]
    [InlineData("Ministers Otienoand Kamau met", "Ministers Otieno and Kamau met")]
    [InlineData("the envoy Volkovsaid Moscow agreed", "the envoy Volkov said Moscow agreed")]
    [InlineData("Lukashenkopermitted the flights", "Lukashenko permitted the flights")]
    public void Glue_beside_a_name_is_still_split(string input, string expected) =>
        Assert.Equal(expected, Splitter.Split(input, NoVocabulary));

    [Theory]
    [InlineData("iPhone, eBay, McDonald, MacArthur, YouTube, PayPal, LinkedIn, WhatsApp, TikTok and JavaScript")]
    [InlineData("PowerPoint, BlackRock, FedEx, DiCaprio, LeBron, DeSantis, AstraZeneca and GlaxoSmithKline")]
    [InlineData("ExxonMobil, PetroVietnam, VinFast, VietJet, KazMunayGas, SoftBank and BioNTech")]
    [InlineData("HDBank, VPBank, DaSilva, McKinsey, MacBook, VanDyke, KazAtomProm, WeChat, SeABank, MobiFone")]
    [InlineData("ArcelorMittal, ConocoPhillips, ThyssenKrupp, QazaqGaz, PepsiCo, DuPont, LeBlanc and FitzGerald")]
    public void Camel_case_names_stay_whole(string input) =>
        Assert.Equal(input, Splitter.Split(input, NoVocabulary));

    [Fact]
    public void A_camel_case_run_repeated_in_the_article_is_a_name()
    {
        const string text = "GreenHarbor opened. Shares of GreenHarbor rose.";
        Assert.Equal(text, Splitter.Split(text));
        Assert.Equal("Green Harbor opened.", Splitter.Split("GreenHarbor opened.", NoVocabulary));
    }

    [Theory]
    [InlineData("signed in September2023 in Lima", "September 2023 in")]
    [InlineData("from March14 to March 16", "March 14 to")]
    [InlineData("trade of almostUS$25 billion", "almost US$25 billion")]
    [InlineData("a loan of nearly€3.1 billion", "nearly €3.1 billion")]
    [InlineData("a contract worth£40 million", "worth £40 million")]
    [InlineData("exports rose overUS$12 billion", "over US$12 billion")]
    [InlineData("investment of aboutRM5 billion", "about RM5 billion")]
    [InlineData("a grant of roughlyS$3 million", "roughly S$3 million")]
    public void Words_glued_to_dates_and_amounts_are_split(string input, string expectedFragment)
    {
        var output = Splitter.Split(input, NoVocabulary);
        Assert.Contains(expectedFragment, output);
        Assert.Equal(input.Replace(" ", ""), output.Replace(" ", ""));
    }

    [Theory]
    [InlineData("USD9.3 billion, US$60, EUR5, S$3, HK$10 and RM26.7 were paid.")]
    [InlineData("The G20, COVID-19, Covid19, A320 and Su30 were discussed.")]
    public void Currency_codes_and_model_names_keep_their_numbers(string input) =>
        Assert.Equal(input, Splitter.Split(input, NoVocabulary));
}
