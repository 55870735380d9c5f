using System.Globalization;
using Entente.Core.Domain;

namespace Entente.Core.Knowledge.Briefing;

/// <summary>One English sentence per fact, as an analyst would write it in a note.</summary>
public static class FactDescription
{
    public static string Of(Fact fact) => fact switch
    {
        RelationsEstablished f => $"Diplomatic relations were established between {Names.Country(f.Parties[0])} and {Names.Country(f.Parties.ElementAtOrDefault(1))} ({f.Date}).",
        EmbassyOpened f => $"{Names.Country(f.Country)} opened its {f.Kind ?? "embassy"} in {Names.Country(f.Host)} ({f.Date}).",
        AmbassadorAppointed f => $"{Names.Country(f.Country)} appointed {(f.Person?.Name is { } n ? n + " as " : "")}{f.Note ?? "an ambassador"} to {Names.Country(f.Host)} ({f.Date}).",
        Visit f => $"{Cap((f.Kind is null ? "" : f.Kind + " ") + "visit")} to {Names.Country(f.To)} by {Who(f.Visitor, f.From)} ({Names.Period(f.Dates)}){Where(f.Places)}.",
        Meeting f => $"Meeting of {string.Join(" and ", f.Participants.Select(p => $"{(p.Office is null ? "" : p.Office + " ")}{p.Name} ({Names.Country(p.Country)})"))} ({f.Date}){(f.Place is { Name.Length: > 0 } pl ? $" in {pl.Name}" : "")}.",
        Mechanism f => $"{f.Name}{(f.Area is null ? "" : $" ({f.Area})")}.",
        MechanismSession f when f.SessionsHeld is { } held => $"The {f.Mechanism} has held {held} sessions.",
        MechanismSession f => $"{(f.Number is { } n ? Ordinal(n) + " session" : "Session")} of the {f.Mechanism}{(f.Dates is { } d ? $" ({Names.Period(d)})" : "")}{(f.Place is { } p ? $" in {p.Name}" : "")}.",
        // A planned document is told as one still to be signed, never with a signing.
        Agreement f when FactStatus.IsPlanned(f) => $"{f.Name}, to be signed{(f.Covers is { } c ? $", covering {Names.Period(c)}" : "")}.",
        Agreement f => $"{f.Name}{(f.Signed is { } s ? $", signed {s}" : "")}{(f.InForce is { } i ? $", in force since {i}" : "")}{(f.Covers is { } c ? $", covering {Names.Period(c)}" : "")}.",
        Trade f => $"{(f.Flow == "export" ? $"{Names.Country(f.From)} exports to {Names.Country(f.To)}" : "Two-way trade")}{(f.Scope is { } scope ? $" of {scope}" : "")}: {f.Qualifier}{(f.Qualifier is null ? "" : " ")}{Names.Money(f.Value)} in {TradePeriod.Of(f.Period).Label}{Change(f.Change)}.",
        TradeGoods f => $"{Names.Country(f.From)} sells {string.Join(", ", f.Goods)} to {Names.Country(f.To)}.",
        TradeTarget f => $"Trade target of {Names.Money(f.Value)}{(f.By is { } by ? $" by {by}" : "")}.",
        Investment f => $"{Names.Demonym(f.From)} investment in {Names.Country(f.To)}: {Join(f.Projects is { } p ? $"{p} project{(p == 1 ? "" : "s")}" : null, f.Capital is { } c ? Names.Money(c) : null)}{(f.Investor is { } inv ? $", by {inv}" : "")}{(f.Sector is { } sec ? $" in {sec}" : "")}{(f.AsOf is { } a ? $" (as of {a})" : "")}.",
        JointVenture f => $"Joint venture{(f.Name is { } n ? " " + n : "")} for {f.Activity}{(f.Place is { } p ? $" in {p.Name}" : "")}{(f.Capacity is { } cap ? $", capacity {cap.Amount.ToString("#,0", CultureInfo.InvariantCulture)} {cap.Unit}{(cap.Per is null ? "" : " a " + cap.Per)}" : "")}{(f.Date is { } d ? $" ({d})" : "")}.",
        LocalityPartnership f => $"{string.Join(" – ", f.Localities.Select(l => $"{l.Name} ({l.Country})"))}.",
        Community f => $"{Names.Demonym(f.Origin)} community in {Names.Country(f.Host)}: {Range(f.Size)} people ({f.AsOf}).",
        Students f => $"{Names.Count(f.Count)} {Names.Demonym(f.Origin)} students in {Names.Country(f.Host)} ({f.AsOf}).",
        CandidacySupport f => $"{Names.Country(f.Supporter)} supports {Names.Country(f.Candidate)}'s candidacy for the {f.Body}{(f.Term is { } t ? $" ({Names.Period(t)})" : "")}.",
        RelationshipLevel f => $"{Cap(f.Level)} between {Names.Country(f.Parties[0])} and {Names.Country(f.Parties.ElementAtOrDefault(1))}{(f.Date is { } d ? $" (since {d})" : "")}.",
        OfficeHolder f => $"{f.Person}, {f.Office} ({Names.Country(f.Country)}){(f.AsOf is { } a ? $", as of {a}" : "")}.",
        _ => fact.Type,
    };

    private static string Who(Person visitor, string from) =>
        $"{(visitor.Office is { } o ? $"{Names.Demonym(from)} {o}" : Names.Demonym(from) + " delegation")}{(visitor.Name is { } n ? " " + n : "")}";

    private static string Where(Place[]? places) => places is { Length: > 0 } ? $", in {string.Join(", ", places.Select(p => p.Name))}" : "";

    private static string Change(Change? change) => change switch
    {
        { Percent: { } p } => $", {(p >= 0 ? "up" : "down")} {Math.Abs(p).ToString("0.##", CultureInfo.InvariantCulture)}%",
        { Factor: { } f } => $", {f.ToString("0.##", CultureInfo.InvariantCulture)} times the year before",
        _ => "",
    };

    private static string Range(CountRange size) => size.Min == size.Max ? Names.Count(size.Min) : $"{Names.Count(size.Min)}–{Names.Count(size.Max)}";

    private static string Join(params string?[] parts) => string.Join(", ", parts.Where(p => p is not null));

    public static string Cap(string s) => s.Length == 0 ? "" : char.ToUpperInvariant(s[0]) + s[1..];

    public static string Ordinal(int n)
    {
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return n.ToString(CultureInfo.InvariantCulture) + suffix;
    }
}
