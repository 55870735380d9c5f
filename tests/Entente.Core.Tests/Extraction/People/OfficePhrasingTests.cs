using Entente.Core.Extraction;
using Entente.Core.Extraction.People;
using Entente.Core.Tests.Extraction.Multilateral;

namespace Entente.Core.Tests.Extraction.People;

/// <summary>Office titles, names and sides as news of many governments writes them.</summary>
public class OfficePhrasingTests
{
    private static string People(string title, string body)
    {
        var (article, _) = FactsFrom.Extract(FactsFrom.Article(title, body));
        return string.Join("; ", new ArticleContext(article).People.Where(p => !p.IsShortReference).Select(p => $"{p.Name} | {p.Office} | {p.Country}"));
    }

    // Portfolio words the office list does not generate still continue the title, and the name follows them.
    [Theory]
    [InlineData("Iran and Chile deepen ties", "Iranian Minister for Roads and Urban Development Farid Tabrizi arrived.",
        "Farid Tabrizi | Minister for Roads and Urban Development | IR")]
    [InlineData("Jordan and Chile deepen ties", "Jordan's Minister of Industry, Trade and Supply Karim Haddad spoke first.",
        "Karim Haddad | Minister of Industry, Trade and Supply | JO")]
    [InlineData("Namibia and Chile deepen ties", "Namibian Minister of Agriculture, Water & Land Reform Petrus Hamunyela opened the fair.",
        "Petrus Hamunyela | Minister of Agriculture, Water & Land Reform | NA")]
    [InlineData("South Africa and Chile deepen ties", "South African Minister of Justice and Correctional Services Thabo Dlamini signed it.",
        "Thabo Dlamini | Minister of Justice and Correctional Services | ZA")]
    [InlineData("Armenia and Chile deepen ties", "Armenian Minister of Territorial Administration and Infrastructure Aram Petrosyan arrived.",
        "Aram Petrosyan | Minister of Territorial Administration and Infrastructure | AM")]
    public void Reads_portfolios_of_any_government(string title, string body, string expected) => Assert.Equal(expected, People(title, body));

    // "Chairman of the Cabinet of Ministers" names one holder: the body's plural is not a list of holders.
    [Theory]
    [InlineData("Turkmenistan and Chile deepen ties", "The talks were chaired by the Deputy Chairman of the Cabinet of Ministers of Turkmenistan Merdan Orazov.",
        "Merdan Orazov | Deputy Chairman of the Cabinet of Ministers | TM")]
    [InlineData("Kyrgyzstan and Chile deepen ties", "Kyrgyz Chairman of the Cabinet of Ministers Adylbek Kasymov spoke.",
        "Adylbek Kasymov | Chairman of the Cabinet of Ministers | KG")]
    [InlineData("Cuba and Chile deepen ties", "The Vice President of the Council of Ministers of Cuba, Ramon Perez, arrived.",
        "Ramon Perez | Vice President of the Council of Ministers | CU")]
    // Near miss: a plural office still lists two holders.
    [InlineData("Cuba and Chile deepen ties", "Cuban and Chilean Foreign Ministers Ramon Perez and Ana Rojas met.",
        "Ramon Perez | Foreign Ministers | CU; Ana Rojas | Foreign Ministers | CL")]
    public void Reads_cabinet_and_council_offices(string title, string body, string expected) => Assert.Equal(expected, People(title, body));

    // Initials without full stops, "A" among them.
    [Theory]
    [InlineData("Bangladesh and Chile deepen ties", "Bangladeshi Foreign Minister Dr A K Rahman Chowdhury arrived.", "A K Rahman Chowdhury | Foreign Minister | BD")]
    [InlineData("Bangladesh and Chile deepen ties", "Bangladeshi Foreign Minister A K Rahman arrived.", "A K Rahman | Foreign Minister | BD")]
    [InlineData("India and Chile deepen ties", "Indian Ambassador J S Mehta arrived.", "J S Mehta | Ambassador | IN")]
    // Near miss: "A" before a word is the article.
    [InlineData("Bangladesh and Chile deepen ties", "A Bangladeshi delegation led by A Trade Minister arrived.", "")]
    public void Reads_initials_without_stops(string title, string body, string expected) => Assert.Equal(expected, People(title, body));

