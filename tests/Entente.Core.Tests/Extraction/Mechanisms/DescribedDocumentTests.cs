using Entente.Core.Domain;

namespace Entente.Core.Tests.Extraction.Mechanisms;

/// <summary>
/// A lower-case name with nothing after its head ("a trade agreement", "this landmark pact") only says what kind of document it is.
/// Where the article names a document of that kind between the same sides by its title, the description is that document again.
/// </summary>
public class DescribedDocumentTests
{
    [Theory]
    [InlineData("Chile and Korea met in Seoul. Chile and Korea signed the Comprehensive Economic Partnership Agreement on 3 May 2024. "
                + "Exporters in Chile said the multi-billion-dollar agreement was signed after a decade of talks.", "Comprehensive Economic Partnership Agreement")]
    [InlineData("Peru and Japan met. Peru and Japan signed a trade agreement on 12 June 2023. "
                + "The Economic Partnership Agreement entered into force in 2024.", "Economic Partnership Agreement")]
    [InlineData("Ghana and Kenya met in Accra. Ghana and Kenya have signed a bilateral free trade agreement, officials said. "
                + "The Ghana-Kenya Market Access Treaty will enter into force next year.", "Ghana-Kenya Market Access Treaty")]
    [InlineData("Chile and Peru met. Chile and Peru signed the Coastal Fisheries Treaty in 2019. "
                + "Fishermen in Chile have gained from the landmark pact signed in 2019.", "Coastal Fisheries Treaty")]
    // In one sentence too, when the description is no item of a list beside the title.
    [InlineData("Chile and Korea met in Seoul. Chile became the first partner of Korea in a free trade pact when both signed the "
                + "Comprehensive Economic Partnership Agreement in 2003.", "Comprehensive Economic Partnership Agreement")]
    public void A_description_beside_a_titled_document_of_its_kind_is_that_document(string text, string titled)
    {
        var agreement = Assert.Single(FactsOf.Of<Agreement>(text));
        Assert.Equal(titled, agreement.Name);
    }

    [Theory]
    // Nothing titled: the description is the only name the document has.
    [InlineData("Chile and Korea met in Seoul. Chile and Korea signed a trade agreement on 3 May 2024.", "trade agreement")]
    [InlineData("Peru and Japan met. Peru and Japan concluded a security pact in Lima on 12 June 2023.", "security pact")]
    public void A_description_alone_is_kept(string text, string name)
    {
        var agreement = Assert.Single(FactsOf.Of<Agreement>(text));
        Assert.Equal(name, agreement.Name);
    }

    [Fact]
    public void A_description_of_another_kind_than_the_titled_document_is_kept()
    {
        var agreements = FactsOf.Of<Agreement>(
            "Ghana and Kenya met in Accra. Ghana and Kenya signed the Market Access Treaty on 4 March 2024. Ghana and Kenya also signed a customs protocol.");
        Assert.Equal(["Market Access Treaty", "customs protocol"], agreements.Select(a => a.Name).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Ghana and Kenya met in Accra. On 4 March 2024 Ghana and Kenya signed a customs agreement and the Market Access Treaty.")]
    [InlineData("Ghana and Kenya met in Accra. Ghana and Kenya signed the Market Access Treaty, a customs agreement and a transit protocol on 4 March 2024.")]
    [InlineData("Ghana and Kenya met in Accra. Ghana and Kenya signed the Market Access Treaty as well as a customs agreement on 4 March 2024.")]
    public void A_description_listed_beside_the_titled_document_is_another_one(string text)
    {
        var names = FactsOf.Of<Agreement>(text).Select(a => a.Name).ToList();
        Assert.Contains("Market Access Treaty", names);
        Assert.Contains("customs agreement", names);
    }

    [Fact]
    public void A_description_with_a_subject_of_its_own_is_kept()
    {
        var agreements = FactsOf.Of<Agreement>(
            "Chile and Korea met in Seoul. Chile and Korea signed the Comprehensive Economic Partnership Agreement and an agreement on fisheries research on 3 May 2024.");
        Assert.Equal(["Comprehensive Economic Partnership Agreement", "agreement on fisheries research"], agreements.Select(a => a.Name).Order(StringComparer.Ordinal));
    }
}
