using Entente.Core.Domain;

namespace Entente.Core.Tests.Extraction.Mechanisms;

/// <summary>"the 10th meeting of the countries' joint commission": the pair's possessive stands between the session and its body.</summary>
public class SessionPossessiveTests
{
    [Theory]
    [InlineData("The ministers of Chile and Peru co-chaired the 10th meeting of the countries’ joint commission on bilateral cooperation in Lima on 2 August 2023.", 10)]
    [InlineData("Chile and Peru held the fourth session of the two sides' Joint Commission for Cooperation in Lima on 2 August 2023.", 4)]
    [InlineData("Officials of Chile and Peru attended the 7th meeting of their two countries’ joint commission on trade in Lima on 2 August 2023.", 7)]
    public void A_session_of_the_pairs_body_is_numbered(string text, int number)
    {
        var session = Assert.Single(FactsOf.Of<MechanismSession>(text));
        Assert.Equal(number, session.Number);
        Assert.Equal("2023-08-02", session.Dates?.Start);
    }

    [Theory]
    // The possessive of a third body, or no body named after it.
    [InlineData("Chile and Peru attended the 10th meeting of the countries’ parliaments in Lima on 2 August 2023.")]
    [InlineData("Chile and Peru attended the 10th meeting of the countries' leaders in Lima on 2 August 2023.")]
    public void A_possessive_before_no_body_gives_no_session(string text) => Assert.Empty(FactsOf.Of<MechanismSession>(text));
}