    // A counterpart of someone named earlier in full and here by surname alone holds that person's office.
    [Theory]
    [InlineData("India and China deepen ties", "Indian Foreign Minister Ravi Menon arrived on Monday. On Tuesday, Menon met his Chinese counterpart Li Wenjun.",
        "Ravi Menon | Foreign Minister | IN; Li Wenjun | Foreign Minister | CN")]
    [InlineData("Peru and Ecuador deepen ties", "Peruvian Foreign Minister Ana Rojas spoke. Rojas and her Ecuadorian counterpart, Carlos Vera, signed the minutes.",
        "Ana Rojas | Foreign Minister | PE; Carlos Vera | Foreign Minister | EC")]
    [InlineData("Nepal and India deepen ties", "Nepalese Foreign Secretary Ram Koirala arrived. Koirala will meet his Indian counterpart Vijay Rao in Delhi.",
        "Ram Koirala | Foreign Secretary | NP; Vijay Rao | Foreign Secretary | IN")]
    // Without a demonym, the counterpart of one side's official is of the pair's other side.
    [InlineData("India and China deepen ties", "Indian Foreign Minister Ravi Menon arrived on Monday. On Tuesday, Menon met his counterpart Li Wenjun.",
        "Ravi Menon | Foreign Minister | IN; Li Wenjun | Foreign Minister | CN")]
    // Near miss: a surname two people share says nothing of whose counterpart.
    [InlineData("India and China deepen ties", "Indian Foreign Minister Ravi Menon and Trade Minister Anil Menon arrived. Menon met his Chinese counterpart Li Wenjun.",
        "Ravi Menon | Foreign Minister | IN; Anil Menon | Trade Minister | IN")]
    public void Reads_counterparts_of_people_named_by_surname(string title, string body, string expected) => Assert.Equal(expected, People(title, body));

    // The members a "Demonym delegation … included" cue lists are of the delegation's country.
    [Theory]
    [InlineData("Jordan and Egypt deepen ties", "The Jordanian delegation attending the talks in Cairo included Minister of Planning Omar Said and Transport Minister Fadi Nassar.",
        "Omar Said | Minister of Planning | JO; Fadi Nassar | Transport Minister | JO")]
    [InlineData("Uganda and Sudan deepen ties", "The Ugandan delegation comprised Minister of Energy Ruth Nankabirwa, Minister of Trade David Bahati and Ambassador John Mugerwa.",
        "Ruth Nankabirwa | Minister of Energy | UG; David Bahati | Minister of Trade | UG; John Mugerwa | Ambassador | UG")]
    [InlineData("Jordan and Egypt deepen ties", "Members of the Egyptian delegation, which was headed by Minister of Trade Samir Fawzi, arrived.",
        "Samir Fawzi | Minister of Trade | EG")]
    // Near misses: someone the delegation meets, and a member named after another country, are not placed by the cue.
    [InlineData("Jordan and Egypt deepen ties", "The Jordanian delegation was led by Minister of Trade Omar Said, who met Ambassador Adel Mansour.",
        "Omar Said | Minister of Trade | JO; Adel Mansour | Ambassador | ")]
    [InlineData("Jordan and Egypt deepen ties", "The Jordanian delegation included Minister of Trade Omar Said and met Egyptian officials and Ambassador Adel Mansour.",
        "Omar Said | Minister of Trade | JO; Adel Mansour | Ambassador | ")]
    public void Places_members_of_a_listed_delegation(string title, string body, string expected) => Assert.Equal(expected, People(title, body));

    // "Minister of Finance in Qatar": a country after "in" is the office's own.
    [Theory]
    [InlineData("Oman and Qatar deepen ties", "The committee heard Salim al Harthy, Minister of Finance in Qatar, and others.", "Salim al Harthy | Minister of Finance | QA")]
    [InlineData("Oman and Qatar deepen ties", "The Minister of Finance in Qatar, Salim al Harthy, spoke.", "Salim al Harthy | Minister of Finance | QA")]
    [InlineData("Oman and Qatar deepen ties", "Trade Minister in Oman Khalid al Said spoke.", "Khalid al Said | Trade Minister | OM")]
    // Near miss: a city after "in" is not the office's country.
    [InlineData("Oman and Qatar deepen ties", "The Minister of Finance in Doha, Salim al Harthy, spoke.", "")]
    public void Reads_a_country_after_in(string title, string body, string expected) => Assert.Equal(expected, People(title, body));

