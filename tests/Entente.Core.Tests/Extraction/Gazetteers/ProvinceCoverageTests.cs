using Entente.Core.Extraction.Gazetteers;
using static Entente.Core.Tests.Extraction.Gazetteers.GazetteerFixture;

namespace Entente.Core.Tests.Extraction.Gazetteers;

/// <summary>Coverage of the subdivisions the project meets most, from public administrative lists.</summary>
public class ProvinceCoverageTests
{
    // Vietnam's 63 provinces and centrally run cities before the 2025 merger.
    private static readonly string[] Vietnam63 =
    [
        "An Giang", "Ba Ria-Vung Tau", "Bac Giang", "Bac Kan", "Bac Lieu", "Bac Ninh", "Ben Tre", "Binh Dinh",
        "Binh Duong", "Binh Phuoc", "Binh Thuan", "Ca Mau", "Can Tho", "Cao Bang", "Da Nang", "Dak Lak",
        "Dak Nong", "Dien Bien", "Dong Nai", "Dong Thap", "Gia Lai", "Ha Giang", "Ha Nam", "Hanoi", "Ha Tinh",
        "Hai Duong", "Hai Phong", "Hau Giang", "Hoa Binh", "Ho Chi Minh City", "Hung Yen", "Khanh Hoa",
        "Kien Giang", "Kon Tum", "Lai Chau", "Lam Dong", "Lang Son", "Lao Cai", "Long An", "Nam Dinh",
        "Nghe An", "Ninh Binh", "Ninh Thuan", "Phu Tho", "Phu Yen", "Quang Binh", "Quang Nam", "Quang Ngai",
        "Quang Ninh", "Quang Tri", "Soc Trang", "Son La", "Tay Ninh", "Thai Binh", "Thai Nguyen", "Thanh Hoa",
        "Hue", "Tien Giang", "Tra Vinh", "Tuyen Quang", "Vinh Long", "Vinh Phuc", "Yen Bai",
    ];

    // The 34 units after the 2025 merger.
    private static readonly string[] Vietnam34 =
    [
        "Hanoi", "Hue", "Lai Chau", "Dien Bien", "Son La", "Lang Son", "Quang Ninh", "Thanh Hoa", "Nghe An",
        "Ha Tinh", "Cao Bang", "Tuyen Quang", "Lao Cai", "Thai Nguyen", "Phu Tho", "Bac Ninh", "Hung Yen",
        "Hai Phong", "Ninh Binh", "Quang Tri", "Da Nang", "Quang Ngai", "Gia Lai", "Khanh Hoa", "Lam Dong",
        "Dak Lak", "Ho Chi Minh City", "Dong Nai", "Tay Ninh", "Can Tho", "Vinh Long", "Dong Thap", "Ca Mau",
        "An Giang",
    ];

    private static readonly string[] Belarus = ["Minsk", "Brest", "Grodno", "Gomel", "Mogilev", "Vitebsk"];

    [Fact]
    public void Every_Vietnamese_province_before_and_after_2025_is_a_place_in_Vietnam()
    {
        Assert.Equal(63, Vietnam63.Length);
        Assert.Equal(34, Vietnam34.Length);
        foreach (var name in Vietnam63.Concat(Vietnam34))
            AssertPlace($"a visit to {name} province", name, "VN");
    }

    [Fact]
    public void Every_Belarusian_region_centre_is_a_place_in_Belarus()
    {
        foreach (var name in Belarus)
            AssertPlace($"the {name} region", name, "BY");
    }

    [Theory]
    [InlineData("Tran Thanh Man met")]
    [InlineData("Vo Van Thuong met")]
    [InlineData("Vladimir Putin met")]
    public void Common_given_names_are_not_places(string text)
    {
        Assert.DoesNotContain(Find(text), m => m.Kind == MentionKind.Place);
    }

    private static void AssertPlace(string text, string canonical, string country)
    {
        var mentions = MentionResolution.Resolve(Find(text + ", " + (country == "VN" ? "Vietnam" : "Belarus")));
        Assert.True(mentions.Any(m => m.Kind == MentionKind.Place && m.Canonical == canonical && m.Countries.SequenceEqual([country])),
            $"{canonical} not found as a place of {country} in '{text}'");
    }
}
