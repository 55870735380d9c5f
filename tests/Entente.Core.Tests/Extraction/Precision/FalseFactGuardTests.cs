using Entente.Core.Domain;
using Entente.Core.Tests.Extraction.Multilateral;

namespace Entente.Core.Tests.Extraction.Precision;

/// <summary>
/// Phrasings that read like a fact of the pair but state none: a document praised without being named, an office of a
/// union, a jubilee's year, a goal's figure, a loan.
/// </summary>
public class FalseFactGuardTests
{
    private static List<T> Of<T>(string title, string body) where T : Fact => FactsFrom.Of<T>(FactsFrom.Article(title, body));

    private static string Agreements(string title, string body) =>
        string.Join("; ", Of<Agreement>(title, body).Select(a => a.Name).Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("Peru and Chile sign trade pact", "The pact is the first agreement of its kind signed by Chile with an Andean state, the ministry said.")]
    [InlineData("Peru and Chile sign trade pact", "They praised the partnership, a broad-ranging agreement covering trade, defence and science.")]
    [InlineData("Peru and Chile sign trade pact", "Officials called the text a first-of-its-kind agreement that will lift growth.")]
    [InlineData("Peru and Chile hold talks", "The ministers also discussed the recent ceasefire agreement in the Middle East.")]
    [InlineData("Peru and Chile hold talks", "The talks ended in a mutual agreement on the steps needed to deepen their partnership.")]
    [InlineData("Peru and Chile hold talks", "There was broad agreement on the need to cut tariffs.")]
    public void Praise_consensus_and_others_deals_name_no_agreement(string title, string body) =>
        Assert.Equal("", Agreements(title, body));

    [Theory]
    [InlineData("Peru and Chile sign trade pact", "Peru and Chile signed an agreement on mining cooperation on Monday.", "agreement on mining cooperation")]
    [InlineData("Peru and Chile sign trade pact", "Peru and Chile signed a mutual legal assistance agreement on Monday.", "mutual legal assistance agreement")]
    [InlineData("Peru and Chile sign trade pact", "Peru and Chile signed a recent agreement on fisheries cooperation on Monday.", "agreement on fisheries cooperation")]
    public void Named_agreements_are_still_read(string title, string body, string expected) =>
        Assert.Equal(expected, Agreements(title, body));

    private static string Holders(string title, string body) =>
        string.Join("; ", Of<OfficeHolder>(title, body).Select(o => $"{o.Person} | {o.Country}").Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("Cyprus and Lebanon deepen ties", "European Council President Marco Silva will visit Beirut next week.")]
    [InlineData("Cyprus and Lebanon deepen ties", "European Commission President Ingrid Holm and the Cypriot side spoke by phone.")]
    [InlineData("Cyprus and Lebanon deepen ties", "NATO Secretary General Pieter Jansen met the delegation.")]
    public void Officers_of_a_union_hold_no_country_of_the_pair(string title, string body) => Assert.Equal("", Holders(title, body));

    [Theory]
    [InlineData("Cyprus and Lebanon deepen ties", "Cypriot President Andreas Nikolaou met European Commission officials.", "Andreas Nikolaou | CY")]
    [InlineData("Kenya and Ghana deepen ties", "Kenyan Foreign Minister Grace Wanjiru addressed the UN General Assembly.", "Grace Wanjiru | KE")]
    public void National_officers_near_a_union_are_still_read(string title, string body, string expected) =>
        Assert.Equal(expected, Holders(title, body));

    private static string Established(string title, string body) =>
        string.Join("; ", Of<RelationsEstablished>(title, body).Select(r => r.Date));

    [Theory]
    [InlineData("Qatar and Vietnam deepen ties", "In 2023, the two countries celebrated the 30th anniversary of the establishment of their diplomatic relations.")]
    [InlineData("Qatar and Vietnam deepen ties", "The year 2022 marked the 25th anniversary of diplomatic relations established between the two countries.")]
    [InlineData("Qatar and Vietnam deepen ties", "In 2021 both sides held events for the anniversary of the establishment of diplomatic ties.")]
    public void A_jubilee_year_is_not_when_relations_began(string title, string body) => Assert.Equal("", Established(title, body));

    [Fact]
    public void The_year_of_establishment_after_the_jubilee_is_still_read() =>
        Assert.Equal("1993", Established("Qatar and Vietnam deepen ties",
            "The 30th anniversary falls this year; the two countries established diplomatic relations in 1993."));

    private static string Trades(string title, string body) =>
        string.Join("; ", Of<Entente.Core.Domain.Trade>(title, body).Select(t => $"{t.Value.Amount} {t.Period.Start}"));

    [Theory]
    [InlineData("India and Russia deepen ties", "Both sides completed the task set by their leaders to reach bilateral trade of $30 billion by 2025.")]
    [InlineData("India and Russia deepen ties", "The ministers asked officials to raise bilateral trade to a level of $30 billion by 2025.")]
    [InlineData("India and Russia deepen ties", "They met the goal, set in 2015, to bring two-way trade between the two countries of $30 billion by the end of 2025.")]
    public void A_figure_to_reach_by_a_year_is_no_trade_fact(string title, string body) => Assert.Equal("", Trades(title, body));

    [Fact]
    public void A_trade_figure_with_a_later_goal_is_still_read() =>
        Assert.Equal("12000000000 2023", Trades("India and Russia deepen ties", "Bilateral trade between India and Russia reached $12 billion in 2023."));

    private static string Investments(string title, string body) =>
        string.Join("; ", Of<Entente.Core.Domain.Investment>(title, body).Select(i => $"{i.From}->{i.To}"));

    [Theory]
    [InlineData("India and Mongolia deepen ties", "India announced a $1 billion line of credit to Mongolia for its infrastructure projects.")]
    [InlineData("India and Mongolia deepen ties", "Indian investors will fund a $300 million credit line to Mongolia for roads.")]
    [InlineData("India and Mongolia deepen ties", "India extended a $200 million Line of Credit to Mongolia for a refinery.")]
    public void A_line_of_credit_is_not_an_investment(string title, string body) => Assert.Equal("", Investments(title, body));
}
