using Entente.Core.Extraction.Gazetteers;
using static Entente.Core.Tests.Extraction.Gazetteers.GazetteerFixture;

namespace Entente.Core.Tests.Extraction.Gazetteers;

public class RegionMatchingTests
{
    [Theory]
    [InlineData("exports to Latin America", "Latin America")]
    [InlineData("a partner in Southeast Asia", "Southeast Asia")]
    [InlineData("patrols in the South China Sea", "South China Sea")]
    [InlineData("peace on the Korean Peninsula", "Korean Peninsula")]
    [InlineData("states of the former Soviet Union", "Soviet Union")]
    public void Regions_are_read_whole_and_belong_to_no_country(string text, string words)
    {
        var region = Single(text, words);
        Assert.Equal(MentionKind.Region, region.Kind);
        Assert.Empty(region.Countries);
        Assert.DoesNotContain(Find(text), m => m.Kind == MentionKind.Country);
    }
}
