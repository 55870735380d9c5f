using Entente.Core.Extraction;
using Entente.Core.Extraction.People;
using Entente.Core.Tests.Extraction.Multilateral;

namespace Entente.Core.Tests.Extraction.People;

public class PersonFinderTests
{
    private static List<PersonMention> People(string title, string body)
    {
        var (article, _) = FactsFrom.Extract(FactsFrom.Article(title, body));
        return new ArticleContext(article).People.ToList();
    }

    private static string Describe(IEnumerable<PersonMention> people) =>
        string.Join("; ", people.Select(p => $"{p.Name} | {p.Office} | {p.Country}" + (p.IsShortReference ? " (short)" : "") + (p.Former ? " (former)" : "")));

    [Theory]
    [InlineData("Vietnam and Belarus deepen ties", "The state visit to Belarus by Party General Secretary To Lam begins on Monday.", "To Lam | Party General Secretary | VN")]
    [InlineData("Argentina and Chile deepen ties", "Foreign ministers Ana Rojas of Argentina and Pablo Ruiz of Chile met.", "Ana Rojas | Foreign ministers | AR; Pablo Ruiz | Foreign ministers | CL")]
    [InlineData("Kenya and India deepen ties", "The session was co-chaired by the Cabinet Secretary for Foreign and Diaspora Affairs, Hon. Mary Wanjiku.", "Mary Wanjiku | Cabinet Secretary for Foreign and Diaspora Affairs | ")]
    [InlineData("Vietnam and Mozambique deepen ties", "The visit to Hanoi by President Truong Van Vinh in May 2017 was a milestone.", "Truong Van Vinh | President | MZ")]
    [InlineData("Mexico and Spain deepen ties", "Former Mexican President Jorge Salinas spoke.", "Jorge Salinas | President | MX (former)")]
    [InlineData("Saudi Arabia and Pakistan deepen ties", "Saudi Minister of Foreign Affairs Prince Faisal bin Saad Al Saud arrived.", "Faisal bin Saad Al Saud | Minister of Foreign Affairs | SA")]
    [InlineData("Ghana and Turkey deepen ties", "Ghana's Minister of Lands, Forestry and Natural Resources Kofi Mensah Boateng spoke.",
        "Kofi Mensah Boateng | Minister of Lands, Forestry and Natural Resources | GH")]
    // Lands is a ministerial portfolio, also joined with others.
    [InlineData("Zimbabwe and Chile deepen ties", "Zimbabwe's Minister of Lands, Agriculture and Rural Development Tendo Mapfumo arrived.", "Tendo Mapfumo | Minister of Lands, Agriculture and Rural Development | ZW")]
    // "Datuk Seri" is a Malaysian honour, not part of the name.
    [InlineData("Malaysia and Chile deepen ties", "Malaysian Minister of Foreign Affairs Datuk Seri Amran Kassim arrived.", "Amran Kassim | Minister of Foreign Affairs | MY")]
    // The officials a visitor calls on or meets during a visit to a country of the pair are that country's.
    [InlineData("India and the Maldives deepen ties", "Indian Foreign Minister Ravi Menon arrived. During his visit to the Maldives, Menon called on President Ahmed Nasir and held talks with Trade Minister Ali Shareef.",
        "Ravi Menon | Foreign Minister | IN; Ravi Menon | Foreign Minister | IN (short); Ahmed Nasir | President | MV; Ali Shareef | Trade Minister | MV")]
    [InlineData("Chile and Poland deepen ties", "Chilean Foreign Minister Ana Rojas arrived. On her trip to Poland, Rojas met with Deputy Prime Minister Jan Nowak.",
        "Ana Rojas | Foreign Minister | CL; Ana Rojas | Foreign Minister | CL (short); Jan Nowak | Deputy Prime Minister | PL")]
    // Near misses: a visit to a third country, and someone named before the meeting verb, get no side from the visit.
    [InlineData("Chile and Poland deepen ties", "Chilean Foreign Minister Ana Rojas arrived. During her visit to Japan, Rojas met with Deputy Prime Minister Ken Sato.",
        "Ana Rojas | Foreign Minister | CL; Ana Rojas | Foreign Minister | CL (short); Ken Sato | Deputy Prime Minister | ")]
    [InlineData("Chile and Poland deepen ties", "Chilean Foreign Minister Ana Rojas arrived. During her visit to Poland, Deputy Prime Minister Jan Nowak met with Rojas.",
        "Ana Rojas | Foreign Minister | CL; Jan Nowak | Deputy Prime Minister | ; Ana Rojas | Foreign Minister | CL (short)")]
    // One person written with and without an initial: the short name stands for the full form; a different initial is someone else.
    [InlineData("India and Chile deepen ties", "Indian Foreign Minister S Raghavan spoke. Indian Foreign Minister Suresh Raghavan arrived. Raghavan met Chilean Foreign Minister Ana Rojas.",
        "S Raghavan | Foreign Minister | IN; Suresh Raghavan | Foreign Minister | IN; Suresh Raghavan | Foreign Minister | IN (short); Ana Rojas | Foreign Minister | CL")]
    [InlineData("India and Chile deepen ties", "Indian Foreign Minister K Raghavan spoke. Indian Trade Minister Suresh Raghavan arrived. Raghavan met Chilean Foreign Minister Ana Rojas.",
        "K Raghavan | Foreign Minister | IN; Suresh Raghavan | Trade Minister | IN; Ana Rojas | Foreign Minister | CL")]
    // A title written with a typographic apostrophe, a two-word title, and an Indian form of address are stripped too;
    // "Tan" alone and "Sri" alone start names.
    [InlineData("Malaysia and Chile deepen ties", "Malaysian Prime Minister Dato’ Seri Amran Kassim arrived.", "Amran Kassim | Prime Minister | MY")]
    [InlineData("Malaysia and Chile deepen ties", "Malaysian Foreign Minister Tan Sri Amran Kassim arrived.", "Amran Kassim | Foreign Minister | MY")]
    [InlineData("India and Chile deepen ties", "Indian Ambassador Shri Ravi Menon arrived.", "Ravi Menon | Ambassador | IN")]
    [InlineData("Singapore and Chile deepen ties", "Singaporean Trade Minister Tan Wei Ming arrived.", "Tan Wei Ming | Trade Minister | SG")]
    [InlineData("Indonesia and Chile deepen ties", "Indonesian Finance Minister Sri Wahyuni arrived.", "Sri Wahyuni | Finance Minister | ID")]
    // Ranks, royal and Cambodian forms of address are stripped; "Sen." is one only with its full stop.
    [InlineData("Cambodia and Chile deepen ties", "Cambodian Prime Minister Samdech Pich Sokha arrived.", "Pich Sokha | Prime Minister | KH")]
    [InlineData("Chile and Ghana deepen ties", "Ghanaian Defence Minister Lt. Gen. Kwame Ofori arrived.", "Kwame Ofori | Defence Minister | GH")]
    [InlineData("Chile and Ghana deepen ties", "Ghanaian Interior Minister Sen. Lt-Gen Ama Boateng arrived.", "Ama Boateng | Interior Minister | GH")]
    [InlineData("Chile and Ghana deepen ties", "Chilean Ambassador His Excellency Pablo Ruiz arrived.", "Pablo Ruiz | Ambassador | CL")]
    [InlineData("Chile and Ghana deepen ties", "Ghanaian President Kofi Sen arrived.", "Kofi Sen | President | GH")]
    // An initial written without its full stop.
    [InlineData("India and Chile deepen ties", "Indian External Affairs Minister S Raghavan arrived.", "S Raghavan | External Affairs Minister | IN")]
    [InlineData("India and Chile deepen ties", "Indian Foreign Secretary K P Menon arrived.", "K P Menon | Foreign Secretary | IN")]
    [InlineData("India and Chile deepen ties", "Chilean Foreign Minister R Vidal arrived.", "R Vidal | Foreign Minister | CL")]
    [InlineData("Bangladesh and Chile deepen ties", "Bangladeshi Foreign Minister AK Abdul Karim arrived.", "AK Abdul Karim | Foreign Minister | BD")]
    [InlineData("Bangladesh and Chile deepen ties", "Bangladeshi Commerce Minister TM Rahman arrived.", "TM Rahman | Commerce Minister | BD")]
    // Items of a semicolon list after one country's office keep that country.
    [InlineData("Nigeria and Ghana deepen ties", "The delegation included Ghana's Minister of Foreign Affairs, Ama Boateng; Minister of National Security, Kofi Dapaah.",
        "Ama Boateng | Minister of Foreign Affairs | GH; Kofi Dapaah | Minister of National Security | GH")]
    [InlineData("Nigeria and Ghana deepen ties", "With him were Ghanaian Trade Minister Ama Boateng; Minister of Energy, Kofi Dapaah; and aides.",
        "Ama Boateng | Trade Minister | GH; Kofi Dapaah | Minister of Energy | GH")]
    [InlineData("Nigeria and Ghana deepen ties", "Also present were Ghana's Minister of Health, Ama Boateng; Minister of Finance, Kofi Dapaah; and Minister of Energy, Yaw Asante.",
        "Ama Boateng | Minister of Health | GH; Kofi Dapaah | Minister of Finance | GH; Yaw Asante | Minister of Energy | GH")]
    // One who goes along with an official is from that official's side.
    [InlineData("Mexico and Brazil deepen ties", "Brazilian Foreign Minister Rui Costa is in Mexico with the Minister of Industry, Paulo Lima, for talks.",
        "Rui Costa | Foreign Minister | BR; Paulo Lima | Minister of Industry | BR")]
    [InlineData("Mexico and Brazil deepen ties", "Brazilian Foreign Minister Rui Costa will be accompanied by Industry Minister Paulo Lima.",
        "Rui Costa | Foreign Minister | BR; Paulo Lima | Industry Minister | BR")]
    [InlineData("Mexico and Brazil deepen ties", "Brazilian President Rui Costa, accompanied by Industry Minister Paulo Lima, landed.",
        "Rui Costa | President | BR; Paulo Lima | Industry Minister | BR")]
    // A building or body after "the" is no person.
    [InlineData("India and Chile deepen ties", "According to a release from the Rashtra Bhavan, the President of India accepted the credentials.", "")]
    // Particles joined by a hyphen, regnal numbers and quoted nicknames belong to the name.
    [InlineData("Qatar and Chile deepen ties", "Qatari Minister of State Khalid al-Mansouri arrived.", "Khalid al-Mansouri | Minister of State | QA")]
    [InlineData("Egypt and Chile deepen ties", "Egyptian President Hassan el-Masry ash-Shami spoke.", "Hassan el-Masry ash-Shami | President | EG")]
    [InlineData("Spain and Chile deepen ties", "Spanish King Alfonso XIV Borbon arrived.", "Alfonso XIV Borbon | King | ES")]
    [InlineData("Philippines and Chile deepen ties", "Philippine Senator Ramon 'Monching' Cruz spoke.", "Ramon 'Monching' Cruz | Senator | PH")]
    public void Finds_people_with_office_and_country(string title, string body, string expected) =>
        Assert.Equal(expected, Describe(People(title, body)));

