using Entente.Core.Domain;

namespace Entente.Core.Tests.Extraction.Mechanisms;

/// <summary>Documents only talked about or still to be signed give no agreement; a signer is no subject.</summary>
public class AgreementToComeTests
{
    [Theory]
    [InlineData("Chile and Peru met. The ministers also discussed a water sharing agreement that both governments want to finalise.")]
    [InlineData("Chile and Peru met. \"We are ready to sign a protocol on border crossings soon,\" the minister said.")]
    [InlineData("Chile and Peru met. The two delegations will jointly present an action plan on fisheries cooperation to the presidents.")]
    [InlineData("Chile and Peru met. Both sides agreed to draft a memorandum of understanding on mining.")]
    [InlineData("Chile and Peru met. The ministers discussed the signing of an Agreement on Cultural Cooperation, a Memorandum of Understanding on Lithium and a Treaty on Extradition.")]
    [InlineData("Chile and Peru met. The two presidents agreed to pursue a bilateral free trade agreement to expand trade.")]
    [InlineData("Chile and Peru met. Both sides agreed to explore a memorandum of understanding on lithium.")]
    [InlineData("Chile and Peru met. The ministers decided to launch a cooperation programme on fisheries.")]
    // An accord of minds is no document.
    [InlineData("Chile and Peru met. They reached an agreement on holding a joint commission next year.")]
    [InlineData("Chile and Peru met. The delegations came to an agreement on the agenda of the talks.")]
    // A side's document with a third party is not the pair's.
    [InlineData("Chile and Peru met. Chile supports Peru in implementing the Association Agreement with the European Union.")]
    [InlineData("Chile and Peru met. Peru praised Chile's free trade agreement with Japan.")]
    // A signing after the name that is only conditional ("would be signed" without "soon") is no plan.
    [InlineData("Chile and Peru met. A protocol on mining safety for the northern region would be signed by the ministers next month.")]
    public void A_document_talked_about_or_to_come_is_no_agreement(string text) =>
        Assert.Empty(FactsOf.Of<Agreement>(text));

    [Theory]
    [InlineData("Chile and Peru met. They discussed the implementation of the Chile–Peru Agreement on Fisheries Cooperation.", "Chile–Peru Agreement on Fisheries Cooperation")]
    [InlineData("Chile and Peru met. Both sides will expand trade under the Chile–Peru Free Trade Agreement signed in 2006.", "Chile–Peru Free Trade Agreement")]
    [InlineData("Chile and Peru met. The ministers discussed the Chile–Peru Agreement on Tourism, which came into force in 2019.", "Chile–Peru Agreement on Tourism")]
    [InlineData("Chile and Peru met. The ministers witnessed the signing of the agreement on tourism cooperation.", "agreement on tourism cooperation")]
    [InlineData("Chile and Peru met. Chile and Peru reached and signed an agreement on mining cooperation.", "agreement on mining cooperation")]
    [InlineData("Chile and Peru met. Chile signed a trade agreement with Peru in 2009.", "trade agreement")]
    // The signing told right after the name is its own; a later "will be signed" is another document's.
    [InlineData("Chile and Peru met. Chile and Peru recalled the memorandum on seismic monitoring, signed in 2019, and a pact that will be signed in May.", "memorandum on seismic monitoring")]
    public void A_document_in_effect_or_signed_stays(string text, string name) =>
        Assert.Equal(name, Assert.Single(FactsOf.Of<Agreement>(text)).Name);

    [Theory]
    [InlineData("Chile and Peru met. Chile's trade minister signed the MoU on behalf of Chile.")]
    [InlineData("Chile and Peru met. The Peruvian minister signed the agreement on behalf of his government.")]
    [InlineData("Chile and Peru met. The Chilean envoy signed the memorandum on behalf of the ministry.")]
    public void Who_signed_on_whose_behalf_is_no_subject_of_the_document(string text) =>
        Assert.DoesNotContain(FactsOf.Of<Agreement>(text), a => a.Name.Contains("behalf", StringComparison.Ordinal));

    [Fact]
    public void A_title_in_quotation_marks_stays_inside_the_name()
    {
        var agreement = Assert.Single(FactsOf.Of<Agreement>(
            "Chile and Peru met. The two sides signed the Action Plan on the joint ‘Green Bridge’ Initiative in Lima in 2023."));
        Assert.Equal("Action Plan on the joint ‘Green Bridge’ Initiative", agreement.Name);
    }

    [Fact]
    public void Discussing_a_signing_gives_no_signing_date()
    {
        var agreement = Assert.Single(FactsOf.Of<Agreement>(
            "Chile and Peru met in Lima on 3 May 2024. The ministers prepared the signing of the Chile–Peru Agreement on Fisheries Cooperation, which entered into force in 2020."));
        Assert.Null(agreement.Signed);
    }
}