    // The home side fills in no official of a sentence that already names officials of both sides.
    [Theory]
    [InlineData("Vietnam and Laos deepen ties", "Lao Minister of Trade Khamphet Sisavath and Vietnamese Minister of Finance Ho Duc Minh then met Minister of Culture Nguyen Van Long.",
        "Khamphet Sisavath | Minister of Trade | LA; Ho Duc Minh | Minister of Finance | VN; Nguyen Van Long | Minister of Culture | ")]
    [InlineData("Vietnam and Laos deepen ties", "The plan was presented by Lao Minister of Trade Khamphet Sisavath and Vietnamese Minister of Finance Ho Duc Minh, and by Minister of Culture Nguyen Van Long.",
        "Khamphet Sisavath | Minister of Trade | LA; Ho Duc Minh | Minister of Finance | VN; Nguyen Van Long | Minister of Culture | ")]
    // Near miss: with one side named, one of the same rank is still the other side.
    [InlineData("Vietnam and Laos deepen ties", "Lao Minister of Trade Khamphet Sisavath met Minister of Trade Nguyen Van Long.",
        "Khamphet Sisavath | Minister of Trade | LA; Nguyen Van Long | Minister of Trade | VN")]
    public void Leaves_a_third_official_unplaced_between_two_sides(string title, string body, string expected) => Assert.Equal(expected, People(title, body));

    // Portfolio words before the office the list knows belong to the title; "and" before another title starts the next person.
    [Theory]
    [InlineData("South Africa and Kenya deepen ties", "South African Arts and Culture Minister Sipho Nkosi arrived.", "Sipho Nkosi | Arts and Culture Minister | ZA")]
    [InlineData("Turkey and Qatar deepen ties", "Turkish Transport and Infrastructure Minister Ali Demir arrived.", "Ali Demir | Transport and Infrastructure Minister | TR")]
    [InlineData("South Africa and Kenya deepen ties",
        "President Sipho Dube is accompanied by Minister of Agriculture, Lindiwe Zulu; Arts and Culture Minister, Thabo Nkosi; Minister of Justice and Correctional Services, Ronald Mokoena and Health Minister, Dr Joe Mabuza.",
        "Sipho Dube | President | ; Lindiwe Zulu | Minister of Agriculture | ; Thabo Nkosi | Arts and Culture Minister | ; Ronald Mokoena | Minister of Justice and Correctional Services | ; Joe Mabuza | Health Minister | ")]
    // Near miss: a name before "and" is not a portfolio word.
    [InlineData("Turkey and Qatar deepen ties", "Turkish Defence Minister Ali Demir and Trade Minister Omer Kaya arrived.", "Ali Demir | Defence Minister | TR; Omer Kaya | Trade Minister | TR")]
    public void Reads_portfolio_words_before_the_office(string title, string body, string expected) => Assert.Equal(expected, People(title, body));

    // "the country's" before a title is the country last named in the sentence.
    [Theory]
    [InlineData("Ghana and Burkina Faso deepen ties", "Ghana's Foreign Minister Kofi Mensah held talks with Burkina Faso's Prime Minister Issa Ouedraogo, and the country's Foreign Minister, Awa Kabore.",
        "Kofi Mensah | Foreign Minister | GH; Issa Ouedraogo | Prime Minister | BF; Awa Kabore | Foreign Minister | BF")]
    [InlineData("Ghana and Burkina Faso deepen ties", "Kofi Mensah flew to Burkina Faso, where the country’s Prime Minister Issa Ouedraogo received him.",
        "Issa Ouedraogo | Prime Minister | BF")]
    // Near miss: no country named before it in the sentence.
    [InlineData("Ghana and Burkina Faso deepen ties", "Talks went well, and the country's Foreign Minister Awa Kabore spoke.", "Awa Kabore | Foreign Minister | ")]
    public void Reads_the_countrys_office(string title, string body, string expected) => Assert.Equal(expected, People(title, body));

    // The members of a delegation listed after "included" are of one side, the side of the first one placed.
    [Theory]
    [InlineData("Turkey and Qatar deepen ties", "The delegation included Turkish Foreign Minister Ali Demir, Finance Minister Omer Kaya and Trade Minister Selin Aras.",
        "Ali Demir | Foreign Minister | TR; Omer Kaya | Finance Minister | TR; Selin Aras | Trade Minister | TR")]
    [InlineData("Turkey and Qatar deepen ties", "The delegation comprised Turkish Foreign Minister Ali Demir and Finance Minister Omer Kaya.",
        "Ali Demir | Foreign Minister | TR; Omer Kaya | Finance Minister | TR")]
    // Near miss: two ministers with no list verb are taken as the two sides, as before.
    [InlineData("Turkey and Qatar deepen ties", "Turkish Foreign Minister Ali Demir met Finance Minister Omer Kaya.",
        "Ali Demir | Foreign Minister | TR; Omer Kaya | Finance Minister | QA")]
    public void Keeps_a_listed_delegation_on_one_side(string title, string body, string expected) => Assert.Equal(expected, People(title, body));

