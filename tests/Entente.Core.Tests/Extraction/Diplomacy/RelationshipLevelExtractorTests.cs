using Entente.Core.Domain;

namespace Entente.Core.Tests.Extraction.Diplomacy;

public sealed class RelationshipLevelExtractorTests
{
    private static string Line(RelationshipLevel r) => $"{string.Join('-', r.Parties.Order(StringComparer.Ordinal))} {r.Level} {r.Date}".TrimEnd();

    [Theory]
    [InlineData("Vietnam and Chile upgraded their relations to a comprehensive strategic partnership in November 2023.", "CL-VN comprehensive strategic partnership 2023-11")]
    [InlineData("Japan and Vietnam elevated ties to a Comprehensive Strategic Partnership for Peace and Prosperity in 2023.", "JP-VN comprehensive strategic partnership 2023")]
    [InlineData("Poland and South Korea established a strategic partnership in 2013.", "KR-PL strategic partnership 2013")]
    [InlineData("The comprehensive partnership between Indonesia and Australia covers trade and defence.", "AU-ID comprehensive partnership")]
    [InlineData("Kenya and Germany said their strategic partnership keeps growing. The two countries trade coffee.", "DE-KE strategic partnership")]
    // Negatives: a trade agreement's name, a forum's name, a third country, a plan, no level word.
    [InlineData("Vietnam and Chile apply the Regional Comprehensive Economic Partnership agreement.", "")]
    [InlineData("Chile and Vietnam held their Strategic Partnership Dialogue in Hanoi.", "")]
    [InlineData("Vietnam and Chile trade fruit. Vietnam upgraded its ties with India to a comprehensive strategic partnership in 2016.", "")]
    [InlineData("Vietnam and Chile will upgrade their relations to a strategic partnership next year.", "")]
    [InlineData("Vietnam and Chile agreed on a partnership in 2019.", "")]
    public void ReadsTheLevelAndWhenItWasRaised(string body, string expected) =>
        Assert.Equal(expected, DiplomacyFacts.Lines<RelationshipLevel>(body, Line));

    [Fact]
    public void EvidenceQuotesTheInput() =>
        DiplomacyFacts.AssertEvidenceQuotesInput<RelationshipLevel>("Vietnam and Chile upgraded their relations to a comprehensive strategic partnership in November 2023.");
}
