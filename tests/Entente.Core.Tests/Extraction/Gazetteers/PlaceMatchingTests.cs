using Entente.Core.Extraction.Gazetteers;
using static Entente.Core.Tests.Extraction.Gazetteers.GazetteerFixture;

namespace Entente.Core.Tests.Extraction.Gazetteers;

public class PlaceMatchingTests
{
    [Theory]
    [InlineData("a plant in Hưng Yên", "Hưng Yên", "Hung Yen", "VN")]
    [InlineData("a plant in Hung Yen", "Hung Yen", "Hung Yen", "VN")]
    [InlineData("a plant in Hung Yen province", "Hung Yen province", "Hung Yen", "VN")]
    [InlineData("a plant in Hưng Yên Province.", "Hưng Yên Province", "Hung Yen", "VN")]
    [InlineData("the port of Haiphong", "Haiphong", "Hai Phong", "VN")]
    [InlineData("the port of Hai Phong city", "Hai Phong city", "Hai Phong", "VN")]
    [InlineData("offices in Hochiminh City", "Hochiminh City", "Ho Chi Minh City", "VN")]
    [InlineData("offices in HCM City", "HCM City", "Ho Chi Minh City", "VN")]
    [InlineData("offices in Saigon", "Saigon", "Ho Chi Minh City", "VN")]
    [InlineData("the capital Hà Nội", "Hà Nội", "Hanoi", "VN")]
    [InlineData("twinned with Hrodna", "Hrodna", "Grodno", "BY")]
    [InlineData("twinned with Grodno region", "Grodno region", "Grodno", "BY")]
    [InlineData("twinned with Mahilyow", "Mahilyow", "Mogilev", "BY")]
    [InlineData("twinned with Viciebsk", "Viciebsk", "Vitebsk", "BY")]
    [InlineData("twinned with Vitebsk Oblast", "Vitebsk Oblast", "Vitebsk", "BY")]
    [InlineData("a fair in Minsk", "Minsk", "Minsk", "BY")]
    [InlineData("a mine in Quảng Ninh", "Quảng Ninh", "Quang Ninh", "VN")]
    [InlineData("resorts of Thừa Thiên-Huế", "Thừa Thiên-Huế", "Hue", "VN")]
    [InlineData("factories in Đồng Nai", "Đồng Nai", "Dong Nai", "VN")]
    [InlineData("a forum in St. Petersburg", "St. Petersburg", "Saint Petersburg", "RU")]
    [InlineData("a mission in Vientiane", "Vientiane", "Vientiane", "LA")]
    [InlineData("an office in Phnom Penh", "Phnom Penh", "Phnom Penh", "KH")]
    [InlineData("a visit to Guangdong", "Guangdong", "Guangdong", "CN")]
    [InlineData("flights to Havana", "Havana", "Havana", "CU")]
    [InlineData("a plant in Almaty", "Almaty", "Almaty", "KZ")]
    [InlineData("a fair in Lombardy", "Lombardy", "Lombardy", "IT")]
    public void Places_match_with_or_without_diacritics_and_designators(string text, string words, string canonical, string country)
    {
        var mention = Single(text, words);
        Assert.Equal(MentionKind.Place, mention.Kind);
        Assert.Equal(canonical, mention.Canonical);
        Assert.Contains(country, mention.Countries);
    }

    [Fact]
    public void Ho_Chi_Minh_alone_is_a_person_not_the_city()
    {
        Assert.DoesNotContain(Find("President Ho Chi Minh wrote"), m => m.Kind == MentionKind.Place);
    }

    [Fact]
    public void A_list_of_places_gives_one_mention_each()
    {
        const string text = "Quang Ninh with Minsk, Grodno, and Brest; Hai Phong and Vitebsk";
        var names = Find(text).Select(m => m.Canonical);
        Assert.Equal(["Quang Ninh", "Minsk", "Grodno", "Brest", "Hai Phong", "Vitebsk"], names);
    }

    [Fact]
    public void Names_do_not_run_across_a_line_break()
    {
        var mentions = Find("Hai\nPhong");
        Assert.DoesNotContain(mentions, m => m.Canonical == "Hai Phong");
    }
}
