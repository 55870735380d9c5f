using Entente.Core.Domain;

namespace Entente.Core.Tests.Extraction.Mechanisms;

/// <summary>Binational bodies, acronyms standing for a named body, planned sessions and sessions dated by an apposition.</summary>
public class SessionStatusAndReferenceTests
{
    [Theory]
    [InlineData("Chile and Peru met in Lima. Ministers praised the Chile–Peru Binational Commission for its work on water.", "Chile–Peru Binational Commission")]
    [InlineData("Ghana and Togo met in Accra. Ghana and Togo on Monday inaugurated the Bi-National Commission (BNC) in Lome.", "Bi-National Commission (BNC)")]
    [InlineData("Ecuador and Peru met in Loja. Ecuador and Peru will prepare the Binational Cabinet together.", "Binational Cabinet")]
    [InlineData("Portugal and Brazil met. Officials prepared the Portugal-Brazil High Level Meeting in Lisbon.", "Portugal-Brazil High Level Meeting")]
    [InlineData("Portugal and Brazil met. Officials prepared the Portugal–Brazil High-Level Meeting in Lisbon.", "Portugal–Brazil High-Level Meeting")]
    public void Reads_binational_bodies_and_high_level_meetings(string text, string name)
    {
        var mechanism = Assert.Single(FactsOf.Of<Mechanism>(text));
        Assert.Equal(name, mechanism.Name);
    }

    [Theory]
    [InlineData("Poland and Ghana met. Poland and Ghana held a high level meeting on cocoa in Warsaw.")]
    [InlineData("Poland and Ghana met. The two cabinets met in Warsaw.")]
    [InlineData("Poland and Ghana met. The Cabinet of Ghana approved the budget.")]
    public void A_single_meeting_or_one_government_is_no_mechanism(string text) =>
        Assert.Empty(FactsOf.Of<Mechanism>(text));

    [Fact]
    public void Two_names_joined_by_and_keep_the_and_out()
    {
        var names = FactsOf.Of<Mechanism>("Chile and Japan met. Chile and Japan agreed to convene the Joint Economic Commission and Joint Trade Committee soon.")
            .Select(m => m.Name).Order().ToList();
        Assert.Equal(["Joint Economic Commission", "Joint Trade Committee"], names);
    }

    [Theory]
    [InlineData("Nepal and Chile met. The Nepal–Chile Joint Trade Committee (NCTC) reviewed trade. The 6th NCTC was held in Kathmandu on 3 May 2022.", 6, "2022-05-03", "Kathmandu")]
    [InlineData("Nepal and Chile met. The Nepal–Chile Joint Trade Committee (NCTC) reviewed trade. The first meeting of the NCTC took place in Santiago on 9 June 2019.", 1, "2019-06-09", "Santiago")]
    [InlineData("Nepal and Chile met. The Nepal–Chile Joint Trade Committee (NCTC) reviewed trade. Ministers recalled that the NCTC's fourth session met in Kathmandu in March 2021.", 4, "2021-03", "Kathmandu")]
    public void An_acronym_stands_for_the_body_that_gave_it(string text, int number, string date, string place)
    {
        var session = Assert.Single(FactsOf.Of<MechanismSession>(text));
        Assert.Equal("Nepal–Chile Joint Trade Committee (NCTC)", session.Mechanism);
        Assert.Equal(number, session.Number);
        Assert.Equal(date, session.Dates?.Start);
        Assert.Equal(place, session.Place?.Name);
        Assert.Single(FactsOf.Of<Mechanism>(text));
    }

    [Theory]
    [InlineData("Nepal and Chile met. The Nepal–Chile Joint Trade Committee (NCTC) reviewed trade. The last NCTC meeting was held in Kathmandu in October 2021.", "2021-10", "Kathmandu")]
    [InlineData("Nepal and Chile met. The Nepal–Chile Joint Trade Committee (NCTC) reviewed trade. The previous NCTC session took place in Santiago in May 2020.", "2020-05", "Santiago")]
    [InlineData("Nepal and Chile met. The Nepal–Chile Joint Trade Committee (NCTC) reviewed trade. Their latest NCTC round convened in Kathmandu in 2018.", "2018", "Kathmandu")]
    public void A_recent_session_named_by_acronym_is_dated(string text, string date, string place)
    {
        var session = Assert.Single(FactsOf.Of<MechanismSession>(text));
        Assert.Equal("Nepal–Chile Joint Trade Committee (NCTC)", session.Mechanism);
        Assert.Null(session.Number);
        Assert.Equal(date, session.Dates?.Start);
        Assert.Equal(place, session.Place?.Name);
        Assert.Null(session.Status);
    }

