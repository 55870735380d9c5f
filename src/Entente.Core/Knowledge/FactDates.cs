using Entente.Core.Domain;

namespace Entente.Core.Knowledge;

/// <summary>The date a fact is about, for timelines and --since.</summary>
public static class FactDates
{
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
        CandidacySupport f => f.Term?.Start,
        OfficeHolder f => f.AsOf,
        _ => null,
    };

    /// <summary>True for facts that are events on a timeline (relations, missions, visits, sessions, agreements, ventures…).</summary>
    public static bool IsEvent(Fact fact) => fact is RelationsEstablished or EmbassyOpened or AmbassadorAppointed or Visit or Meeting
        or MechanismSession { Dates: not null } or Agreement or JointVenture { Date: not null } or CandidacySupport { Term: not null };
}
