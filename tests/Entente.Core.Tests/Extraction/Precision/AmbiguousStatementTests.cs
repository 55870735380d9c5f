using Entente.Core.Domain;
using Entente.Core.Tests.Extraction.Multilateral;

namespace Entente.Core.Tests.Extraction.Precision;

/// <summary>
/// Statements whose reading the text leaves open (a comma that may be decimal, a guest's side under a host's dateline,
/// a signing still to come) give no fact; their plain neighbours still do.
/// </summary>
public class AmbiguousStatementTests
{
    private static List<T> Of<T>(string title, string body) where T : Fact => FactsFrom.Of<T>(FactsFrom.Article(title, body));

    private static string Trades(string title, string body) =>
        string.Join("; ", Of<Entente.Core.Domain.Trade>(title, body).Select(t => $"{t.Value.Amount}"));

    [Theory]
    [InlineData("Iran and Oman deepen ties", "Trade between Iran and Oman reached $1,336 billion in 2022.")]
    [InlineData("Iran and Oman deepen ties", "In 2023 the volume of trade turnover between Iran and Oman amounted to $525,737 million.")]
    [InlineData("Iran and Oman deepen ties", "Bilateral trade between the two countries stood at $2,450 bln in 2021.")]
    [InlineData("Iran and Oman deepen ties", "Bilateral trade between the two countries stood at EUR 310,250 million in 2021.")]
    public void A_comma_group_before_a_scale_word_is_ambiguous(string title, string body) => Assert.Equal("", Trades(title, body));

    [Theory]
    [InlineData("Iran and Oman deepen ties", "Trade between Iran and Oman reached $12,000 million in 2022.", "12000000000")]
    [InlineData("Iran and Oman deepen ties", "Trade between Iran and Oman reached $1.336 billion in 2022.", "1336000000")]
    [InlineData("Iran and Oman deepen ties", "Trade between Iran and Oman reached $525,737,000 in 2022.", "525737000")]
    [InlineData("Iran and Oman deepen ties", "During 2018, trade with Oman reached US$ 42,791 million, 24% more than in 2017.", "42791000000")]
    public void Unambiguous_figures_are_still_read(string title, string body, string expected) => Assert.Equal(expected, Trades(title, body));

    private static string Holders(string body) =>
        string.Join("; ", FactsFrom.Of<OfficeHolder>($"Vietnam and Denmark deepen ties\n\n{body}\n").Select(o => $"{o.Person} | {o.Country}").Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("COPENHAGEN, May 6, 2024 — Visiting Deputy Prime Minister Lan Hoang met business leaders on Tuesday.")]
    [InlineData("COPENHAGEN, May 6, 2024 — The visiting Minister of Industry Lan Hoang toured a wind farm on Tuesday.")]
    [InlineData("COPENHAGEN, May 6, 2024 — Visiting Minister Lan Hoang said the talks went well.")]
    public void A_guest_is_not_given_the_datelines_side(string body) => Assert.Equal("", Holders(body));

    [Fact]
    public void A_host_official_under_the_dateline_still_is() =>
        Assert.Equal("Mette Lund | DK", Holders("COPENHAGEN, May 6, 2024 — Minister of Industry Mette Lund opened the forum on Tuesday."));

    private static string Agreements(string title, string body) =>
        string.Join("; ", Of<Agreement>(title, body).Select(a => a.Name).Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("Brazil and Angola hold talks", "The leaders met after a joint statement to the media at the palace.")]
    [InlineData("Brazil and Angola hold talks", "The ministers read joint statements to the press after the talks.")]
    [InlineData("Brazil and Angola hold talks", "All preconditions are in place for the signing of an agreement on energy solidarity between the two countries.")]
    [InlineData("Brazil and Angola hold talks", "Officials began preparations for the signing of a treaty on border demarcation.")]
    public void Press_statements_and_signings_to_come_are_no_agreements(string title, string body) => Assert.Equal("", Agreements(title, body));

    [Theory]
    [InlineData("Brazil and Angola sign deal", "Brazil and Angola signed an agreement on energy solidarity on Monday.", "agreement on energy solidarity")]
    [InlineData("Brazil and Angola sign deal", "Brazil and Angola held a ceremony for the signing of an agreement on energy solidarity on Monday.", "agreement on energy solidarity")]
    public void Signed_documents_are_still_read(string title, string body, string expected) => Assert.Equal(expected, Agreements(title, body));

    private static string People(string title, string body) =>
        string.Join("; ", Of<OfficeHolder>(title, body).Select(o => o.Person).Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("India and Guyana deepen ties", "The pact was signed by Dr. K.J Raman, High Commissioner of India to Guyana.", "K.J Raman")]
    [InlineData("India and Guyana deepen ties", "The pact was signed by P.V.N Raman, High Commissioner of India to Guyana.", "P.V.N Raman")]
    [InlineData("India and Guyana deepen ties", "The pact was signed by Anil K.S Raman, High Commissioner of India to Guyana.", "Anil K.S Raman")]
    public void Initials_joined_by_full_stops_stay_in_the_name(string title, string body, string expected) =>
        Assert.Equal(expected, People(title, body));
}