    [Theory]
    [InlineData("Peru and Chile met. Both sides agreed to hold the 5th session of the Peru–Chile Joint Commission in Lima in 2026.", 5)]
    [InlineData("Peru and Chile met. The 8th session of the Peru–Chile Joint Commission will take place in Lima next year.", 8)]
    [InlineData("Peru and Chile met. The 3rd meeting of the Peru–Chile Joint Commission is scheduled for Santiago in May.", 3)]
    [InlineData("Peru and Chile met. The ministers decided to convene the fourth Peru–Chile Joint Commission in Santiago.", 4)]
    public void A_session_only_agreed_or_scheduled_is_planned(string text, int number)
    {
        var session = Assert.Single(FactsOf.Of<MechanismSession>(text));
        Assert.Equal(number, session.Number);
        Assert.Equal("planned", session.Status);
    }

    [Theory]
    [InlineData("Peru and Chile met. The 5th session of the Peru–Chile Joint Commission was held in Lima in 2024.", 5)]
    [InlineData("Peru and Chile met. Ministers co-chaired the 7th meeting of the Peru–Chile Joint Commission in Santiago last year.", 7)]
    [InlineData("Peru and Chile met. The Peru–Chile Joint Commission held its 2nd session in Lima in May 2023, and both sides will meet again.", 2)]
    public void A_session_held_has_no_status(string text, int number)
    {
        var session = Assert.Single(FactsOf.Of<MechanismSession>(text));
        Assert.Equal(number, session.Number);
        Assert.Null(session.Status);
    }

    [Fact]
    public void A_session_dated_after_publication_is_planned()
    {
        var session = Assert.Single(FactsOf.Of<MechanismSession>(
            "Published: 2024-03-02\n\nPeru and Chile met. The 6th session of the Peru–Chile Joint Commission opens in Lima on 10 June 2024."));
        Assert.Equal("planned", session.Status);
    }

    [Theory]
    [InlineData("Chile and Bolivia met. Trade grew after the Chile–Bolivia Binational Committee on Trade, held in La Paz in April 2023.", "2023-04")]
    [InlineData("Chile and Bolivia met. Trade grew after the Chile–Bolivia Binational Committee on Trade, which was held in La Paz in March 2022.", "2022-03")]
    [InlineData("Chile and Bolivia met. Trade grew after the Chile–Bolivia Binational Committee on Trade, which took place in La Paz in 2021.", "2021")]
    public void A_body_said_to_have_been_held_gives_a_dated_session(string text, string date)
    {
        var session = Assert.Single(FactsOf.Of<MechanismSession>(text));
        Assert.Equal("Chile–Bolivia Binational Committee on Trade", session.Mechanism);
        Assert.Equal(date, session.Dates?.Start);
    }

    [Fact]
    public void The_same_session_dated_twice_in_one_week_is_one_session()
    {
        var sessions = FactsOf.Of<MechanismSession>(
            "Chile and Bolivia met. The 4th session of the Chile–Bolivia Joint Commission ended in La Paz on 6 March 2024. Ministers hailed the Chile–Bolivia Joint Commission, held in La Paz on 5 March 2024.");
        var session = Assert.Single(sessions);
        Assert.Equal(4, session.Number);
    }

    [Fact]
    public void The_date_of_the_sessions_own_clause_wins()
    {
        var sessions = FactsOf.Of<MechanismSession>(
            "Chile and Bolivia met. The 5th session of the Chile–Bolivia Joint Commission was held in La Paz on 2 May 2018, while the 3rd Chile–Bolivia Trade Committee (CBTC) was held in Santiago on 9 July 2021.");
        Assert.Equal("2021-07-09", sessions.Single(s => s.Number == 3).Dates?.Start);
        Assert.Equal("2018-05-02", sessions.Single(s => s.Number == 5).Dates?.Start);
    }

    [Theory]
    [InlineData("Chile and Bolivia met. The Chile–Bolivia Joint Trade Committee could meet again in June.")]
    [InlineData("Chile and Bolivia met. The Chile–Bolivia Joint Trade Committee would be held in Sucre next year.")]
    [InlineData("Chile and Bolivia met. Ministers said the Chile–Bolivia Joint Trade Committee might convene in the spring.")]
    public void A_hedged_meeting_still_names_the_body(string text)
    {
        Assert.Single(FactsOf.Of<Mechanism>(text));
        Assert.DoesNotContain(FactsOf.Of<MechanismSession>(text), s => s.Status is null);
    }

    [Fact]
    public void A_reference_in_a_sentence_that_named_its_body_points_to_that_body()
    {
        var session = Assert.Single(FactsOf.Of<MechanismSession>(
            "Ghana and Togo met. The Ghana–Togo Joint Commission on Security met before. " +
            "The Bi-National Commission (BNC) will give ministers a platform, the president said at the commission's inaugural session."));
        Assert.Equal("Bi-National Commission (BNC)", session.Mechanism);
        Assert.Equal(1, session.Number);
    }
}