    // A form of address only one country of the pair confers places its holder.
    [Theory]
    [InlineData("Malaysia and Vietnam deepen ties", "Trade Minister, Datuk Seri Rahim Osman, said the talks went well.", "Rahim Osman | Trade Minister | MY")]
    [InlineData("Malaysia and Vietnam deepen ties", "Trade Minister Tan Sri Dato' Rahim Osman spoke.", "Rahim Osman | Trade Minister | MY")]
    [InlineData("Cambodia and Vietnam deepen ties", "Prime Minister Samdech Pich Sokha spoke.", "Pich Sokha | Prime Minister | KH")]
    [InlineData("Malaysia and Vietnam deepen ties", "Also present were both Deputy Prime Ministers, Datuk Seri Ahmad Rahman and Datuk Seri Faiz Yusof.",
        "Ahmad Rahman | Deputy Prime Ministers | MY; Faiz Yusof | Deputy Prime Ministers | MY")]
    // "Cabinet ministers" after the list is no third holder.
    [InlineData("Malaysia and Vietnam deepen ties", "Present were both Deputy Prime Ministers, Datuk Seri Ahmad Rahman and Datuk Seri Faiz Yusof, Cabinet ministers and diplomats.",
        "Ahmad Rahman | Deputy Prime Ministers | MY; Faiz Yusof | Deputy Prime Ministers | MY")]
    // Near miss: a form of address two countries of the pair confer, or none of them, places no one.
    [InlineData("Malaysia and Brunei deepen ties", "Trade Minister Dato Rahim Osman spoke.", "Rahim Osman | Trade Minister | ")]
    [InlineData("Chile and Peru deepen ties", "Trade Minister Datuk Rahim Osman spoke.", "Rahim Osman | Trade Minister | ")]
    public void Places_holders_of_a_conferred_form_of_address(string title, string body, string expected) => Assert.Equal(expected, People(title, body));

    // A country set off by commas after a title ("Minister of Trade, Arab Republic of Egypt,") is the title's country.
    [Theory]
    [InlineData("Egypt and Chile deepen ties", "The envoy called on Laila Fahmy, Minister of Tourism, Arab Republic of Egypt, in Cairo.", "Laila Fahmy | Minister of Tourism | EG")]
    [InlineData("Egypt and Chile deepen ties", "Talks were held with Laila Fahmy, Minister of Tourism and Antiquities, Egypt.", "Laila Fahmy | Minister of Tourism and Antiquities | EG")]
    [InlineData("Chile and Egypt deepen ties", "The Minister of Tourism, Republic of Chile, Ana Rojas, signed the plan.", "Ana Rojas | Minister of Tourism | CL")]
    // Near miss: a country after a comma that goes on with more words is not set off.
    [InlineData("Egypt and Chile deepen ties", "The plan was signed by Laila Fahmy, Minister of Tourism, Egypt and Chile said.", "Laila Fahmy | Minister of Tourism | ")]
    public void Reads_a_country_set_off_after_the_title(string title, string body, string expected) => Assert.Equal(expected, People(title, body));

    // "President-elect" is an office held as written; "-designate" is not yet held.
    [Theory]
    [InlineData("Peru and Chile deepen ties", "Peruvian president-elect Luis Soto will visit Chile next week.", "Luis Soto | president-elect | PE")]
    [InlineData("Peru and Chile deepen ties", "The President-Elect of the Republic of Peru, His Excellency, Luis Soto, pledged support.", "Luis Soto | President-Elect | PE")]
    [InlineData("Peru and Chile deepen ties", "Peruvian Prime Minister-elect Luis Soto met the press.", "Luis Soto | Prime Minister-elect | PE")]
    [InlineData("Peru and Chile deepen ties", "Peruvian foreign minister-designate Luis Soto met the press.", "")]
    public void Reads_an_elected_holder(string title, string body, string expected) => Assert.Equal(expected, People(title, body));

