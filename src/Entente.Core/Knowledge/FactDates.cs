using Entente.Core.Domain;

namespace Entente.Core.Knowledge;

/// <summary>The date a fact is about, for timelines and --since, and whether its source stated it.</summary>
public static class FactDates
{
    /// <summary>
    /// The date of the event itself. Support for a candidacy has none of its own (its term is when the
    /// seat would be held, not when support was given), so it is dated by its earliest report.
    /// </summary>
    public static string? Primary(Fact fact) => fact switch
    {
        RelationsEstablished f => f.Date,
        EmbassyOpened f => f.Date,
        AmbassadorAppointed f => f.Date,
        Visit f => f.Dates.Start,
        Meeting f => f.Date,
        MechanismSession f => f.Dates?.Start,
        Agreement f => f.Signed ?? f.InForce,
        Trade f => f.Period.Start,
        TradeTarget f => f.By,
        Investment f => f.AsOf,
        JointVenture f => f.Date,
        Community f => f.AsOf,
        Students f => f.AsOf,
        OfficeHolder f => f.AsOf,
        RelationshipLevel f => f.Date,
        _ => null,
    };

    /// <summary>True for facts that are events on a timeline (relations, missions, visits, sessions, agreements, ventures…).</summary>
    public static bool IsEvent(Fact fact) => fact is RelationsEstablished or EmbassyOpened or AmbassadorAppointed or Visit or Meeting
        or MechanismSession { Dates: not null } or Agreement or JointVenture { Date: not null } or CandidacySupport or RelationshipLevel { Date: not null };

    /// <summary>
    /// True when the quote states the date's year; "in September last year" or "on Monday" give a date
    /// that the reader inferred from the publication date, and a brief must say so.
    /// </summary>
    public static bool IsStated(string date, string? quote)
    {
        if (quote is null || date.Length < 4) return true;
        var year = date[..4];
        for (var at = quote.IndexOf(year, StringComparison.Ordinal); at >= 0; at = quote.IndexOf(year, at + 1, StringComparison.Ordinal))
        {
            var before = at == 0 || !char.IsDigit(quote[at - 1]);
            var after = at + 4 >= quote.Length || !char.IsDigit(quote[at + 4]);
            if (before && after) return true;
        }
        return false;
    }

    /// <summary>True for figures that hold at a date ("as of") rather than events: without a stated date they hold when reported.</summary>
    public static bool IsAsOf(Fact fact) => fact is Investment or Community or Students or OfficeHolder;

    /// <summary>True when no source of the fact states its date: every quote leaves the year to be inferred.</summary>
    public static bool IsInferred(KnowledgeFact fact) =>
        Primary(fact.Fact) is { } date && fact.Sources.Count > 0 && fact.Sources.All(s => !IsStated(date, s.Quote));
}
