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

/// <summary>Documents still being concluded, negotiated or worked out, and understandings short of a document, give no agreement.</summary>
public class AgreementStillWorkedOnTests
{
    [Theory]
    // A gerund of concluding or drafting before the name.
    [InlineData("Chile and Peru met. The two presidents voiced their interest in concluding a memorandum of understanding on lithium.")]
    [InlineData("Chile and Peru met. Officials of Chile and Peru are negotiating an agreement on the exchange of tax data.")]
    [InlineData("Chile and Peru met. The two ministries keep working on drafting protocol for exempting officials from visa fees.")]
    // A participle of work after "to be" following the name.
    [InlineData("Chile and Peru met. The implementation agreement on the railway has to be discussed and finalised in August.")]
    [InlineData("Chile and Peru met. A treaty on judicial assistance between Chile and Peru is still to be negotiated.")]
    [InlineData("Chile and Peru met. The ministers said the memorandum on water management will be reviewed by experts.")]
    // A conclusion hoped for.
    [InlineData("Chile and Peru met. Both sides welcomed the progress made for early conclusion of the Preferential Trade Agreement.")]
    [InlineData("Chile and Peru met. The presidents called on negotiators to work for a speedy conclusion of the agreement on fisheries.")]
    [InlineData("Chile and Peru met. Chile hopes for a swift conclusion of the memorandum on scientific cooperation.")]
    // Efforts to secure or achieve a document.
    [InlineData("Chile and Peru met. Peru thanked Chile for its support to the region's efforts to secure an agreement on fisheries subsidies.")]
    [InlineData("Chile and Peru met. Chile and Peru work to achieve a treaty on the protection of glaciers.")]
    [InlineData("Chile and Peru met. Diplomats of Chile and Peru are trying to secure a protocol on migrant workers.")]
    // Talks over a document.
    [InlineData("Chile and Peru met. The two nations initiated talks over the Economic Partnership Agreement.")]
    [InlineData("Chile and Peru met. Chile and Peru opened talks about a free trade agreement in services.")]
    [InlineData("Chile and Peru met. Chile and Peru held talks over an agreement on civil aviation.")]
    // An understanding reached, short of a document.
    [InlineData("Chile and Peru met. Chile and Peru have reached a preliminary agreement on sharing river water.")]
    [InlineData("Chile and Peru met. The negotiators reached a tentative agreement on tariff cuts.")]
    [InlineData("Chile and Peru met. The ministers reached a provisional agreement on fishing quotas.")]
    public void A_document_still_worked_on_is_no_agreement(string text) => Assert.Empty(FactsOf.Of<Agreement>(text));

    [Theory]
    [InlineData("Chile and Peru met. Chile and Peru have reached a preliminary agreement to sign a Memorandum of Understanding on the Trade Road Map.")]
    [InlineData("Chile and Peru met. Chile and Peru agreed in principle to sign a memorandum on port works.")]
    [InlineData("Chile and Peru met. The ministers of Chile and Peru reached an agreement to sign a treaty on extradition.")]
    public void An_agreement_to_sign_plans_the_document(string text)
    {
        var agreement = Assert.Single(FactsOf.Of<Agreement>(text));
        Assert.Equal(Entente.Core.Knowledge.FactStatus.Planned, agreement.Status);
    }

    [Theory]
    // A conclusion that took place, and a document reviewed after its signing, stay.
    [InlineData("Chile and Peru met. After the conclusion of the agreement on fisheries in 2019, trade grew.", "agreement on fisheries")]
    [InlineData("Chile and Peru met. Chile and Peru signed an agreement on fisheries in 2019 after long talks.", "agreement on fisheries")]
    [InlineData("Chile and Peru met. Chile and Peru reached a free trade agreement in 2019.", "free trade agreement")]
    public void A_document_concluded_stays(string text, string name) => Assert.Equal(name, Assert.Single(FactsOf.Of<Agreement>(text)).Name);
}