    // Two officials joined by "and" right before "signed the agreement" are its two signatories, one per side; signing
    // "for" one country or "with" someone else keeps them together.
    [Theory]
    [InlineData("Chilean Foreign Minister Ana Rojas arrived. Rojas and Trade Minister Jan Nowak signed the agreement in the capital.", "PL")]
    [InlineData("Chilean Foreign Minister Ana Rojas arrived. Rojas and Finance Minister Jan Nowak signed a memorandum.", "PL")]
    [InlineData("Chilean Foreign Minister Ana Rojas arrived. Rojas and Trade Minister Jan Nowak signed an accord on fisheries.", "PL")]
    [InlineData("Chilean Foreign Minister Ana Rojas arrived. Rojas and Trade Minister Jan Nowak signed the agreement for Chile.", "CL")]
    [InlineData("Chilean Foreign Minister Ana Rojas arrived. Rojas and Trade Minister Jan Nowak signed the agreement with the Polish side.", "CL")]
    [InlineData("Chilean Foreign Minister Ana Rojas arrived. Rojas and Trade Minister Jan Nowak attended the ceremony.", "CL")]
    public void Two_joined_before_signed_are_two_sides(string body, string expected)
    {
        var person = People("Chile and Poland deepen ties", body).First(p => p.Name == "Jan Nowak");
        Assert.Equal(expected, person.Country);
    }

