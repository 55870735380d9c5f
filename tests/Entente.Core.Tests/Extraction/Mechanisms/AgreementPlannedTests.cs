using Entente.Core.Domain;
using Entente.Core.Knowledge;

namespace Entente.Core.Tests.Extraction.Mechanisms;

/// <summary>A document the sides will sign, or agreed or are expected to sign, is a planned agreement without a signing date; a wish or a doubt gives nothing.</summary>
public class AgreementPlannedTests
{
    [Theory]
    [InlineData("Chile and Peru met. The two governments are expected to sign a memorandum of understanding on seismic monitoring.", "memorandum of understanding on seismic monitoring")]
    [InlineData("Chile and Peru met. Both ministers agreed to conclude an agreement on visa exemption for diplomatic passports.", "agreement on visa exemption for diplomatic passports")]
    [InlineData("Chile and Peru met in Lima on 3 May 2024. Chile and Peru will sign an agreement on fisheries cooperation in Santiago on 20 June 2024.", "agreement on fisheries cooperation")]
    [InlineData("Chile and Peru met in Lima. They also agreed on signing a memorandum on border crossings.", "memorandum on border crossings")]
    [InlineData("Chile and Peru met. Chile and Peru intend to sign an agreement on maritime cooperation.", "agreement on maritime cooperation")]
    [InlineData("Chile and Peru met. Officials said a framework agreement on mining cooperation would be signed soon.", "framework agreement on mining cooperation")]
    [InlineData("Chile and Peru met. Both ministers agreed on signing a Memorandum of Understanding (MoU) on Seismic Monitoring.", "Memorandum of Understanding (MoU) on Seismic Monitoring")]
    [InlineData("Chile and Peru met. A memorandum on port works is expected to be signed during the president's stay.", "memorandum on port works")]
    public void A_signing_the_sides_plan_is_a_planned_agreement(string text, string name)
    {
        var agreement = Assert.Single(FactsOf.Of<Agreement>(text));
        Assert.StartsWith(name, agreement.Name, StringComparison.Ordinal);
        Assert.Equal(FactStatus.Planned, agreement.Status);
        Assert.Null(agreement.Signed);
        Assert.Equal(["CL", "PE"], agreement.Parties.Order());
    }

    [Theory]
    [InlineData("Chile and Peru met. The two governments could sign a memorandum on seismic monitoring.")]
    [InlineData("Chile and Peru met. The ministers may consider signing an agreement on fisheries cooperation.")]
    [InlineData("Chile and Peru met. They discussed the possibility of signing a protocol on mining safety.")]
    [InlineData("Chile and Peru met. The ministers hope to sign an agreement on fisheries cooperation.")]
    [InlineData("Chile and Peru met. Both sides would possibly sign an agreement on fisheries cooperation.")]
    // A clause between the name and its planned signing may be the name's tail: which document is planned is unclear.
    [InlineData("Chile and Peru met. Chile will host Peru's president in May with a memorandum on port works in Callao, covering the new docks and related roads, expected to be signed then.")]
    // A side's plan with a third country is not the pair's.
    [InlineData("Chile and Peru met. Chile is expected to sign an agreement on river transport with Bolivia.")]
    // "They" right after a third country's minister are not the pair.
    [InlineData("Chile and Peru met in Lima. The Chilean minister later met the foreign minister of Bolivia. They also agreed on signing a memorandum on border crossings.")]
    public void A_hope_or_a_doubt_is_no_agreement(string text) =>
        Assert.Empty(FactsOf.Of<Agreement>(text));

    [Fact]
    public void A_document_told_signed_later_in_the_article_is_signed()
    {
        var agreement = Assert.Single(FactsOf.Of<Agreement>(
            "Chile and Peru met on 3 May 2024. The ministers are expected to sign an agreement on fisheries cooperation. The agreement on fisheries cooperation was signed on 3 May 2024."));
        Assert.Null(agreement.Status);
        Assert.Equal("2024-05-03", agreement.Signed);
    }
}
