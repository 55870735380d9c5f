using System.Text.Json;
using Entente.Core.Domain;
using Entente.Core.Extraction;
using Entente.Core.Extraction.Gazetteers;
using Entente.Core.Text;

namespace Entente.Core.Knowledge;

/// <summary>
/// Folds one article's facts into the knowledge base. The work is proportional to the article:
/// each fact looks up only the stored facts with its exact identity. A fact that matches one of them
/// (same thing, compatible values) becomes a new source of it; a fact about the same thing with other
/// values is stored beside it in the same conflict group; anything else is a new fact. Only the same
/// thing can conflict: the exact identity holds the pair, flow, period, currency and scope, the keys
/// hold what tells two targets or sessions apart, and names must match (<see cref="SameNamedThing"/>).
/// </summary>
public static class Reconciler
{
    /// <summary>Adds an article's facts: short names and acronyms that the article itself spells out first are read as the full name.</summary>
    public static void AddArticle(IKnowledgeSession session, long articleId, IReadOnlyList<Fact> facts, string? published, string? articlePair)
    {
        foreach (var fact in ResolveShortNames(facts)) Add(session, articleId, fact, published, articlePair);
    }

    /// <summary>
    /// The type and exact identity each of an article's facts is looked up by, as <see cref="AddArticle"/>
    /// looks them up: what a store locks against concurrent writers, or reads ahead in one query.
    /// </summary>
    public static IEnumerable<(string Type, string Exact)> Lookups(IReadOnlyList<Fact> facts, string? published, string? articlePair) =>
        ResolveShortNames(facts).Select(f => FactStatus.Annotate(f, published)).Select(f => (f.Type, FactIdentity.Of(f, published, articlePair).Exact));

    public static void Add(IKnowledgeSession session, long articleId, Fact fact, string? published, string? articlePair)
    {
        fact = FactStatus.Annotate(fact, published);
        var identity = FactIdentity.Of(fact, published, articlePair);
        var payload = Payload(fact);
        var pairs = FactCountries.Pairs(fact, articlePair);
        var candidates = session.Candidates(fact.Type, identity.Exact);
        var sameThing = candidates.Where(c => identity.SameKeys(c.Values) && SameNamedThing(fact, identity, c, candidates)).ToList();
        var match = sameThing.FirstOrDefault(c => identity.Compatible(c.Values));
        long id;
        if (match is not null)
        {
            id = match.Id;
            var merged = Merge(match, fact, identity);
            if (merged is not null) session.ReplacePayload(id, merged.Value.Payload, merged.Value.Identity);
            session.AddPairs(id, pairs, FactCountries.OwnPair(fact));
        }
        else
        {
            id = session.AddFact(fact, identity, payload, sameThing.FirstOrDefault()?.ConflictGroup, pairs);
        }
        if (fact.Evidence is { } evidence) session.AddSource(id, articleId, evidence);
    }

    /// <summary>The fact as stored: every field but the evidence, which becomes a source.</summary>
    public static string Payload(Fact fact) => JsonSerializer.Serialize(fact with { Evidence = null }, EntenteJson.Options);

    public static Fact FromPayload(string payload) => JsonSerializer.Deserialize<Fact>(payload, EntenteJson.Options)!;

    /// <summary>The name of a named thing (mechanism, session's mechanism, agreement, venture, body); null for other facts.</summary>
    public static string? NameOf(Fact fact) => fact switch
    {
        Mechanism f => f.Name,
        MechanismSession f => f.Mechanism,
        Agreement f => f.Name,
        JointVenture f => f.Name ?? f.Activity,
        CandidacySupport f => f.Body,
        _ => null,
    };

    /// <summary>
    /// Two names of one thing: similar words (reordered, spelled otherwise), one the acronym of the
    /// other, or one a short form of the other ("the Commission") when no other candidate also has it.
    /// </summary>
    private static bool SameNamedThing(Fact fact, FactIdentity identity, StoredIdentity candidate, IReadOnlyList<StoredIdentity> all)
    {
        if (identity.Name is null || candidate.Name is null) return identity.Name is null && candidate.Name is null;
        if (identity.SameThing(candidate.Name)) return true;
        var name = NameOf(fact)!;
        var storedName = NameOf(FromPayload(candidate.Payload)) ?? "";
        var storedWords = NameKey.OfThing(storedName);
        if (identity.SameThing(storedWords) || NameKey.IsAcronymOf(name, storedName) || NameKey.IsAcronymOf(storedName, name)) return true;
        if (!IsShortForm(name, identity.Name, storedName, storedWords)) return false;
        return all.Count(c => NameOf(FromPayload(c.Payload)) is { } other && IsShortForm(name, identity.Name, other, NameKey.OfThing(other))) == 1;
    }

