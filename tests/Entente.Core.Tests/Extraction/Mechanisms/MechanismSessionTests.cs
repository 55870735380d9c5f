using Entente.Core.Domain;

namespace Entente.Core.Tests.Extraction.Mechanisms;

public class MechanismSessionTests
{
    [Theory]
    [InlineData("Vietnam and Cuba reviewed ties. The 12th session of the Vietnam–Cuba Intergovernmental Committee on Economic Cooperation was held in Hanoi on 3–4 October 2023.",
        "Vietnam–Cuba Intergovernmental Committee on Economic Cooperation", 12, "2023-10-03", "2023-10-04", "Hanoi")]
    [InlineData("India and Ghana discussed gold. The India–Ghana Joint Trade Committee held its fifth meeting in Accra on 14 February 2022.",
        "India–Ghana Joint Trade Committee", 5, "2022-02-14", "2022-02-14", "Accra")]
    [InlineData("Poland and Chile want more trade. The Poland–Chile Joint Commission for Economic Cooperation is the main forum of Poland and Chile. The seventh session took place in Santiago in May 2019.",
        "Poland–Chile Joint Commission for Economic Cooperation", 7, "2019-05", "2019-05", "Santiago")]
    [InlineData("Malaysia and Japan are partners. Malaysia and Japan held the Fourth Malaysia–Japan Bilateral Consultations in Tokyo on 8 June 2024.",
        "Malaysia–Japan Bilateral Consultations", 4, "2024-06-08", "2024-06-08", "Tokyo")]
    [InlineData("Egypt and Hungary met. Ministers co-chaired the third meeting of the Egypt–Hungary Joint Economic Committee in Budapest on 2 March 2021.",
        "Egypt–Hungary Joint Economic Committee", 3, "2021-03-02", "2021-03-02", "Budapest")]
    [InlineData("Vietnam and Mexico talked. Vietnam and Mexico held their seventh political consultation at deputy foreign minister level in Hanoi on 20 May 2025.",
        "political consultation at deputy foreign minister level", 7, "2025-05-20", "2025-05-20", "Hanoi")]
    [InlineData("Laos and Thailand met. Ministers opened the 24th Laos–Thailand Joint Commission meeting in Vientiane on 18 January 2025.",
        "Laos–Thailand Joint Commission", 24, "2025-01-18", "2025-01-18", "Vientiane")]
    [InlineData("Laos and Vietnam met. The Laos–Vietnam Intergovernmental Committee's 46th meeting took place in Hanoi in January 2024.",
        "Laos–Vietnam Intergovernmental Committee", 46, "2024-01", "2024-01", "Hanoi")]
    [InlineData("Chile and Korea met. The Chile–Korea Joint Economic Committee, which held its inaugural meeting in Seoul in June 2021, would meet again soon.",
        "Chile–Korea Joint Economic Committee", 1, "2021-06", "2021-06", "Seoul")]
    [InlineData("Chile and Korea met. The ninth session of the Chile–Korea Joint Economic Committee is expected to take place in Santiago in March 2026.",
        "Chile–Korea Joint Economic Committee", 9, "2026-03", "2026-03", "Santiago")]
    // The heads of government's retreat, a council between states, and "their joint commission" with no fuller name.
    [InlineData("Chile and Peru met. The 4th Chile-Peru Leaders’ Retreat was held in Lima on 2 March 2023.",
        "Chile-Peru Leaders’ Retreat", 4, "2023-03-02", "2023-03-02", "Lima")]
    [InlineData("Chile and Peru met. The prime ministers held the 5th Chile-Peru Annual Leaders’ Meeting in Lima on 2 March 2023.",
        "Chile-Peru Annual Leaders’ Meeting", 5, "2023-03-02", "2023-03-02", "Lima")]
    [InlineData("Chile and Peru met. The third Chile-Peru Annual Leaders' Meeting took place in Lima on 9 May 2024.",
        "Chile-Peru Annual Leaders' Meeting", 3, "2024-05-09", "2024-05-09", "Lima")]
    [InlineData("Chile and Peru met. Leaders opened the 2nd Annual Leaders’ Meeting between Chile and Peru in Lima on 4 June 2022.",
        "Annual Leaders’ Meeting between Chile and Peru", 2, "2022-06-04", "2022-06-04", "Lima")]
    [InlineData("Chile and Peru met. The 6th meeting of the Supreme Interstate Council was held in Lima on 18 April 2023.",
        "Supreme Interstate Council", 6, "2023-04-18", "2023-04-18", "Lima")]
    [InlineData("Chile and Peru met. The deals were signed during the 10th session of their joint commission held in Lima on 1 August 2023.",
        "joint commission", 10, "2023-08-01", "2023-08-01", "Lima")]
    // "scheduled for" a date is when the session meets.
    [InlineData("Chile and Peru met. The 8th session of the Chile-Peru Joint Commission is scheduled for 3 May 2022 in Lima.",
        "Chile-Peru Joint Commission", 8, "2022-05-03", "2022-05-03", "Lima")]
    [InlineData("Chile and Peru met. The 9th meeting of the Chile-Peru Joint Commission, slated for 4 to 6 June 2023, will be held in Lima.",
        "Chile-Peru Joint Commission", 9, "2023-06-04", "2023-06-06", "Lima")]
    [InlineData("Chile and Peru met. The 10th session of the Chile-Peru Joint Commission, set for 7 July 2021, will take place in Lima.",
        "Chile-Peru Joint Commission", 10, "2021-07-07", "2021-07-07", "Lima")]
    // How often the body meets, between "of the" and its name.
    [InlineData("Chile and Peru met. The 8th meeting of the biannual Chile-Peru Joint Working Group took place in Lima on 3 May 2022.",
        "Chile-Peru Joint Working Group", 8, "2022-05-03", "2022-05-03", "Lima")]
    [InlineData("Chile and Peru met. Ministers co-chaired the 11th session of the annual Chile-Peru Joint Commission in Lima on 7 July 2021.",
        "Chile-Peru Joint Commission", 11, "2021-07-07", "2021-07-07", "Lima")]
    [InlineData("Chile and Peru met. The second meeting of their biennial Chile–Peru Political Consultations was held in Lima on 5 June 2023.",
        "Chile–Peru Political Consultations", 2, "2023-06-05", "2023-06-05", "Lima")]
    // An ordinal over fillers ("annual", "joint") before the body's name numbers its session.
    [InlineData("Chile and Peru met. The second annual Chile–Peru Political Consultations were held in Lima on 5 June 2023.",
        "Chile–Peru Political Consultations", 2, "2023-06-05", "2023-06-05", "Lima")]
    [InlineData("Chile and Peru met. On 9 May 2022 the first regular bilateral consultation between Chile and Peru was held in Lima.",
        "bilateral consultation between Chile and Peru", 1, "2022-05-09", "2022-05-09", "Lima")]
    // A Roman numeral of two letters or more numbers the session, as in news translated from Spanish or French.
    [InlineData("Peru and Ecuador met. The XIV Peru-Ecuador Binational Cabinet was held in Loja on 8 April 2023.",
        "Peru-Ecuador Binational Cabinet", 14, "2023-04-08", "2023-04-08", "Loja")]
    [InlineData("Chile and Argentina met. The XII session of the Chile-Argentina Joint Commission took place in Santiago on 4 May 2022.",
        "Chile-Argentina Joint Commission", 12, "2022-05-04", "2022-05-04", "Santiago")]
    [InlineData("Mexico and Colombia met. The two ministers co-chaired the IX meeting of the Mexico-Colombia Binational Commission in Bogota on 3 June 2021.",
        "Mexico-Colombia Binational Commission", 9, "2021-06-03", "2021-06-03", "Bogota")]
    // A capitalised "Strategic Dialogue" with no fuller name is the pair's own, and its rounds are numbered.
    [InlineData("Kuwait and Japan met. The two sides held the second round of their annual Strategic Dialogue in Tokyo on 9 May 2022.",
        "Strategic Dialogue", 2, "2022-05-09", "2022-05-09", "Tokyo")]
    [InlineData("Chile and Peru met. The third Strategic Dialogue took place in Lima on 4 April 2023.",
        "Strategic Dialogue", 3, "2023-04-04", "2023-04-04", "Lima")]
    [InlineData("Ghana and Togo met. Ministers co-chaired the fifth session of the Strategic Dialogue in Lome on 2 June 2021.",
        "Strategic Dialogue", 5, "2021-06-02", "2021-06-02", "Lome")]
    // The ministers of both sides in a capitalised "Ministerial Forum" or "Ministerial Roundtable".
    [InlineData("Chile and Peru met. The 5th Chile-Peru Ministerial Forum was held in Lima on 3 May 2023.",
        "Chile-Peru Ministerial Forum", 5, "2023-05-03", "2023-05-03", "Lima")]
    [InlineData("Chile and Peru met. Ministers of both sides attended the second Peru-Chile Ministerial Roundtable in Santiago on 26 August 2024.",
        "Peru-Chile Ministerial Roundtable", 2, "2024-08-26", "2024-08-26", "Santiago")]
    [InlineData("Chile and Peru met. The third Ministerial Forum between Chile and Peru took place in Cusco on 14 June 2022.",
        "Ministerial Forum between Chile and Peru", 3, "2022-06-14", "2022-06-14", "Cusco")]
    public void Reads_a_numbered_session(string text, string mechanism, int number, string start, string end, string place)
    {
        var session = Assert.Single(FactsOf.Of<MechanismSession>(text));
        Assert.Equal(mechanism, session.Mechanism);
        Assert.Equal(number, session.Number);
        Assert.Equal(new Period(start, end), session.Dates);
        Assert.Equal(place, session.Place?.Name);
        Assert.Null(session.SessionsHeld);
    }

