using Entente.Core.Domain;

namespace Entente.Core.Tests.Extraction.Mechanisms;

/// <summary>
/// Lists of fields under a plural head whose documents are told in being other than by a signing verb just before the head:
/// "supported by agreements on A and B", "two agreements on A and B were also signed", "13 agreements, including on A and B".
/// </summary>
public class AgreementListsInBeingTests
{
    private static string Names(string text) =>
        string.Join("; ", FactsOf.Of<Agreement>(text).Select(a => a.Name).Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("Chile and Peru met. Trade between Chile and Peru is already supported by three agreements on fisheries, mining, and tourism.")]
    [InlineData("Chile and Peru met. The results of the visit of Chile's president to Peru included three agreements on fisheries, mining and tourism.")]
    [InlineData("Chile and Peru met. Three other agreements on fisheries, mining and tourism were also signed by Chile and Peru in Lima.")]
    [InlineData("Chile and Peru met. Chile and Peru inked 13 agreements, including in the sphere of fisheries, mining and tourism.")]
    [InlineData("Chile and Peru met. Chile and Peru recalled the many agreements signed in 2023, including those on fisheries, mining and tourism.")]
    public void Documents_told_in_being_give_one_each(string text) =>
        Assert.Equal("agreement on fisheries; agreement on mining; agreement on tourism", Names(text));

    [Theory]
    [InlineData("Chile and Peru met. Chile and Peru will be supported by agreements on fisheries, mining and tourism.")]
    [InlineData("Chile and Peru met. The next steps for Chile and Peru included agreements on fisheries, mining and tourism that are still to be negotiated.")]
    [InlineData("Chile and Peru met. Chile and Peru discussed agreements on fisheries, mining and tourism.")]
    [InlineData("Chile and Peru met. Chile and Peru want agreements on fisheries, mining and tourism.")]
    [InlineData("Chile and Peru met. Chile and Peru plan 13 agreements, including in the sphere of fisheries, mining and tourism.")]
    public void Documents_wanted_planned_or_talked_about_give_nothing(string text) => Assert.Equal("", Names(text));

    [Fact]
    public void A_field_of_up_to_eight_words_stays_one_field()
    {
        const string text = "Chile and Peru met. Chile and Peru signed four new agreements covering energy and the green economy, "
                            + "trade and investment in food and medical products, youth education and public service capacity development.";
        Assert.Equal("agreement on energy and the green economy; agreement on public service capacity development; "
                     + "agreement on trade and investment in food and medical products; agreement on youth education", Names(text));
    }
}
