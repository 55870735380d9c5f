using Entente.Core.Domain;

namespace Entente.Core.Knowledge;

/// <summary>The countries (or blocs) a fact itself names, and the pairs it belongs to.</summary>
public static class FactCountries
{
    public static IReadOnlyList<string> Of(Fact fact) => fact switch
    {
        RelationsEstablished f => f.Parties,
        EmbassyOpened f => [f.Country, f.Host],
        AmbassadorAppointed f => [f.Country, f.Host],
        Visit f => [f.From, f.To],
        Meeting f => f.Participants.Select(p => p.Country).OfType<string>().Distinct().ToList(),
        Mechanism f => f.Parties,
        Agreement f => f.Parties,
        Trade f => f.Parties,
        TradeGoods f => [f.From, f.To],
        TradeTarget f => f.Parties,
        Investment f => [f.From, f.To],
        JointVenture f => f.Parties,
        LocalityPartnership f => f.Localities.Select(l => l.Country).OfType<string>().Distinct().ToList(),
        Community f => [f.Origin, f.Host],
        Students f => [f.Origin, f.Host],
        CandidacySupport f => [f.Supporter, f.Candidate],
        OfficeHolder f => [f.Country],
        RelationshipLevel f => f.Parties,
        _ => [],
    };

    /// <summary>"BY-VN": a pair key, its two codes in ordinal order.</summary>
    public static string PairKey(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? $"{a}-{b}" : $"{b}-{a}";

    /// <summary>The pair a fact itself names, when it names exactly two countries; else null.</summary>
    public static string? OwnPair(Fact fact) => Of(fact).Distinct().ToList() is [var a, var b] ? PairKey(a, b) : null;

    /// <summary>The pairs a fact is filed under: its own two countries, and the pair of the article it came from.</summary>
    public static IReadOnlySet<string> Pairs(Fact fact, string? articlePair)
    {
        var pairs = new HashSet<string>(StringComparer.Ordinal);
        if (OwnPair(fact) is { } own) pairs.Add(own);
        if (articlePair is not null) pairs.Add(articlePair);
        return pairs;
    }
}