    // A country's name leads a lower-case title as it leads a capitalised one, unless it is a preposition's object.
    [Theory]
    [InlineData("Peru and Chile deepen ties", "The forum heard Peru president Luis Soto on Monday.", "Luis Soto | president | PE")]
    [InlineData("Peru and Chile deepen ties", "Talks were held with Peru foreign minister Luis Soto.", "Luis Soto | foreign minister | PE")]
    [InlineData("Peru and Chile deepen ties", "Earlier, Chile president Ana Rojas welcomed the guests.", "Ana Rojas | president | CL")]
    [InlineData("Peru and Chile deepen ties", "During a visit to Peru president Luis Soto said trade grew.", "")]
    public void Reads_a_country_before_a_lower_case_title(string title, string body, string expected) => Assert.Equal(expected, People(title, body));

    // The Khmer style after "Samdech" is no part of the name, and still places its holder.
    [Theory]
    [InlineData("Cambodia and Chile deepen ties", "Prime Minister Samdech Akka Moha Sena Padei Techo Pich Sokha spoke first.", "Pich Sokha | Prime Minister | KH")]
    [InlineData("Cambodia and Chile deepen ties", "The visit was led by Prime Minister Samdech Moha Borvor Thipadei Pich Sokha.", "Pich Sokha | Prime Minister | KH")]
    [InlineData("Cambodia and Chile deepen ties", "Trade Minister, Samdech Vibol Sena Pheakdei Pich Sokha, opened the fair.", "Pich Sokha | Trade Minister | KH")]
    // Near miss: without "Samdech" before them the same words are read as a name.
    [InlineData("Cambodia and Chile deepen ties", "Cambodian Trade Minister Moha Sokha opened the fair.", "Moha Sokha | Trade Minister | KH")]
    public void Reads_past_a_khmer_style(string title, string body, string expected) => Assert.Equal(expected, People(title, body));

    // A demonym leading "President A and Prime Minister B" is both heads' country; without it, two heads are two sides.
    [Theory]
    [InlineData("Mongolia and Turkey deepen ties", "Mongolian President Batbold Enkh and Prime Minister Ganbaatar Dorj received the guests.",
        "Batbold Enkh | President | MN; Ganbaatar Dorj | Prime Minister | MN")]
    [InlineData("Nepal and India deepen ties", "Nepal's President Ram Thapa and Prime Minister Hari Karki welcomed him.",
        "Ram Thapa | President | NP; Hari Karki | Prime Minister | NP")]
    [InlineData("Nepal and India deepen ties", "The statement by Nepal President Ram Thapa and Prime Minister Hari Karki was read.",
        "Ram Thapa | President | NP; Hari Karki | Prime Minister | NP")]
    [InlineData("Nepal and India deepen ties", "Talks between President Ram Thapa of Nepal and Prime Minister Vijay Rao went well.",
        "Ram Thapa | President | NP; Vijay Rao | Prime Minister | IN")]
    public void Gives_two_heads_after_one_demonym_one_country(string title, string body, string expected) => Assert.Equal(expected, People(title, body));

    // A monarch or head named by one word is placed by the leaders list: by given name for monarchs, surname otherwise.
    [Theory]
    [InlineData("Egypt and Saudi Arabia deepen ties", "The envoy conveyed greetings from King Salman to the Egyptian president.", "Salman | King | SA")]
    [InlineData("Egypt and Saudi Arabia deepen ties", "He said President Sisi welcomed the plan.", "Sisi | President | EG")]
    // Near miss: a one-word name the list does not hold, or a non-head, is not placed by it.
    [InlineData("Egypt and Saudi Arabia deepen ties", "The envoy conveyed greetings from King Farouq.", "Farouq | King | ")]
    public void Places_heads_named_by_one_word(string title, string body, string expected) => Assert.Equal(expected, People(title, body));

    // One word of a name the leaders list holds only for a third country places no one unless the article names that country:
    // "President Macron" in a story on Ghana and Togo may be any Macron of theirs.
    [Theory]
    [InlineData("Ghana and Togo deepen ties", "President Macron welcomed both delegations in Lome.", "Macron | President | ")]
    [InlineData("Kenya and Uganda deepen ties", "The talks in Nairobi were chaired by Prime Minister Scholz, officials said.", "Scholz | Prime Minister | ")]
    [InlineData("Chile and Peru deepen ties", "On Monday, President Ramaphosa opened the forum in Lima.", "Ramaphosa | President | ")]
    // Near miss: the article names the listed country, so the list places him there.
    [InlineData("Ghana and Togo deepen ties", "France backed the plan, and President Macron welcomed both delegations in Lome.", "Emmanuel Macron | President | FR")]
    public void A_one_word_head_listed_for_an_unnamed_third_country_is_not_placed_there(string title, string body, string expected) =>
        Assert.Equal(expected, People(title, body));