    [Theory]
    [InlineData("Hungary and Kazakhstan traded grain. The Hungary–Kazakhstan Intergovernmental Commission last met in Astana in 2021.",
        "Hungary–Kazakhstan Intergovernmental Commission", "2021", "Astana")]
    [InlineData("Morocco and Brazil met. Brazil values the Morocco–Brazil strategic dialogue between the two foreign ministers, which held its latest round in Rabat in March 2024.",
        "strategic dialogue between the two foreign ministers", "2024-03", "Rabat")]
    [InlineData("Angola and Brazil spoke by phone. The Joint Angola–Brazil Standing Commission last met in Luanda in 2023.",
        "Joint Angola–Brazil Standing Commission", "2023", "Luanda")]
    // A body said to be held (passive, or "took place") is one of its sessions.
    [InlineData("Ghana and Peru met. Ghana–Peru Political Consultations were held in Accra in May 2022.",
        "Ghana–Peru Political Consultations", "2022-05", "Accra")]
    [InlineData("Ghana and Peru met. They set up the Ghana–Peru Joint Commission. The previous Joint Commission was held in Lima in 2019.",
        "Ghana–Peru Joint Commission", "2019", "Lima")]
    [InlineData("Ghana and Peru met. The Ghana–Peru Joint Trade Committee took place in Kumasi in 2021 with 90 firms.",
        "Ghana–Peru Joint Trade Committee", "2021", "Kumasi")]
    public void Reads_a_dated_session(string text, string mechanism, string date, string place)
    {
        var session = Assert.Single(FactsOf.Of<MechanismSession>(text));
        Assert.EndsWith(mechanism, session.Mechanism, StringComparison.Ordinal);
        Assert.Null(session.Number);
        Assert.Equal(Period.Single(date), session.Dates);
        Assert.Equal(place, session.Place?.Name);
    }

