using System.Globalization;
using Entente.Core.Domain;
using Entente.Core.Extraction;
using Entente.Core.Extraction.Gazetteers;
using Entente.Core.Extraction.People;
using Entente.Core.Text;

namespace Entente.Core.Knowledge;

/// <summary>
/// What makes two statements the same real-world fact. Exact is compared as is (it holds what must be
/// equal for two statements to be about one thing: the pair, the flow, the period, the currency, the
/// scope); Name, when set, is the identifying words of a named thing, matched by <see cref="ThingNames"/>
/// so that one committee under two names is one committee. Values are of two kinds:
/// <list type="bullet">
/// <item>keys ("k:"), which must agree where both are given for two statements to be about the same thing
/// (a target's date: "$1 billion by 2025" and "$2 billion by 2030" are two targets, not a conflict);</item>
/// <item>statements about the thing, which may differ between sources: dates ("d:", compatible when one is
/// the other at a finer precision; "i:" marks a date the text did not state, which never conflicts),
/// money ("m:" compared at the precision each source states, "m~:" for approximations) and plain text.</item>
/// </list>
/// Equal or compatible values merge; incompatible ones about the same thing are a conflict.
/// </summary>
public sealed record FactIdentity(string Exact, IReadOnlySet<string>? Name, IReadOnlyList<string> Values)
{
    /// <summary>Names above this similarity are the same thing.</summary>
    public const double SameName = 0.75;

    /// <summary>Relative tolerance of an approximated amount ("about", "over", "almost").</summary>
    private const decimal Approximation = 0.05m;

    public bool SameThing(IReadOnlySet<string>? otherName) =>
        Name is null || otherName is null ? Name is null && otherName is null : NameKey.Similarity(Name, otherName) >= SameName;

