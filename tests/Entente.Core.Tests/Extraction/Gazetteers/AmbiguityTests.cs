using Entente.Core.Extraction.Gazetteers;
using static Entente.Core.Tests.Extraction.Gazetteers.GazetteerFixture;

namespace Entente.Core.Tests.Extraction.Gazetteers;

public class AmbiguityTests
{
    [Fact]
    public void Brest_lists_both_countries()
    {
        var brest = Single("the port of Brest", "Brest");
        Assert.Equal(MentionKind.Place, brest.Kind);
        Assert.Contains("BY", brest.Countries);
        Assert.Contains("FR", brest.Countries);
        Assert.True(brest.IsAmbiguous);
    }

    [Fact]
    public void Brest_next_to_France_resolves_to_France()
    {
        var resolved = MentionResolution.Resolve(Find("France and Belgium: the port of Brest"));
        var brest = Assert.Single(resolved, m => m.Canonical == "Brest");
        Assert.Equal(["FR"], brest.Countries);
    }

    [Fact]
    public void Brest_next_to_Belarus_resolves_to_Belarus()
    {
        var resolved = MentionResolution.Resolve(Find("Belarus: the city of Brest"));
        var brest = Assert.Single(resolved, m => m.Canonical == "Brest");
        Assert.Equal(["BY"], brest.Countries);
    }

    [Fact]
    public void Georgia_is_the_country_unless_the_article_is_about_the_United_States()
    {
        var alone = Single("Georgia signed the accord.", "Georgia");
        Assert.Equal(MentionKind.Country, alone.Kind);
        Assert.Equal("GE", alone.Code);
        Assert.Contains(alone.Candidates, c => c.Kind == MentionKind.Place && c.Country == "US");

        var inUs = alone.Prefer(new HashSet<string> { "US" });
        Assert.Equal(MentionKind.Place, inUs.Kind);
        Assert.Equal(["US"], inUs.Countries);
        Assert.Equal((alone.Start, alone.End), (inUs.Start, inUs.End));
    }

    [Fact]
    public void Prefer_keeps_the_mention_when_no_candidate_fits()
    {
        var brest = Single("the port of Brest", "Brest");
        Assert.Same(brest, brest.Prefer(new HashSet<string> { "JP" }));
    }

    [Fact]
    public void Context_counts_only_unambiguous_mentions()
    {
        var context = MentionResolution.ContextCountries(Find("Vietnam, Brest and Georgia"));
        Assert.Equal(["VN"], context);
    }
}