    [Theory]
    [InlineData("Egypt and Serbia met. The Egypt–Serbia Joint Committee has held nine sessions so far.", "Egypt–Serbia Joint Committee", 9)]
    [InlineData("Vietnam and Chile met. The Vietnam–Chile Intergovernmental Committee on Trade has conducted 4 sessions.", "Vietnam–Chile Intergovernmental Committee on Trade", 4)]
    public void Counts_sessions_held(string text, string mechanism, int held)
    {
        var session = Assert.Single(FactsOf.Of<MechanismSession>(text));
        Assert.Equal(mechanism, session.Mechanism);
        Assert.Equal(held, session.SessionsHeld);
        Assert.Null(session.Number);
    }

    [Fact]
    public void A_title_and_a_body_naming_one_session_give_one_fact()
    {
        var sessions = FactsOf.Of<MechanismSession>(
            "India and Kenya review ties at fifth session of Joint Commission\n\nThe fifth session of the India–Kenya Joint Commission was held in Nairobi on 10 June 2024.");
        var session = Assert.Single(sessions);
        Assert.Equal(5, session.Number);
        Assert.Equal("Nairobi", session.Place?.Name);
    }

    [Theory]
    [InlineData("Ghana and India met. Ghana and India set up the Ghana–India Joint Commission. The next session of the Joint Commission is planned for Accra.")]
    [InlineData("Ghana and India met. Both sides called for an early first meeting of the Ghana–India Joint Commission on Energy.")]
    [InlineData("Ghana and India met. Ghana and India set up the Ghana–India Joint Commission. A third session could be held in Accra in 2026 if funding is found.")]
    [InlineData("Ghana and India met. India held the fourth session of its joint commission with Nigeria in Abuja in 2022.")]
    [InlineData("Ghana and India met. The Ghana–India Joint Commission met in Accra. The fifth session of the National Assembly opened in Accra on 3 May 2024.")]
    [InlineData("Ghana and India met. The Ghana–India Joint Commission met in Accra. The two sides have held three rounds of talks on a trade deal.")]
    [InlineData("Ghana and India met. The Ghana–India Joint Commission met in Accra in 2019. Trade grew. Investment grew. Tourism grew. The 21st session was held in Accra in 2024.")]
    // A leaders' meeting is a standing format only as the capitalised "Annual Leaders' Meeting" of the two sides.
    [InlineData("Ghana and Peru met. The 5th annual leaders' meeting of the party was held in Lima on 2 March 2023.")]
    [InlineData("Ghana and Peru met. The 5th APEC Economic Leaders’ Meeting was held in Lima on 2 March 2023.")]
    [InlineData("Ghana and Peru met. The 3rd Annual Leaders’ Meeting of the G20 was held in Lima on 2 March 2023.")]
    [InlineData("Ghana and Peru met. The Ghana–Peru Joint Commission met in Accra. The 4th session of the annual budget debate was held in Lima on 2 March 2023.")]
    // Held up, or held without a date, is no session.
    [InlineData("Ghana and Peru met. The Ghana–Peru Joint Commission was held up by funding in 2023.")]
    [InlineData("Ghana and Peru met. The Ghana–Peru Joint Commission was held in high regard by both sides.")]
    [InlineData("Ghana and Peru met. The Ghana–Peru Joint Commission met in Accra. Its first annual report on trade was published in Lima on 3 May 2024.")]
    public void Gives_no_session(string text) => Assert.Empty(FactsOf.Of<MechanismSession>(text));

