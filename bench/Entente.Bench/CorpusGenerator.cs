using System.Text;

namespace Entente.Bench;

/// <summary>
/// Generates scraped-looking news about random country pairs, deterministic for a seed: headlines,
/// datelines, facts in varied phrasing, glued words, chrome lines and "Related" tails.
/// </summary>
public sealed class CorpusGenerator(int seed)
{
    private static readonly (string Name, string Demonym, string[] Cities)[] Countries =
    [
        ("Vietnam", "Vietnamese", ["Hanoi", "Hai Phong", "Da Nang", "Can Tho"]),
        ("Belarus", "Belarusian", ["Minsk", "Grodno", "Brest", "Vitebsk"]),
        ("Japan", "Japanese", ["Osaka", "Nagoya", "Fukuoka", "Sapporo"]),
        ("Kenya", "Kenyan", ["Nairobi", "Mombasa", "Kisumu", "Nakuru"]),
        ("Germany", "German", ["Berlin", "Hamburg", "Munich", "Leipzig"]),
        ("Chile", "Chilean", ["Santiago", "Valparaiso", "Antofagasta", "Concepcion"]),
        ("India", "Indian", ["Mumbai", "Chennai", "Pune", "Kolkata"]),
        ("Brazil", "Brazilian", ["Sao Paulo", "Recife", "Salvador", "Curitiba"]),
        ("Poland", "Polish", ["Warsaw", "Krakow", "Gdansk", "Wroclaw"]),
        ("Indonesia", "Indonesian", ["Jakarta", "Surabaya", "Medan", "Bandung"]),
    ];

    private static readonly string[] Chrome =
    [
        "Share on Facebook", "Follow us on Telegram", "Subscribe to our newsletter", "Advertisement", "By Staff Reporter",
        "Photo: Agency", "Tags: trade, diplomacy", "Comments (2)", "Read more: Ports race to catch the corridor boom",
    ];

    private readonly Random _random = new(seed);

    public string Article()
    {
        var a = Countries[_random.Next(Countries.Length)];
        var b = Countries[(Array.IndexOf(Countries, a) + 1 + _random.Next(Countries.Length - 1)) % Countries.Length];
        var year = 2015 + _random.Next(10);
        var text = new StringBuilder();
        text.Append($"{a.Name}, {b.Name} agree to deepen trade and investment ties\n\n");
        if (_random.Next(3) == 0) text.Append(Pick(Chrome)).Append("\n\n");
        text.Append($"{a.Cities[0].ToUpperInvariant()}, March {1 + _random.Next(28)} (Agency) – {a.Name} and {b.Name} agreed to deepen cooperation in trade, investment and education during talks between their foreign ministers in {a.Cities[0]}.\n\n");
        text.Append($"Two-way trade reached US${1 + _random.Next(900)} million in {year}, up {1 + _random.Next(40)}.{_random.Next(10)} percent year-on-year, while {a.Demonym} exports of machinery, textiles and seafood grew strongly.\n\n");
        text.Append($"The {a.Name}–{b.Name} Intergovernmental Committee on Economic Cooperation held its {1 + _random.Next(20)}th session in {b.Cities[0]} in October {year}, and the two sides signedan agreement on education for the {year + 1}-{year + 2} period.\n\n");
        if (_random.Next(2) == 0) text.Append(Pick(Chrome)).Append("\n\n");
        text.Append($"Thetwo countries' localities have promoted cooperation, such as ties between {a.Cities[1]} and {b.Cities[1]} and between {a.Cities[2]} and {b.Cities[2]}.\n\n");
        text.Append($"At present, around {100 + _random.Next(5000)}{a.Demonym} people are living in {b.Name}, and {10 + _random.Next(900)} {a.Demonym} students are studying there.\n\n");
        text.Append($"{b.Name} has {1 + _random.Next(30)} investment projects in {a.Name} with a total registered capital of US${1 + _random.Next(500)}.{_random.Next(10)} million./.\n\n");
        text.Append("Related\n\nAnother headline about ports\n\nAnother headline about ports\n\n");
        return text.ToString();
    }

    /// <summary>About the given number of characters of articles, one file's worth.</summary>
    public string File(int characters)
    {
        var text = new StringBuilder(characters + 4096);
        while (text.Length < characters) text.Append(Article());
        return text.ToString();
    }

    private string Pick(string[] items) => items[_random.Next(items.Length)];
}