    /// <summary>True when the keys of the two identities agree where both are given.</summary>
    public bool SameKeys(IReadOnlyList<string> other)
    {
        if (other.Count != Values.Count) return false;
        for (var i = 0; i < Values.Count; i++)
        {
            string a = Values[i], b = other[i];
            if (!a.StartsWith("k:", StringComparison.Ordinal) && !b.StartsWith("k:", StringComparison.Ordinal)) continue;
            if (a == "k:" || b == "k:" || a == b) continue;
            if (a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal)) continue;
            return false;
        }
        return true;
    }

    /// <summary>Values agree where both are given; dates agree when one is the other at a finer precision; amounts at the coarser stated precision.</summary>
    public bool Compatible(IReadOnlyList<string> other)
    {
        if (other.Count != Values.Count) return false;
        for (var i = 0; i < Values.Count; i++)
        {
            string a = Values[i], b = other[i];
            if (a.Length == 0 || b.Length == 0 || a == b) continue;
            if (a.StartsWith("i:", StringComparison.Ordinal) || b.StartsWith("i:", StringComparison.Ordinal)) continue;
            if (a.StartsWith("k:", StringComparison.Ordinal) || b.StartsWith("k:", StringComparison.Ordinal)) continue;
            if (a.StartsWith("d:", StringComparison.Ordinal) && (a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal))) continue;
            if (a.StartsWith('m') && b.StartsWith('m') && SameAmount(a, b)) continue;
            return false;
        }
        return true;
    }

    /// <summary>How much a statement says: finer dates count more, stated dates twice as much as inferred ones, exact amounts more than approximate ones.</summary>
    public int Detail => Values.Sum(v => v.StartsWith("d:", StringComparison.Ordinal) ? 2 * v.Length : v.StartsWith("m~:", StringComparison.Ordinal) ? v.Length - 1 : v.Length);

    /// <summary>The identity of a fact read from an article published on the given date, about the given pair.</summary>
    public static FactIdentity Of(Fact fact, string? published, string? articlePair = null)
    {
        var year = Year(published);
        var quote = fact.Evidence?.Quote;
        return fact switch
        {
            RelationsEstablished f => new(Join(Sorted(f.Parties)), null, [D(f.Date, quote)]),
            EmbassyOpened f => new(Join(f.Country, f.Host, f.Kind ?? "embassy"), null, [D(f.Date, quote)]),
            AmbassadorAppointed f => new(Join(f.Country, f.Host, f.Person?.Name is { } n ? PersonKey.Surname(n) : Year(f.Date)), null, [D(f.Date, quote)]),
            Visit f => new(Join(f.From, f.To, f.Visitor.Name is { } n ? PersonKey.Surname(n) : Fold(f.Visitor.Office), f.Status ?? "held", Month(f.Dates.Start)), null,
                [D(f.Dates.Start, quote), D(f.Dates.End, quote)]),
            Meeting f => new(Join(Join(Sorted(f.Participants.Select(p => PersonKey.Surname(p.Name)))), f.Date), null, [Fold(f.Place?.Name)]),
            Mechanism f => new(Join(Sorted(f.Parties)), NameKey.OfThing(f.Name), []),
            // A session has no parties of its own: the pair of its article tells one country pair's commission from another's.
            MechanismSession f => new(Join(articlePair, f.Number?.ToString(CultureInfo.InvariantCulture) ?? (f.SessionsHeld is not null ? $"held {year}" : f.Status ?? "")),
                NameKey.OfThing(f.Mechanism), [f.Number is null && f.SessionsHeld is null ? Key(f.Dates?.Start) : "", D(f.Dates?.Start, quote), f.SessionsHeld?.ToString(CultureInfo.InvariantCulture) ?? ""]),
            // As for visits, a document still to be signed is kept apart from the one signed: the plan and the act are two events.
            Agreement f => new(f.Status is { } status ? Join([.. Sorted(f.Parties), status]) : Join(Sorted(f.Parties)), NameKey.OfThing(f.Name), [D(f.Signed, quote), D(f.InForce, quote)]),
            Trade f => new(Join(Join(Sorted(f.Parties)), f.Flow, f.From, f.To, f.Period.Start, f.Period.End, f.Value.Currency, Fold(f.Scope)), null, [Amount(f.Value, f.Qualifier)]),
            TradeGoods f => new(Join(f.From, f.To, year), null, []),
            TradeTarget f => new(Join(Join(Sorted(f.Parties)), f.Value.Currency), null, [Key(f.By), Amount(f.Value, f.Qualifier)]),
            Investment f => new(Join(f.From, f.To, Join(NameKey.OfThing(f.Investor ?? "")), Year(f.AsOf) ?? year), null,
                [f.Projects?.ToString(CultureInfo.InvariantCulture) ?? "", f.Capital is { } c ? Amount(c, f.Qualifier) : ""]),
            JointVenture f => new(Join(Sorted(f.Parties)), NameKey.OfThing(f.Name ?? f.Activity), [Fold(f.Place?.Name)]),
            LocalityPartnership f => new(Join(Sorted(f.Localities.Select(PlaceKey))), null, []),
            Community f => new(Join(f.Origin, f.Host, Year(f.AsOf) ?? year), null, [$"{f.Size.Min}-{f.Size.Max}"]),
            Students f => new(Join(f.Origin, f.Host, Year(f.AsOf) ?? year), null, [f.Count.ToString(CultureInfo.InvariantCulture)]),
            CandidacySupport f => new(Join(f.Supporter, f.Candidate, f.Term?.Start), NameKey.OfThing(f.Body), []),
            OfficeHolder f => new(Join(f.Country, PersonKey.Surname(f.Person), Fold(f.Office), Year(f.AsOf) ?? year), null, []),
            RelationshipLevel f => new(Join(Join(Sorted(f.Parties)), Fold(f.Level)), null, [D(f.Date, quote)]),
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

    /// <summary>"60 million" and "60.2 million" agree: each amount is rounded to the coarser of the two stated precisions.</summary>
    private static bool SameAmount(string a, string b)
    {
        if (!TryAmount(a, out var x, out var approxA) || !TryAmount(b, out var y, out var approxB)) return false;
        if (approxA || approxB) return Math.Abs(x - y) <= Approximation * Math.Max(Math.Abs(x), Math.Abs(y));
        var unit = Math.Max(StatedUnit(x), StatedUnit(y));
        return Math.Round(x / unit, MidpointRounding.AwayFromZero) == Math.Round(y / unit, MidpointRounding.AwayFromZero);
    }

    private static bool TryAmount(string value, out decimal amount, out bool approximate)
    {
        approximate = value.StartsWith("m~:", StringComparison.Ordinal);
        var text = value[(approximate ? 3 : 2)..];
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        return decimal.TryParse(space < 0 ? text : text[..space], NumberStyles.Number, CultureInfo.InvariantCulture, out amount);
    }

    /// <summary>
    /// The unit of the last digit a source stated: 60,200,000 was stated to 100,000. A single significant
    /// digit ("60 million", "2 billion") is read as two, since "60 million" is written to the million.
    /// </summary>
    private static decimal StatedUnit(decimal amount)
    {
        var whole = decimal.Truncate(Math.Abs(amount));
        if (whole == 0 || whole != Math.Abs(amount)) return 1;
        decimal unit = 1;
        while (whole % (unit * 10) == 0) unit *= 10;
        return whole / unit < 10 && unit >= 10 ? unit / 10 : unit;
    }


    private static string Join(params string?[] parts) => string.Join('|', parts.Select(p => p ?? ""));

    private static string Join(IReadOnlySet<string> words) => NameKey.Join(words);

    private static string[] Sorted(IEnumerable<string> items) => items.Order(StringComparer.Ordinal).ToArray();

    /// <summary>"d:2024-09" for a date the quote states; "i:2024-09" for one inferred (its year is not in the quote: "September last year").</summary>
    private static string D(string? date, string? quote) =>
        date is null ? "" : FactDates.IsStated(date, quote) ? "d:" + date : "i:" + date;

    private static string Key(string? value) => "k:" + (value ?? "");

    private static string? Year(string? date) => date is { Length: >= 4 } ? date[..4] : null;

    private static string? Month(string? date) => date is { Length: >= 7 } ? date[..7] : date;

    private static string Fold(string? text) => text is null ? "" : NameFolding.StripDiacritics(text).ToLowerInvariant();

    private static string Amount(Money money, string? qualifier) =>
        $"{(qualifier is null ? "m:" : "m~:")}{money.Amount.ToString(CultureInfo.InvariantCulture)} {money.Currency}";
}
