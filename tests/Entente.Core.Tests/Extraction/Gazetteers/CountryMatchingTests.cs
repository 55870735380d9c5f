using Entente.Core.Extraction.Gazetteers;
using static Entente.Core.Tests.Extraction.Gazetteers.GazetteerFixture;

namespace Entente.Core.Tests.Extraction.Gazetteers;

public class CountryMatchingTests
{
    [Theory]
    [InlineData("Trade with Viet Nam grew.", "Viet Nam", "VN")]
    [InlineData("Trade with Vietnam grew.", "Vietnam", "VN")]
    [InlineData("Talks in Byelorussia ended.", "Byelorussia", "BY")]
    [InlineData("Talks in Belorussia ended.", "Belorussia", "BY")]
    [InlineData("Envoys of the Russian Federation met.", "Russian Federation", "RU")]
    [InlineData("The Republic of Korea signed.", "Republic of Korea", "KR")]
    [InlineData("Officials from the ROK arrived.", "ROK", "KR")]
    [InlineData("The DPRK said so.", "DPRK", "KP")]
    [InlineData("Ties with North Korea are old.", "North Korea", "KP")]
    [InlineData("A deal with the US was signed.", "US", "US")]
    [InlineData("A deal with the U.S. was signed.", "U.S.", "US")]
    [InlineData("Exports to America rose.", "America", "US")]
    [InlineData("Exports to Great Britain rose.", "Great Britain", "GB")]
    [InlineData("Exports to the UK rose.", "UK", "GB")]
    [InlineData("Czechia and Slovakia agreed.", "Czechia", "CZ")]
    [InlineData("The Czech Republic agreed.", "Czech Republic", "CZ")]
    [InlineData("Türkiye hosted the talks.", "Türkiye", "TR")]
    [InlineData("Turkey hosted the talks.", "Turkey", "TR")]
    [InlineData("A visit to Lao PDR began.", "Lao PDR", "LA")]
    [InlineData("Burma was renamed.", "Burma", "MM")]
    [InlineData("Cote d'Ivoire exports cocoa.", "Cote d'Ivoire", "CI")]
    [InlineData("Côte d’Ivoire exports cocoa.", "Côte d’Ivoire", "CI")]
    [InlineData("Ivory Coast exports cocoa.", "Ivory Coast", "CI")]
    public void Names_resolve_to_their_iso_code(string text, string words, string code)
    {
        var mention = Single(text, words);
        Assert.Equal(MentionKind.Country, mention.Kind);
        Assert.Equal(code, mention.Code);
        Assert.Equal([code], mention.Countries);
        Assert.False(mention.IsDemonym);
    }

    [Theory]
    [InlineData("Vietnamese firms invested.", "Vietnamese", "VN")]
    [InlineData("Belarusian leaders spoke.", "Belarusian", "BY")]
    [InlineData("Belarussian leaders spoke.", "Belarussian", "BY")]
    [InlineData("Belorussian leaders spoke.", "Belorussian", "BY")]
    [InlineData("Byelorussian leaders spoke.", "Byelorussian", "BY")]
    [InlineData("Russian gas flows.", "Russian", "RU")]
    [InlineData("Chinese tourists came.", "Chinese", "CN")]
    [InlineData("The Laotian delegation came.", "Laotian", "LA")]
    [InlineData("The Lao delegation came.", "Lao", "LA")]
    [InlineData("Filipino workers arrived.", "Filipino", "PH")]
    [InlineData("Philippine exports rose.", "Philippine", "PH")]
    [InlineData("An Emirati fund invested.", "Emirati", "AE")]
    [InlineData("French wine sold well.", "French", "FR")]
    // "Dominican" is far more often the Dominican Republic's than Dominica's; "Bissau-Guinean" is not Guinea's.
    [InlineData("The Dominican president flew in.", "Dominican", "DO")]
    [InlineData("Dominican exporters gained.", "Dominican", "DO")]
    [InlineData("Her Bissau-Guinean counterpart agreed.", "Bissau-Guinean", "GW")]
    [InlineData("A Bissau Guinean envoy spoke.", "Bissau Guinean", "GW")]
    public void Demonyms_resolve_to_their_country(string text, string words, string code)
    {
        var mention = Single(text, words);
        Assert.Equal(MentionKind.Country, mention.Kind);
        Assert.Equal(code, mention.Code);
        Assert.Equal([code], mention.Countries);
    }

    [Fact]
    public void A_possessive_ends_the_name_before_the_apostrophe()
    {
        const string text = "Vietnam's exports and Belarus’s imports";
        var mentions = Find(text);
        Assert.Equal(["Vietnam", "Belarus"], mentions.Select(m => text[m.Start..m.End]));
    }

    [Fact]
    public void Descriptions_of_a_country_are_not_resolved()
    {
        var mentions = Find("the Southeast Asian nation and the Eastern European country");
        Assert.Empty(mentions);
    }
}