    // "Counterpart" opening a sentence leaves nothing before it to look up (found by fuzzing: seed 3PD_6P121Nj2).
    [Theory]
    [InlineData("India and China deepen ties", "Indian Foreign Minister Ravi Menon arrived.\nCounterpart Li Wenjun met him.")]
    [InlineData("India and China deepen ties", "Indian Foreign Minister Ravi Menon arrived. Counterpart Li Wenjun met him.")]
    [InlineData("India and China deepen ties", "Indian Foreign Minister Ravi Menon arrived.\n\ncounterpart Li Wenjun met him.")]
    public void Reads_a_sentence_opening_with_counterpart(string title, string body) => Assert.StartsWith("Ravi Menon | Foreign Minister | IN", People(title, body));

    // One of two officials joined by "and" whose own title states a country of the pair makes the unmarked other the other side.
    [Theory]
    [InlineData("Chile and Peru deepen ties", "Trade Minister Ana Rojas and Peruvian Trade Minister Luis Vega signed the deal.",
        "Ana Rojas | Trade Minister | CL; Luis Vega | Trade Minister | PE")]
    [InlineData("Chile and Peru deepen ties", "Deputy Foreign Minister Ana Rojas and Permanent Secretary of Peru's Foreign Ministry Luis Vega co-chaired the talks.",
        "Ana Rojas | Deputy Foreign Minister | CL; Luis Vega | Permanent Secretary | PE")]
    [InlineData("Chile and Peru deepen ties", "The session was opened by Energy Minister Ana Rojas and Peru's Minister of Mines Luis Vega.",
        "Ana Rojas | Energy Minister | CL; Luis Vega | Minister of Mines | PE")]
    [InlineData("Chile and Peru deepen ties", "The Minister of Mines, Ana Rojas, and Peru's Minister of Energy, Luis Vega, signed it.",
        "Ana Rojas | Minister of Mines | CL; Luis Vega | Minister of Energy | PE")]
    // Near misses: the last item of a list, and a second official placed only by the leaders list or by a cue outside his title.
    [InlineData("Chile and Peru deepen ties", "The talks were attended by Health Minister Ana Rojas, Energy Minister Rosa Diaz and Peruvian Ambassador Luis Vega.",
        "Ana Rojas | Health Minister | ; Rosa Diaz | Energy Minister | ; Luis Vega | Ambassador | PE")]
    [InlineData("Chile and Peru deepen ties", "Trade Minister Ana Rojas and Trade Minister Luis Vega signed the deal.",
        "Ana Rojas | Trade Minister | ; Luis Vega | Trade Minister | ")]
    public void Places_an_unmarked_official_opposite_a_marked_one(string title, string body, string expected) => Assert.Equal(expected, People(title, body));

    // "Country's delegation", "the Demonym Prime Minister's entourage": a possessive side cue places the members it lists.
    [Theory]
    [InlineData("Chile and Peru deepen ties", "Peru's delegation also included the Minister of Finance Luis Vega.", "Luis Vega | Minister of Finance | PE")]
    [InlineData("Chile and Peru deepen ties", "The Peruvian Prime Minister's entourage includes Minister of Mines Luis Vega and Ambassador Rosa Diaz.",
        "Luis Vega | Minister of Mines | PE; Rosa Diaz | Ambassador | PE")]
    [InlineData("Chile and Peru deepen ties", "Santiago, 3 May 2024 - Peru’s team comprised Deputy Minister of Trade Luis Vega.", "Luis Vega | Deputy Minister of Trade | PE")]
    // Near miss: a possessive of something else is no side.
    [InlineData("Chile and Peru deepen ties", "Peru's economy was discussed with Minister of Finance Luis Vega.", "Luis Vega | Minister of Finance | ")]
    public void Places_members_after_a_possessive_side(string title, string body, string expected) => Assert.Equal(expected, People(title, body));