    /// <summary>One name is a short form of the other: its few words are all in the other, its head noun as written too.</summary>
    private static bool IsShortForm(string name, IReadOnlySet<string> words, string other, IReadOnlySet<string> otherWords) =>
        (NameKey.IsPartOf(words, otherWords) && NameKey.SharesHead(name, other)) || (NameKey.IsPartOf(otherWords, words) && NameKey.SharesHead(other, name));

    /// <summary>
    /// Within one article, a name that is a short form or an acronym of exactly one fuller name the same
    /// article gives ("the Commission" after "the Intergovernmental Commission on Trade") is that name.
    /// </summary>
    public static IReadOnlyList<Fact> ResolveShortNames(IReadOnlyList<Fact> facts)
    {
        var names = facts.Select(NameOf).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Select(n => (Name: n, Words: NameKey.OfThing(n))).ToList();
        if (names.Count < 2) return facts;
        return facts.Select(fact =>
        {
            if (fact is not (Mechanism or MechanismSession or Agreement) || NameOf(fact) is not { } name) return fact;
            var words = NameKey.OfThing(name);
            var fuller = names.Where(n => (NameKey.IsPartOf(words, n.Words) && NameKey.SharesHead(name, n.Name)) || NameKey.IsAcronymOf(name, n.Name)).ToList();
            if (fuller.Count != 1) return fact;
            return WithName(fact, fuller[0].Name) with { AlsoNamed = [.. fact.AlsoNamed ?? [], name] };
        }).ToList();
    }

    /// <summary>
    /// What the stored fact becomes with a new statement: goods lists are united; a statement with
    /// more precise values (a day where the store had a year) replaces the stored one; a named thing
    /// keeps its fullest name and the other names it was given.
    /// </summary>
    private static (string Payload, FactIdentity Identity)? Merge(StoredIdentity stored, Fact incoming, FactIdentity identity)
    {
        var existing = FromPayload(stored.Payload);
        if (incoming is TradeGoods goods && existing is TradeGoods existingGoods)
        {
            var union = existingGoods.Goods.Concat(goods.Goods.Where(g => !existingGoods.Goods.Contains(g, StringComparer.OrdinalIgnoreCase))).ToArray();
            return union.Length == existingGoods.Goods.Length ? null : (Payload(existingGoods with { Goods = union }), identity);
        }
        var storedIdentity = identity with { Values = stored.Values };
        var kept = identity.Detail > storedIdentity.Detail ? incoming with { Evidence = null } : existing;
        var keptIdentity = ReferenceEquals(kept, existing) ? storedIdentity : identity;
        if (NameOf(incoming) is { } incomingName && NameOf(existing) is { } existingName && !Fold(incomingName).Equals(Fold(existingName), StringComparison.Ordinal))
        {
            var (full, other) = NameKey.OfThing(incomingName).Count > NameKey.OfThing(existingName).Count || (NameKey.OfThing(incomingName).Count == NameKey.OfThing(existingName).Count && incomingName.Length > existingName.Length)
                ? (incomingName, existingName) : (existingName, incomingName);
            var also = (existing.AlsoNamed ?? []).Concat(incoming.AlsoNamed ?? []).Append(other)
                .Where(n => !Fold(n).Equals(Fold(full), StringComparison.Ordinal)).DistinctBy(Fold).ToArray();
            kept = WithName(kept, full) with { AlsoNamed = also };
        }
        else if (incoming.AlsoNamed is { Length: > 0 } incomingAlso)
        {
            kept = kept with { AlsoNamed = [.. (existing.AlsoNamed ?? []).Concat(incomingAlso).DistinctBy(Fold)] };
        }
        if (existing.Status == FactStatus.Planned && incoming.Status is null) kept = kept with { Status = null };
        var payload = Payload(kept);
        return payload == stored.Payload ? null : (payload, keptIdentity);
    }

    private static Fact WithName(Fact fact, string name) => fact switch
    {
        Mechanism f => f with { Name = name },
        MechanismSession f => f with { Mechanism = name },
        Agreement f => f with { Name = name },
        _ => fact,
    };


    private static string Fold(string name) => NameFolding.StripDiacritics(name).ToLowerInvariant();
}
