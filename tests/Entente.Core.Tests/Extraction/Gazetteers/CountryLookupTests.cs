using static Entente.Core.Tests.Extraction.Gazetteers.GazetteerFixture;

namespace Entente.Core.Tests.Extraction.Gazetteers;

public class CountryLookupTests
{
    [Theory]
    [InlineData("VN", "VN")]
    [InlineData("vn", "VN")]
    [InlineData("VNM", "VN")]
    [InlineData("Vietnam", "VN")]
    [InlineData("Viet Nam", "VN")]
    [InlineData("Vietnamese", "VN")]
    [InlineData("the Russian Federation", "RU")]
    [InlineData("Byelorussian", "BY")]
    [InlineData("South Korea", "KR")]
    [InlineData("Korea", "KR")]
    [InlineData("DPRK", "KP")]
    [InlineData("Türkiye", "TR")]
    [InlineData("Turkiye", "TR")]
    [InlineData("United States of America", "US")]
    [InlineData("Laos", "LA")]
    public void Country_accepts_codes_names_and_demonyms(string query, string code)
    {
        Assert.Equal(code, Default.Country(query)?.Code);
    }

    [Theory]
    [InlineData("Atlantis")]
    [InlineData("the Southeast Asian nation")]
    [InlineData("XX")]
    public void Country_returns_null_for_unknown_names(string query)
    {
        Assert.Null(Default.Country(query));
    }

    [Fact]
    public void Every_iso_country_is_known_with_a_name()
    {
        Assert.Equal(250, Default.Countries.Count);
        Assert.All(Default.Countries, c => Assert.Equal(c, Default.Country(c.Name)));
        Assert.Contains("Belarussian", Default.Country("BY")!.Demonyms);
    }

    [Fact]
    public void Entry_counts_cover_every_kind()
    {
        var counts = Default.EntryCounts;
        Assert.True(counts[Entente.Core.Extraction.Gazetteers.MentionKind.Place] > 5000);
        Assert.True(counts[Entente.Core.Extraction.Gazetteers.MentionKind.Office] > 100);
        Assert.True(counts[Entente.Core.Extraction.Gazetteers.MentionKind.Bloc] >= 17);
        Assert.True(counts[Entente.Core.Extraction.Gazetteers.MentionKind.Body] >= 8);
    }
}