    [Fact]
    public void An_office_right_after_a_countrys_ministry_is_of_that_country()
    {
        var text = "Ghana and Togo deepen ties\n\nLOME, May 3, 2024 – The head of protocol at the Ghanaian Ministry of Foreign Affairs, Ambassador Kwame Asante, opened the talks.\n";
        var (article, _) = FactsFrom.Extract(text);
        Assert.Equal("Kwame Asante | Ambassador | GH", Describe(new ArticleContext(article).People));
    }

    [Fact]
    public void Resolves_short_references_to_the_full_name()
    {
        var people = People("Vietnam and Kazakhstan deepen ties",
            "Vietnamese Deputy Prime Minister Tran Quoc Minh arrived in Astana. On March 5, Minh held talks with Kazakh officials. Deputy Prime Minister Minh also visited a plant.");
        Assert.Equal(
            "Tran Quoc Minh | Deputy Prime Minister | VN; Tran Quoc Minh | Deputy Prime Minister | VN (short); Tran Quoc Minh | Deputy Prime Minister | VN (short)",
            Describe(people));
    }

    [Fact]
    public void An_official_of_the_same_rank_beside_one_from_a_side_is_from_the_other_side()
    {
        var people = People("Uzbekistan and Kazakhstan deepen ties", "President Ali Karimov and Kazakh President Erlan Sadykov met in the capital.");
        Assert.Equal("Ali Karimov | President | UZ; Erlan Sadykov | President | KZ", Describe(people));
    }