    // Long portfolios with commas and "and" are read whole, and the name after them is the holder.
    [Theory]
    [InlineData("Mongolia and Chile deepen ties", "The Minister of Food, Agriculture and Light Industry of Mongolia Bat Erdene attended.",
        "Bat Erdene | Minister of Food, Agriculture and Light Industry | MN")]
    [InlineData("Canada and Chile deepen ties", "Canadian Minister of International Trade, Export Promotion, Small Business and Economic Development Mary Lee spoke.",
        "Mary Lee | Minister of International Trade, Export Promotion, Small Business and Economic Development | CA")]
    [InlineData("Brazil and Chile deepen ties", "Brazil's Minister of Ports and Airports, Silvio Costa, signed.", "Silvio Costa | Minister of Ports and Airports | BR")]
    public void Reads_long_portfolios(string title, string body, string expected) => Assert.Equal(expected, People(title, body));

    // The title phrase after a name stops at ", and": what follows is the next person's title.
    [Theory]
    [InlineData("Nigeria and Brazil deepen ties", "The Minister of Aviation, Festus Okoro, and Brazil's Minister of Ports, Silvio Costa, signed it.",
        "Festus Okoro | Minister of Aviation | NG; Silvio Costa | Minister of Ports | BR")]
    public void Stops_a_title_phrase_at_a_comma_and(string title, string body, string expected) => Assert.Equal(expected, People(title, body));

    // A body's name running on after a title, or a sentence adverb after a bare title, is no person.
    [Theory]
    [InlineData("Nigeria and Brazil deepen ties", "The Governor for the National Bank spoke at the forum.", "")]
    [InlineData("Turkey and Chile deepen ties", "He met the President of the Foreign Economic Relations Board in Ankara.", "")]
    [InlineData("Oman and Chile deepen ties", "The Secretary of the National Museums opened the exhibition.", "")]
    [InlineData("Tanzania and Chile deepen ties", "Besides, the Minister encouraged investors to come.", "")]
    // Near miss: a person named after such a title is still read.
    [InlineData("Nigeria and Brazil deepen ties", "Nigerian Minister of Finance Wale Edun met the House and the Bank.", "Wale Edun | Minister of Finance | NG")]
    public void Reads_no_person_from_a_body_name(string title, string body, string expected) => Assert.Equal(expected, People(title, body));

    // One who accompanies an official of the pair is from that official's side.
    [Theory]
    [InlineData("Rwanda and Qatar deepen ties", "According to Jean Habimana, the Minister for Infrastructure, who accompanied Rwandan President Paul Mugabo, the talks went well.",
        "Jean Habimana | Minister for Infrastructure | RW; Paul Mugabo | President | RW")]
    [InlineData("Rwanda and Qatar deepen ties", "Trade Minister Jean Habimana accompanied Rwandan President Paul Mugabo to Doha.",
        "Jean Habimana | Trade Minister | RW; Paul Mugabo | President | RW")]
    [InlineData("Rwanda and Qatar deepen ties", "Trade Minister Jean Habimana, accompanying Rwandan President Paul Mugabo, arrived in Doha.",
        "Jean Habimana | Trade Minister | RW; Paul Mugabo | President | RW")]
    // Near miss: one who meets the official, or is accompanied by him, is not placed by this cue.
    [InlineData("Rwanda and Qatar deepen ties", "Trade Minister Jean Habimana met Rwandan President Paul Mugabo in Doha.",
        "Jean Habimana | Trade Minister | ; Paul Mugabo | President | RW")]
    public void Places_one_who_accompanies_an_official(string title, string body, string expected) => Assert.Equal(expected, People(title, body));

    // "Pacific Islands" goes on with a portfolio; it is not read as the holder's name.
    [Theory]
    [InlineData("Egypt and Chile deepen ties", "Egypt's Assistant Foreign Minister for Asia and Pacific Islands met the guests.", "")]
    public void Reads_no_name_from_a_region_in_a_portfolio(string title, string body, string expected) => Assert.Equal(expected, People(title, body));

    // The head of an army named by the titles news gives him ("Army Chief", "Chief of Army Staff") before his rank and name.
    [Theory]
    [InlineData("Ghana and Chile deepen ties", "Ghanaian Army Chief General Kofi Mensah toured the base on Friday.",
        "Kofi Mensah | Army Chief | GH")]
    [InlineData("Ghana and Chile deepen ties", "The visitors later called on Ghana's army chief Gen. Kofi Mensah at his office.",
        "Kofi Mensah | army chief | GH")]
    [InlineData("Ghana and Chile deepen ties", "Ghana's Chief of Army Staff, Lt. Gen. Kofi Mensah, opened the training course.",
        "Kofi Mensah | Chief of Army Staff | GH")]
    [InlineData("Ghana and Chile deepen ties", "The Chief of the Army Staff of Ghana, Lieutenant General Kofi Mensah, received the cadets.",
        "Kofi Mensah | Chief of the Army Staff | GH")]
    public void Reads_the_army_chief_past_his_rank(string title, string body, string expected) => Assert.Equal(expected, People(title, body));

