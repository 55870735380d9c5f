using System.Globalization;
using Entente.Core.Domain;

namespace Entente.Core.Tests.Extraction.Investment;

public class JointVentureExtractorTests
{
    private static string Ventures(string title, string body) =>
        string.Join("; ", ExtractedFacts.Of<JointVenture>(ExtractedFacts.Article(title, body)).Select(Describe));

    private static string Describe(JointVenture f)
    {
        var parts = new List<string> { string.Join("+", f.Parties.Order(StringComparer.Ordinal)), f.Name ?? "-", f.Activity };
        if (f.Place is { } p) parts.Add($"at {p.Name}/{p.Country}");
        if (f.Capacity is { } c) parts.Add($"{c.Amount.ToString(CultureInfo.InvariantCulture)} {c.Unit}/{c.Per ?? "-"}");
        if (f.Date is { } d) parts.Add($"on {d}");
        return string.Join(" | ", parts);
    }

    [Theory]
    [InlineData("Belarus and Vietnam", "The visit in March 2021 saw the launch of the BELAZ VIET joint venture for mining truck assembly, with an annual capacity of 200 units.",
        "BY+VN | BELAZ VIET | mining truck assembly | 200 units/year | on 2021-03")]
    [InlineData("Belarus and Vietnam", "Documents were signed to establish a tractor production joint venture in Hai Duong province.",
        "BY+VN | - | tractor production | at Hai Duong/VN")]
    [InlineData("China and Ethiopia", "In Adama, an Ethiopian-Chinese joint venture launched in 2022 assembles buses, with a capacity of 800 buses a year.",
        "CN+ET | - | bus assembly | 800 buses/year | on 2022")]
    [InlineData("Kazakhstan and Uzbekistan", "In Kostanay, a Kazakh-Uzbek joint venture produces glass bottles with a capacity of 50,000 tonnes per year.",
        "KZ+UZ | - | glass bottle production | at Kostanay/KZ | 50000 tonnes/year")]
    [InlineData("Vietnam and Laos", "A Vietnamese-Lao joint venture is also mining bauxite in Champasak province.",
        "LA+VN | - | bauxite mining | at Champasak/LA")]
    [InlineData("India and UAE", "Among the best-known ventures is Gulf Infralog, the shipping and logistics joint venture of the two groups.",
        "AE+IN | Gulf Infralog | shipping and logistics")]
    [InlineData("Thailand and Laos", "The best-known of these is Nam Ngum Power, a joint venture of Thai and Lao companies that runs a 600-megawatt hydropower plant.",
        "LA+TH | Nam Ngum Power | hydropower plant | 600 megawatts/-")]
    [InlineData("Japan and Indonesia", "PT Suzuki Maju, a joint venture of two groups, can make 2.5 million motorcycles a year.",
        "ID+JP | PT Suzuki Maju | motorcycle production | 2500000 motorcycles/year")]
    [InlineData("Spain and Mexico", "In Querétaro, a Spanish-Mexican joint venture manufactures wind turbines and can build 300 turbines a year.",
        "ES+MX | - | wind turbine manufacturing | at Queretaro/MX | 300 turbines/year")]
    [InlineData("Russia and Vietnam", "The Vietsovpetro joint venture extracts crude oil off the southern coast.",
        "RU+VN | Vietsovpetro | crude oil extraction")]
    // A brand or origin before the product is not the activity; "mills" is an activity verb.
    [InlineData("Russia and Vietnam", "A Russian-Vietnamese joint venture that assembles Kamaz trucks in Hung Yen province has expanded.",
        "RU+VN | - | truck assembly | at Hung Yen/VN")]
    [InlineData("Russia and Vietnam", "A joint venture of Vietnamese and Russian firms mills wheat in Can Tho.",
        "RU+VN | - | wheat milling | at Can Tho/VN")]
    // Two ventures in one sentence, each with its own place and capacity; a named venture's later plans do not undo it.
    [InlineData("Belarus and Vietnam", "A Belarusian-Vietnamese joint venture produces buses in Hai Duong, while Minsk Motors Vietnam, a joint venture that assembles tractors in Nghe An, plans to build 2,000 tractors a year.",
        "BY+VN | - | bus production | at Hai Duong/VN; BY+VN | Minsk Motors Vietnam | tractor assembly | at Nghe An/VN | 2000 tractors/year")]
    // "joint" with a shared plant, a shared activity of products, or "jointly" with a verb.
    [InlineData("Egypt and Uzbekistan", "The partners opened a joint textile factory in Bukhara last year.",
        "EG+UZ | - | textile production | at Bukhara/UZ")]
    [InlineData("Belarus and Vietnam", "The joint assembly plant in Nghe An can turn out 3,000 trucks a year.",
        "BY+VN | - | truck assembly | at Nghe An/VN | 3000 trucks/year")]
    [InlineData("Brazil and Angola", "The scheme covers the joint assembly of buses and farm trucks in Angola.",
        "AO+BR | - | bus and farm truck assembly")]
    [InlineData("India and Russia", "Companies of both countries are jointly manufacturing rifles at a plant in Amethi.",
        "IN+RU | - | rifle manufacturing")]
    // The venture's place is the one after it, not a venue earlier in the sentence.
    [InlineData("Azerbaijan and Uzbekistan", "At a forum in Tashkent, officials said a joint venture for cotton yarn production in Ganja had started work.",
        "AZ+UZ | - | cotton yarn production | at Ganja/AZ")]
    public void Reads_joint_ventures(string title, string body, string expected) =>
        Assert.Equal(expected, Ventures(title, body));

    [Theory]
    // Plans, generic mentions without an activity, third countries.
    [InlineData("Belarus and Vietnam", "The two sides plan to set up a joint venture for bus assembly.")]
    [InlineData("Belarus and Vietnam", "They could establish a milk production joint venture next year.")]
    [InlineData("India and Russia", "Defence cooperation continues through joint ventures.")]
    [InlineData("India and Russia", "Automotive joint ventures form the backbone of the relationship.")]
    [InlineData("Vietnam and Laos", "A Thai-Japanese joint venture assembles cars in Bangkok.")]
    [InlineData("Vietnam and Laos", "Two-way trade reached US$2 billion in 2024.")]
    [InlineData("Belarus and Vietnam", "In May 2024 the sides discussed a joint venture for tractor assembly.")]
    [InlineData("Belarus and Vietnam", "A second joint venture, to assemble buses, is being discussed.")]
    [InlineData("Belarus and Vietnam", "A new joint venture will produce tractors.")]
    [InlineData("Belarus and Vietnam", "The two ministers held a joint press conference in Hanoi.")]
    [InlineData("Belarus and Vietnam", "The Joint Commission of the two countries met in Minsk.")]
    public void Gives_no_joint_venture(string title, string body) =>
        Assert.Equal("", Ventures(title, body));

    [Fact]
    public void Evidence_quotes_the_input()
    {
        var text = ExtractedFacts.Article("Belarus and Vietnam", "Ties are old.  A Belarusian-Vietnamese joint venture assembles trucks in Hung Yen province.");
        var fact = Assert.Single(ExtractedFacts.Of<JointVenture>(text));
        Assert.Equal(text[fact.Evidence!.Start..fact.Evidence.End], fact.Evidence.Quote);
        Assert.StartsWith("A Belarusian-Vietnamese joint venture", fact.Evidence.Quote);
    }
}