    [Fact]
    public void The_news_agency_names_the_home_side()
    {
        var text = "Vietnam and Laos deepen ties\n\nVIENTIANE, January 9, 2025 (VNA) – Prime Minister Pham Van Long chaired the meeting.\n";
        var (article, _) = FactsFrom.Extract(text);
        Assert.Equal("Pham Van Long | Prime Minister | VN", Describe(new ArticleContext(article).People));
    }

    [Fact]
    public void An_official_joined_by_and_with_another_office_is_from_the_same_side()
    {
        var people = People("Chile and Peru deepen ties",
            "Chilean Foreign Minister Ana Rojas met Peruvian officials. Rojas and Defence Minister Pablo Ruiz, who flew in on Monday, met Interior Minister Luis Soto.");
        Assert.Equal("CL", people.Single(p => p.Name == "Pablo Ruiz").Country);
    }

    [Fact]
    public void The_office_stated_elsewhere_does_not_place_the_counterpart_of_the_same_office()
    {
        var people = People("Chile and Peru deepen ties",
            "The Chilean Prime Minister arrived in Lima on Monday. Later that day, Prime Minister Ana Rojas met with Prime Minister Pablo Ruiz.");
        Assert.Equal("CL", people.Single(p => p.Name == "Ana Rojas").Country);
        Assert.Equal("PE", people.Single(p => p.Name == "Pablo Ruiz").Country);
    }

    /// <summary>Words that open a clause or count things are never a name before a title in commas.</summary>
    [Theory]
    [InlineData("Yesterday, the President of Chile received the guests.")]
    [InlineData("Today, the Foreign Minister of Peru opened the forum.")]
    [InlineData("The speech was given by the Minister for Health, Second Minister for Trade.")]
    public void Time_and_ordinal_words_are_not_names(string body) =>
        Assert.DoesNotContain(People("Chile and Peru deepen ties", body), p => p.Name is "Yesterday" or "Today" or "Second");

