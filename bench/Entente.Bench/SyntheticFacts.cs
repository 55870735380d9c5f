using Entente.Core.Domain;

namespace Entente.Bench;

/// <summary>
/// Facts as extraction would give them for a stream of articles about random pairs: recurring
/// facts (the same partnership or committee reported again), series (trade by year) and conflicts.
/// Pairs are skewed as in real news: a few pairs get many articles, most get few.
/// </summary>
public sealed class SyntheticFacts(int seed)
{
    private static readonly string[] Codes =
    [
        "VN", "BY", "JP", "KE", "DE", "CL", "IN", "BR", "PL", "ID", "LA", "TH", "KZ", "EG", "TR", "CN", "RU", "US", "FR", "GB",
        "IT", "ES", "KR", "AU", "ZA", "NG", "MX", "AR", "SA", "AE", "IR", "PK", "BD", "MY", "SG", "PH", "UZ", "AZ", "CU", "AO",
    ];
    private static readonly string[] Words = Enumerable.Range(0, 4000).Select(i => $"w{i:x}").ToArray();

    private readonly Random _random = new(seed);

    /// <summary>Index skewed towards the first codes (quadratic), so pairs of the first few countries are the busiest.</summary>
    private int Skewed(int n) => (int)(n * Math.Pow(_random.NextDouble(), 2));

    public (string Pair, string Published, List<Fact> Facts) Article()
    {
        var a = Codes[Skewed(Codes.Length)];
        var b = Codes[(Array.IndexOf(Codes, a) + 1 + Skewed(Codes.Length - 1)) % Codes.Length];
        var year = 2000 + _random.Next(26);
        var facts = new List<Fact>
        {
            new Trade([a, b], "total", new Money(10_000_000m * (1 + _random.Next(50)), "USD"), new Period($"{year - 1}", $"{year - 1}")),
            new LocalityPartnership([new Place($"City{_random.Next(400)}", a), new Place($"City{_random.Next(400)}", b)]),
            new Mechanism($"Joint Committee on {Pick("Trade", "Science", "Culture", "Defence", "Energy")} Cooperation {_random.Next(3)}", [a, b]),
            new MechanismSession($"Joint Committee on Trade Cooperation") { Number = 1 + _random.Next(30), Dates = Period.Single($"{year}-{1 + _random.Next(12):D2}") },
            new Visit(new Person($"Minister{_random.Next(2000)} Surname{_random.Next(5000)}", "Minister of Foreign Affairs"), a, b, Period.Single($"{year}-{1 + _random.Next(12):D2}")),
            new Agreement($"Agreement on {Pick("visa exemption", "investment protection", "double taxation", "education", "tourism")} {_random.Next(200)}", [a, b]) { Signed = $"{year - _random.Next(20)}" },
            new Community(a, b, new CountRange(100 * _random.Next(1, 50), 100 * _random.Next(50, 90)), $"{year}"),
            new Students(a, b, _random.Next(10, 3000), $"{year}"),
            new CandidacySupport(b, a, Pick("UN Human Rights Council", "International Law Commission", "UN Security Council")) { Term = new Period($"{year}", $"{year + 3}") },
            new OfficeHolder($"Person{_random.Next(3000)} Surname{_random.Next(8000)}", "Deputy Prime Minister", a) { AsOf = $"{year}" },
        };
        return (string.CompareOrdinal(a, b) < 0 ? $"{a}-{b}" : $"{b}-{a}", $"{year}", facts);
    }

    /// <summary>An article body of about the size of a short news story, of words drawn at random, so no two are near-duplicates.</summary>
    public string Text(int words) => string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[_random.Next(Words.Length)])) + ".";

    private string Pick(params string[] options) => options[_random.Next(options.Length)];
}
