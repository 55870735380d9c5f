using Entente.Core.Extraction;
using Entente.Core.Tests.Extraction.Multilateral;

namespace Entente.Core.Tests.Extraction;

public class CountryPairTests
{
    private static string? PairOf(string title, string body)
    {
        var (article, _) = FactsFrom.Extract(FactsFrom.Article(title, body));
        return new ArticleContext(article).Pair is { } pair ? $"{pair.First}-{pair.Second}" : null;
    }

    [Theory]
    // A third country named as often as the second, but never written together with the first.
    [InlineData("Japanese and Indonesian ministers to meet", "Talks in Tokyo will weigh China's role at sea.\nAnalysts expect China to object.\nJapan wants closer ties.")]
    [InlineData("Ministers meet in Jakarta", "The Japan-Indonesia talks resume next week.\nChina watches closely, and China may respond.\nJapan hosts the round.")]
    public void Countries_written_together_win_over_a_third_named_as_often(string title, string body) =>
        Assert.Equal("JP-ID", PairOf(title, body));

    [Fact]
    public void Without_a_joined_writing_the_most_mentioned_countries_make_the_pair()
    {
        // Nothing joins two countries: the pair is still the two most mentioned.
        Assert.Equal("KE-UG", PairOf("Kenya trade talks", "Kenya sells tea to Uganda.\nUganda buys more each year.\nKenya also trades with Ghana."));
    }

    [Fact]
    public void Countries_joined_only_by_a_space_are_not_a_joined_writing()
    {
        // "Ghana Nigeria" is a list without a joiner: no bonus, so the most mentioned pair stays.
        Assert.Equal("KE-UG", PairOf("Kenya and Uganda", "Kenya and Uganda met.\nA Ghana Nigeria match was also played.\nKenya and Uganda signed."));
    }

    // Of countries named as often, the one named first is the story's; the last two of a list ("in A, B and C") are not a
    // pair written together.
    [Theory]
    [InlineData("Ghana and Togo", "Togo hosted the talks.\nTogo thanked Ghana.\nAttacks in Mali, Niger and Chad were condemned.", "TG-GH")]
    [InlineData("Talks in Lome", "Togo hosted the talks.\nTogo and Ghana agreed on roads.\nFloods in Spain, Italy and Greece were mourned.", "TG-GH")]
    [InlineData("Talks in Lome", "Togo hosted the talks. Togo welcomed Ghana's offer. Relief went to Benin, Chad and Niger.", "TG-GH")]
    public void A_country_named_first_wins_a_tie_over_a_list_of_others(string title, string body, string expected) =>
        Assert.Equal(expected, PairOf(title, body));
}