    /// <summary>The official an envoy meets, on either side of the verb, is of the country the envoy serves in.</summary>
    [Theory]
    [InlineData("Chilean Ambassador to Peru Ana Rojas met Foreign Secretary Luis Campos at the ministry on Monday.", "Luis Campos", "PE")]
    [InlineData("Foreign Secretary Luis Campos received Chilean Ambassador to Peru Ana Rojas on Monday.", "Luis Campos", "PE")]
    [InlineData("Chilean Ambassador to Peru Ana Rojas paid a courtesy call on Trade Minister Luis Campos on Monday.", "Luis Campos", "PE")]
    // Not one named apart from the meeting, after a comma.
    [InlineData("Chilean Ambassador to Peru Ana Rojas met the press, and Trade Minister Luis Campos spoke later.", "Luis Campos", "")]
    public void The_official_an_envoy_meets_is_of_the_country_the_envoy_serves_in(string body, string name, string country) =>
        Assert.Equal(country, People("Chile and Peru deepen ties", body).First(p => p.Name == name).Country ?? "");

    /// <summary>A legislature's or court's name running on after an office is no person; a name after it still is.</summary>
    [Theory]
    [InlineData("The speech was given by the Chairman of the State Great Khural (Parliament) of Chile.", "")]
    [InlineData("Peru backs the bid, the Speaker of the Grand National Assembly of Chile said.", "")]
    [InlineData("The ruling was read by the President of the Supreme Court of Chile on Monday.", "")]
    [InlineData("Chilean Foreign Minister Ana Rojas met the Chairman of the State Great Khural of Peru.", "Ana Rojas")]
    public void Words_of_a_legislatures_name_are_not_a_person(string body, string expected) =>
        Assert.Equal(expected, string.Join("; ", People("Chile and Peru deepen ties", body).Select(p => p.Name).Distinct()));

    /// <summary>Read backwards from a title, a name stops at the words of an earlier title.</summary>
    [Theory]
    [InlineData("The forum heard Deputy Minister of Planning and Investment Le Van Hoa, Vice Chairman of the council.", "Le Van Hoa")]
    [InlineData("It was opened by Minister of Industry and Trade Tran Minh Duc, Co-Chairman of the committee.", "Tran Minh Duc")]
    [InlineData("Guests included Minister of Culture, Sports and Tourism Pham Thu Ha, Chairwoman of the board.", "Pham Thu Ha")]
    public void A_name_read_backwards_does_not_take_title_words(string body, string name) =>
        Assert.All(People("Vietnam and Laos deepen ties", body), p => Assert.Equal(name, p.Name));

    [Theory]
    // A word of the name that is also a one-word place (Pereira, Colombia; Elizabeth, United States).
    [InlineData("Chile and Angola deepen ties", "Those received were Ana Lucia Pereira Mbala, Angolan Ambassador.", "Ana Lucia Pereira Mbala | Ambassador | AO")]
    [InlineData("Chile and Kenya deepen ties", "Those received were Mary Elizabeth Wanjiku, Kenyan Ambassador.", "Mary Elizabeth Wanjiku | Ambassador | KE")]
    // After "in", the place is where something happened, not part of the name.
    [InlineData("Chile and Colombia deepen ties", "The talks were held in Pereira Juan Gomez, Colombian Ambassador, said.", "Juan Gomez | Ambassador | CO")]
    public void A_name_read_backwards_keeps_a_word_that_is_also_a_place(string title, string body, string expected) =>
        Assert.Equal(expected, Describe(People(title, body)));

    [Fact]
    public void A_name_cut_off_at_the_end_of_the_text_is_not_a_person()
    {
        // The scrape stops in the middle of a word: the fragment is not a name.
        Assert.Empty(People("Chile and Peru deepen ties", "Both sides praised the role of Chilean President Gab"));
        // The same name closed by a full stop is a person.
        Assert.Equal("Gabriel Rojas | President | CL", Describe(People("Chile and Peru deepen ties", "Both sides praised the role of Chilean President Gabriel Rojas.")));
    }
}