    // Near miss: "army" alone before a name is no office.
    [Theory]
    [InlineData("Ghana and Chile deepen ties", "Ghana's army General Kofi Mensah toured the base on Friday.")]
    [InlineData("Ghana and Chile deepen ties", "The army chiefs met in Accra on Friday.")]
    public void Reads_no_office_from_the_army_alone(string title, string body) => Assert.DoesNotContain("Army", People(title, body), StringComparison.OrdinalIgnoreCase);

    // A presiding officer named with the chamber of a country inside the title ("Speaker of Ghana's parliament, A").
    [Theory]
    [InlineData("Peru and Chile lawmakers meet", "The Speaker of Peru's House of Representatives, Ana Rojas, opened the session.", "Ana Rojas | Speaker | PE")]
    [InlineData("Peru and Chile lawmakers meet", "On Monday the Speaker of Peru’s parliament, Ana Rojas, welcomed the guests.", "Ana Rojas | Speaker | PE")]
    [InlineData("Peru and Chile lawmakers meet", "Talks followed with the Speaker of the Peruvian Parliament Ana Rojas in Lima.", "Ana Rojas | Speaker | PE")]
    [InlineData("Peru and Chile lawmakers meet", "The Vice Chairman of the Peruvian National Assembly Ana Rojas chaired the meeting.", "Ana Rojas | Vice Chairman | PE")]
    [InlineData("Peru and Chile lawmakers meet", "The Speaker of Peru's Lower House of Parliament Dr. Ana Rojas sent her greetings.", "Ana Rojas | Speaker | PE")]
    [InlineData("Peru and Chile lawmakers meet", "He was received by the Speaker of the Union Assembly of Peru Ana Rojas in Lima.", "Ana Rojas | Speaker | PE")]
    public void Reads_the_country_of_the_chamber_in_the_title(string title, string body, string expected) => Assert.Equal(expected, People(title, body));

    // Near misses: a chamber's committee is no chamber, and a title naming no holder places no one.
    [Theory]
    [InlineData("Peru and Chile lawmakers meet", "The Speaker of Peru's parliament said on Monday that the accord would be ratified.")]
    [InlineData("Peru and Chile lawmakers meet", "The Speaker of the Peruvian Parliament's Trade Committee, Ana Rojas, opened the session.")]
    public void Places_no_one_without_a_chamber_and_a_name(string title, string body) => Assert.DoesNotContain("| PE", People(title, body), StringComparison.Ordinal);

    // A title's abbreviation in brackets between the title and the name ("Prime Minister (PM) A").
    [Theory]
    [InlineData("Kenya and Chile deepen ties", "Kenyan Prime Minister (PM) Otieno Kamau landed in Santiago on Tuesday.", "Otieno Kamau | Prime Minister | KE")]
    [InlineData("Kenya and Chile deepen ties", "The Minister of Foreign Affairs of Kenya (MFA), Dr. Otieno Kamau, led the delegation.", "Otieno Kamau | Minister of Foreign Affairs | KE")]
    [InlineData("Kenya and Chile deepen ties", "Kenya's Cabinet Secretary (CS) Otieno Kamau opened the fair.", "Otieno Kamau | Cabinet Secretary | KE")]
    public void Reads_the_name_past_the_abbreviation(string title, string body, string expected) => Assert.Equal(expected, People(title, body));

    // Near misses: words in brackets are no abbreviation, and a bracket with no name after it names no one.
    [Theory]
    [InlineData("Kenya and Chile deepen ties", "Kenyan Prime Minister (acting) Otieno Kamau landed in Santiago on Tuesday.")]
    [InlineData("Kenya and Chile deepen ties", "The Kenyan Prime Minister (PM) said on Tuesday that the deal was near.")]
    public void Reads_no_name_past_other_brackets(string title, string body) => Assert.DoesNotContain("Otieno Kamau | Prime Minister | KE", People(title, body), StringComparison.Ordinal);
}