    /// <summary>"the third edition of X", "the 1st A-B JCC", "On 24 May, the X were held in Y", "X was last held in Y in 2018".</summary>
    [Theory]
    [InlineData("Chile and Peru met. A delegation went to Lima for the third edition of the Chile-Peru Joint Committee (CPJC) on 12 May 2022.",
        "Chile-Peru Joint Committee (CPJC)", 3, "2022-05-12")]
    [InlineData("Chile and Peru set up the Chile-Peru Joint Permanent Commission (JPC) in 2010. The 1st Chile-Peru JPC was held on April 3-5, 2011 in Arica.",
        "Chile-Peru Joint Permanent Commission (JPC)", 1, "2011-04-03")]
    [InlineData("Chile and Peru met. The second sitting of the Chile-Peru Intergovernmental Commission convened in Lima on 9 June 2015.",
        "Chile-Peru Intergovernmental Commission", 2, "2015-06-09")]
    public void Editions_sittings_and_numbered_acronyms_are_numbered_sessions(string text, string mechanism, int number, string start)
    {
        var session = Assert.Single(FactsOf.Of<MechanismSession>(text), x => x.Number == number);
        Assert.Equal(mechanism, session.Mechanism);
        Assert.Equal(start, session.Dates?.Start);
    }

    [Theory]
    [InlineData("Chile and Peru met. On 24 May 2023, the Chile-Peru Foreign Office Consultations (FOC) were held in Lima.", "Chile-Peru Foreign Office Consultations (FOC)", "2023-05-24")]
    [InlineData("Chile and Peru met. In March 2021, the Chile-Peru Joint Commission was held in Santiago.", "Chile-Peru Joint Commission", "2021-03")]
    [InlineData("Chile and Peru met. The Chile-Peru Joint Committee (CPJC) met this week. The CPJC, set up in 2007, was last held in Lima in 2018.", "Chile-Peru Joint Committee (CPJC)", "2018")]
    public void A_body_held_on_a_date_before_or_last_held_is_a_dated_session(string text, string mechanism, string start) =>
        Assert.Contains(FactsOf.Of<MechanismSession>(text), x => x.Mechanism == mechanism && x.Dates?.Start == start);

    [Theory]
    [InlineData("Chile and Peru met. On 24 May 2023, ministers said the Chile-Peru Joint Commission, which was held up by the pandemic, would meet.")]
    [InlineData("Chile and Peru met. On 24 May 2023, Chile proposed to Peru, in a letter, that the Chile-Peru Joint Commission be held in Lima.")]
    [InlineData("Chile and Peru met. The third edition of the Lima book fair opened on 12 May 2022.")]
    public void Near_misses_give_no_dated_session(string text) =>
        Assert.DoesNotContain(FactsOf.Of<MechanismSession>(text), x => x.Dates?.Start is "2023-05-24" or "2022-05-12");