/// <summary>Words that look like a third country, a hedge or no subject but are none.</summary>
public class AgreementFalseAlarmTests
{
    [Theory]
    // A demonym naming a language is no third country.
    [InlineData("Chile and Peru met. Chile and Peru signed a memorandum on culture that includes a Spanish language course for diplomats.", "memorandum on culture")]
    [InlineData("Chile and Peru met. Chile and Peru signed an agreement on schools, with English-language teaching in border towns.", "agreement on schools")]
    [InlineData("Chile and Peru met. Chile and Peru signed an agreement on tourism to train French-speaking guides.", "agreement on tourism")]
    // Calling for a document to be carried out is no hedge on it.
    [InlineData("Chile and Peru met. They called for effectively implementing the memorandum on border trade signed in 2020.", "memorandum on border trade")]
    [InlineData("Chile and Peru met. The ministers urged the full implementation of the agreement on fisheries of 2018.", "agreement on fisheries")]
    [InlineData("Chile and Peru met. Both sides call for the application of the treaty on river navigation signed in 1990.", "treaty on river navigation")]
    // What the document bans, lifts or ends names it.
    [InlineData("Chile and Peru met. Chile and Peru signed an agreement to ban double taxation on investments.", "agreement to ban double taxation on investments")]
    [InlineData("Chile and Peru met. Chile and Peru signed an agreement to lift visa requirements for students.", "agreement to lift visa requirements for students")]
    [InlineData("Chile and Peru met. Chile and Peru signed a protocol to end roaming charges.", "protocol to end roaming charges")]
    public void The_document_stays(string text, string name) => Assert.Equal(name, Assert.Single(FactsOf.Of<Agreement>(text)).Name);

    [Theory]
    // A demonym before another noun is still the country, and a call for a document not in effect still hedges it.
    [InlineData("Chile and Peru met. Chile and Peru signed a memorandum on culture that a Spanish company will carry out.")]
    [InlineData("Chile and Peru met. The ministers called for a new agreement on fisheries.")]
    [InlineData("Chile and Peru met. Both sides urged for the signing of the treaty on river navigation.")]
    public void A_third_country_or_a_call_still_drops_it(string text) => Assert.Empty(FactsOf.Of<Agreement>(text));
}

/// <summary>A signing told in a sentence that names two countries, one of them a side of the article's pair, is theirs.</summary>
public class AgreementSentencePairTests
{
    [Theory]
    [InlineData("Italy and Germany met in Rome. Germany praised the talks. On 24 February, the Italian prime minister and the Ukrainian president signed a security agreement.", "IT,UA")]
    [InlineData("Italy and Germany met in Rome. Germany praised the talks. Italy and Ukraine signed a Framework Agreement on Cooperation between Italy and Ukraine in 2023.", "IT,UA")]
    [InlineData("Italy and Germany met in Rome. Germany praised the talks. In 2019, the German and Austrian ministers signed an agreement on river transport.", "AT,DE")]
    public void A_signing_of_a_side_with_another_country_is_theirs(string text, string parties) =>
        Assert.Equal(parties.Split(',').Order(), Assert.Single(FactsOf.Of<Agreement>(text)).Parties.Order());

    [Theory]
    // Three countries: whose document it is is unclear.
    [InlineData("Italy and Germany met in Rome. Germany praised the talks. Italy, France and Spain signed an agreement on rail transport.")]
    // Neither country a side of the pair.
    [InlineData("Italy and Germany met in Rome. Germany praised the talks. Poland and Ukraine signed an agreement on rail transport.")]
    // Only talked about.
    [InlineData("Italy and Germany met in Rome. Germany praised the talks. Italy and Ukraine initiated discussions on the signing of an agreement on grain.")]
    public void Other_signings_stay_unread(string text) => Assert.Empty(FactsOf.Of<Agreement>(text));
}
