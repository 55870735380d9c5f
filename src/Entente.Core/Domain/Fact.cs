using System.Text.Json.Serialization;

namespace Entente.Core.Domain;

/// <summary>
/// A typed fact of the export schema. The JSON "type" field is the discriminator; every fact
/// carries the evidence it was read from.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(RelationsEstablished), "relations_established")]
[JsonDerivedType(typeof(EmbassyOpened), "embassy_opened")]
[JsonDerivedType(typeof(AmbassadorAppointed), "ambassador_appointed")]
[JsonDerivedType(typeof(Visit), "visit")]
[JsonDerivedType(typeof(Meeting), "meeting")]
[JsonDerivedType(typeof(Mechanism), "mechanism")]
[JsonDerivedType(typeof(MechanismSession), "mechanism_session")]
[JsonDerivedType(typeof(Agreement), "agreement")]
[JsonDerivedType(typeof(Trade), "trade")]
[JsonDerivedType(typeof(TradeGoods), "trade_goods")]
[JsonDerivedType(typeof(TradeTarget), "trade_target")]
[JsonDerivedType(typeof(Investment), "investment")]
[JsonDerivedType(typeof(JointVenture), "joint_venture")]
[JsonDerivedType(typeof(LocalityPartnership), "locality_partnership")]
[JsonDerivedType(typeof(Community), "community")]
[JsonDerivedType(typeof(Students), "students")]
[JsonDerivedType(typeof(CandidacySupport), "candidacy_support")]
[JsonDerivedType(typeof(OfficeHolder), "office_holder")]
[JsonDerivedType(typeof(RelationshipLevel), "relationship_level")]
public abstract record Fact
{
    /// <summary>The schema's type name, e.g. "trade".</summary>
    [JsonIgnore]
    public string Type => FactTypes.NameOf(GetType());

    /// <summary>"almost", "around", "over"… where the text approximates a figure.</summary>
    public string? Qualifier { get; init; }

    /// <summary>"planned" for an event announced but not yet held; null when held or not an event.</summary>
    public string? Status { get; init; }

    /// <summary>Other names sources gave a named thing, kept when reconciliation joined them under one name.</summary>
    public string[]? AlsoNamed { get; init; }

    [JsonPropertyOrder(100)]
    public Evidence? Evidence { get; init; }
}

public sealed record RelationsEstablished(string[] Parties, string Date) : Fact;

public sealed record EmbassyOpened(string Country, string Host, string Date) : Fact
{
    public string? Kind { get; init; }
}

public sealed record AmbassadorAppointed(string Country, string Host, string Date) : Fact
{
    public Person? Person { get; init; }
    public string? Note { get; init; }
}

public sealed record Visit(Person Visitor, string From, string To, Period Dates) : Fact
{
    public string? Kind { get; init; }
    public Place[]? Places { get; init; }
}

public sealed record Meeting(Participant[] Participants, string Date) : Fact
{
    public Place? Place { get; init; }
}

public sealed record Mechanism(string Name, string[] Parties) : Fact
{
    public string? Area { get; init; }
}

public sealed record MechanismSession(string Mechanism) : Fact
{
    public int? Number { get; init; }
    public Period? Dates { get; init; }
    public Place? Place { get; init; }
    public int? SessionsHeld { get; init; }
}

public sealed record Agreement(string Name, string[] Parties) : Fact
{
    public string? Signed { get; init; }
    public string? InForce { get; init; }
    public Period? Covers { get; init; }
}

public sealed record Trade(string[] Parties, string Flow, Money Value, Period Period) : Fact
{
    public string? From { get; init; }
    public string? To { get; init; }
    public Change? Change { get; init; }

    /// <summary>The province, state or city a sub-national figure is about; null for the countries' own trade.</summary>
    public string? Scope { get; init; }
}

public sealed record TradeGoods(string From, string To, string[] Goods) : Fact;

public sealed record TradeTarget(string[] Parties, Money Value) : Fact
{
    public string? By { get; init; }
}

public sealed record Investment(string From, string To) : Fact
{
    public int? Projects { get; init; }
    public Money? Capital { get; init; }
    public string? AsOf { get; init; }
    public string? Investor { get; init; }
    public string? Sector { get; init; }
}

public sealed record JointVenture(string? Name, string[] Parties, string Activity) : Fact
{
    public Place? Place { get; init; }
    public Capacity? Capacity { get; init; }
    public string? Date { get; init; }
}

public sealed record LocalityPartnership(Place[] Localities) : Fact;

public sealed record Community(string Origin, string Host, CountRange Size, string AsOf) : Fact;

public sealed record Students(string Origin, string Host, long Count, string AsOf) : Fact;

public sealed record CandidacySupport(string Supporter, string Candidate, string Body) : Fact
{
    public Period? Term { get; init; }
}

public sealed record OfficeHolder(string Person, string Office, string Country) : Fact
{
    public string? AsOf { get; init; }
}

/// <summary>The level of a relationship ("comprehensive strategic partnership") and when it was set or raised.</summary>
public sealed record RelationshipLevel(string[] Parties, string Level) : Fact
{
    public string? Date { get; init; }
}