    /// <summary>
    /// Session numbers in the shapes scrapes and translations leave: a suffix apart from its digits, a bare digit
    /// count before a singular session word, a session "in" the named body, the name opened by a quote.
    /// </summary>
    [Theory]
    [InlineData("Chile and Peru met. The Chile-Peru Joint Commission held its 14 th session in Lima on 2 May 2023.", "Chile-Peru Joint Commission", 14)]
    [InlineData("Chile and Peru met. Ministers closed the 6-th meeting of the Chile-Peru Joint Commission in Lima on 2 May 2023.", "Chile-Peru Joint Commission", 6)]
    [InlineData("Chile and Peru met. Ministers closed the 21 session of the Chile-Peru Joint Commission in Lima on 2 May 2023.", "Chile-Peru Joint Commission", 21)]
    [InlineData("Chile and Peru met. Ministers gathered in Lima on 2 May 2023 for the fourth session in the Chile-Peru Strategic Dialogue.", "Chile-Peru Strategic Dialogue", 4)]
    [InlineData("Chile and Peru met. The fifth meeting of the “Chile-Peru Joint Commission” took place in Lima on 2 May 2023.", "Chile-Peru Joint Commission", 5)]
    public void Reads_a_session_number_in_a_scraped_or_translated_shape(string text, string mechanism, int number)
    {
        var session = Assert.Single(FactsOf.Of<MechanismSession>(text));
        Assert.Equal(mechanism, session.Mechanism);
        Assert.Equal(number, session.Number);
        Assert.Equal("2023-05-02", session.Dates?.Start);
    }

    /// <summary>A count of days, parties or sessions, a session in a place, and a word after a hyphen are no session numbers.</summary>
    [Theory]
    [InlineData("Chile and Peru met. The Chile-Peru Joint Commission met in Lima. During the two-day meeting on 2 May 2023 ministers signed a deal.")]
    [InlineData("Chile and Peru met. The Chile-Peru Joint Commission met in Lima. The 4-party meeting on 2 May 2023 was tense.")]
    [InlineData("Chile and Peru met. The Chile-Peru Joint Commission met in Lima. The 12 sessions of 2 May 2023 were long.")]
    [InlineData("Chile and Peru met. The Chile-Peru Joint Commission met in Lima. Delegates read the 7-the rules on 2 May 2023.")]
    [InlineData("Chile and Peru met. The Chile-Peru Joint Commission met in Lima. Ministers met on 2 May 2023 for a session in the Lima Convention Centre.")]
    public void Reads_no_session_number_from_counts_or_places(string text) =>
        Assert.DoesNotContain(FactsOf.Of<MechanismSession>(text), s => s.Number is not null);

    [Theory]
    [InlineData("Peru and Ecuador met. The Peru-Ecuador Binational Cabinet approved the Phase II Border Plan in Loja on 8 April 2023.")]
    [InlineData("Peru and Ecuador met. I met the Peru-Ecuador Binational Cabinet in Loja on 8 April 2023.")]
    [InlineData("Peru and Ecuador met. The Peru-Ecuador Binational Cabinet praised the XIV Andean Games in Loja on 8 April 2023.")]
    public void A_roman_numeral_before_something_else_numbers_no_session(string text) =>
        Assert.DoesNotContain(FactsOf.Of<MechanismSession>(text), s => s.Number is not null);

    [Theory]
    // A business or a world forum, a forum or roundtable not called ministerial, and a ministerial forum of one side only.
    [InlineData("Chile and Peru met. The 5th Chile-Peru Business Forum was held in Lima on 3 May 2023.")]
    [InlineData("Chile and Peru met. Ministers of Chile and Peru attended the 54th World Economic Forum in Davos on 16 January 2024.")]
    [InlineData("Chile and Peru met. The second Chile-Peru Roundtable took place in Santiago on 26 August 2024.")]
    [InlineData("Chile and Peru met. The 5th Chilean Ministerial Forum was held in Santiago on 3 May 2023.")]
    public void A_forum_not_of_both_sides_ministers_is_no_mechanism(string text)
    {
        Assert.DoesNotContain(FactsOf.Of<Mechanism>(text), m => m.Name.Contains("Forum", StringComparison.Ordinal) || m.Name.Contains("Roundtable", StringComparison.Ordinal));
        Assert.DoesNotContain(FactsOf.Of<MechanismSession>(text), x => x.Mechanism.Contains("Forum", StringComparison.Ordinal) || x.Mechanism.Contains("Roundtable", StringComparison.Ordinal));
    }
}
