using System.Globalization;
using Entente.Core.Domain;
using Entente.Core.Extraction.Gazetteers;

namespace Entente.Core.Knowledge;

/// <summary>
/// What makes two statements the same real-world fact. Exact is compared as is; Name, when set, is
/// the identifying words of a named thing, compared by <see cref="NameKey.Similarity"/> so that one
/// committee under two names is one committee. Values are what may differ between sources: equal or
/// compatible values ("1992" and "1992-01-24") merge, incompatible ones are a conflict. Facts whose
/// value changes over time (trade, community, office holders) carry their period or year in Exact,
/// so they form a series instead of overwriting each other.
/// </summary>
public sealed record FactIdentity(string Exact, IReadOnlySet<string>? Name, IReadOnlyList<string> Values)
{
    /// <summary>Names above this similarity are the same thing.</summary>
    public const double SameName = 0.75;

    public bool SameThing(IReadOnlySet<string>? otherName) =>
        Name is null || otherName is null ? Name is null && otherName is null : NameKey.Similarity(Name, otherName) >= SameName;

    /// <summary>Values agree where both are given; dates agree when one is the other at a finer precision.</summary>
    public bool Compatible(IReadOnlyList<string> other)
    {
        if (other.Count != Values.Count) return false;
        for (var i = 0; i < Values.Count; i++)
        {
            string a = Values[i], b = other[i];
            if (a.Length == 0 || b.Length == 0 || a == b) continue;
            if (a.StartsWith("d:", StringComparison.Ordinal) && (a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal))) continue;
            return false;
        }
        return true;
    }

    /// <summary>The identity of a fact read from an article published on the given date.</summary>
    public static FactIdentity Of(Fact fact, string? published)
    {
        var year = Year(published);
        return fact switch
        {
            RelationsEstablished f => new(Join(Sorted(f.Parties)), null, [D(f.Date)]),
            EmbassyOpened f => new(Join(f.Country, f.Host, f.Kind ?? "embassy"), null, [D(f.Date)]),
            AmbassadorAppointed f => new(Join(f.Country, f.Host, f.Person?.Name is { } n ? PersonKey.Surname(n) : Year(f.Date)), null, [D(f.Date)]),
            Visit f => new(Join(f.From, f.To, f.Visitor.Name is { } n ? PersonKey.Surname(n) : Fold(f.Visitor.Office), Month(f.Dates.Start)), null, [D(f.Dates.Start), D(f.Dates.End)]),
            Meeting f => new(Join(Join(Sorted(f.Participants.Select(p => PersonKey.Surname(p.Name)))), f.Date), null, [Fold(f.Place?.Name)]),
            Mechanism f => new(Join(Sorted(f.Parties)), Words(f.Name), []),
            MechanismSession f => new(Join(f.Number?.ToString(CultureInfo.InvariantCulture) ?? (f.SessionsHeld is not null ? $"held {year}" : D(f.Dates?.Start))), Words(f.Mechanism),
                [D(f.Dates?.Start), f.SessionsHeld?.ToString(CultureInfo.InvariantCulture) ?? ""]),
            Agreement f => new(Join(Sorted(f.Parties)), Words(f.Name), [D(f.Signed), D(f.InForce)]),
            Trade f => new(Join(Join(Sorted(f.Parties)), f.Flow, f.From, f.To, f.Period.Start, f.Period.End), null, [Amount(f.Value)]),
            TradeGoods f => new(Join(f.From, f.To, year), null, []),
            TradeTarget f => new(Join(Join(Sorted(f.Parties)), f.By), null, [Amount(f.Value)]),
            Investment f => new(Join(f.From, f.To, Join(Words(f.Investor ?? "")), Year(f.AsOf) ?? year), null,
                [f.Projects?.ToString(CultureInfo.InvariantCulture) ?? "", f.Capital is { } c ? Amount(c) : ""]),
            JointVenture f => new(Join(Sorted(f.Parties)), Words(f.Name ?? f.Activity), [Fold(f.Place?.Name)]),
            LocalityPartnership f => new(Join(Sorted(f.Localities.Select(PlaceKey))), null, []),
            Community f => new(Join(f.Origin, f.Host, Year(f.AsOf) ?? year), null, [$"{f.Size.Min}-{f.Size.Max}"]),
            Students f => new(Join(f.Origin, f.Host, Year(f.AsOf) ?? year), null, [f.Count.ToString(CultureInfo.InvariantCulture)]),
            CandidacySupport f => new(Join(f.Supporter, f.Candidate, f.Term?.Start), Words(f.Body), []),
            OfficeHolder f => new(Join(f.Country, PersonKey.Surname(f.Person), Year(f.AsOf) ?? year), null, []),
            _ => throw new ArgumentOutOfRangeException(nameof(fact), fact.GetType().Name, "no identity rule for this fact type"),
        };
    }

    /// <summary>A place's key: folded name without "city", "province", "region" or "oblast".</summary>
    public static string PlaceKey(Place place)
    {
        var words = NameFolding.StripDiacritics(place.Name).ToLowerInvariant()
            .Split([' ', '-', '\''], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w is not ("city" or "province" or "region" or "oblast" or "prefecture" or "state"));
        return string.Concat(words);
    }

    private static IReadOnlySet<string> Words(string name) =>
        NameKey.Words(name, word => word.Length >= 4 && Gazetteer.Default.Country(word) is not null);

    private static string Join(params string?[] parts) => string.Join('|', parts.Select(p => p ?? ""));

    private static string Join(IReadOnlySet<string> words) => NameKey.Join(words);

    private static string[] Sorted(IEnumerable<string> items) => items.Order(StringComparer.Ordinal).ToArray();

    private static string D(string? date) => date is null ? "" : "d:" + date;

    private static string? Year(string? date) => date is { Length: >= 4 } ? date[..4] : null;

    private static string? Month(string? date) => date is { Length: >= 7 } ? date[..7] : date;

    private static string Fold(string? text) => text is null ? "" : NameFolding.StripDiacritics(text).ToLowerInvariant();

    private static string Amount(Money money) => $"{money.Amount.ToString(CultureInfo.InvariantCulture)} {money.Currency}";
}
