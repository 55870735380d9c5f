using System.Text.Json;
using Entente.Core.Domain;

namespace Entente.Core.Knowledge;

/// <summary>
/// Folds one article's facts into the knowledge base. The work is proportional to the article:
/// each fact looks up only the stored facts with its exact identity. A fact that matches one of them
/// (same named thing, compatible values) becomes a new source of it; a fact about the same thing with
/// other values is stored beside it in the same conflict group; anything else is a new fact.
/// </summary>
public static class Reconciler
{
    public static void Add(IKnowledgeSession session, long articleId, Fact fact, string? published, string? articlePair)
    {
        var identity = FactIdentity.Of(fact, published);
        var payload = Payload(fact);
        var pairs = FactCountries.Pairs(fact, articlePair);
        var sameThing = session.Candidates(fact.Type, identity.Exact).Where(c => identity.SameThing(c.Name)).ToList();
        var match = sameThing.FirstOrDefault(c => identity.Compatible(c.Values));
        long id;
        if (match is not null)
        {
            id = match.Id;
            var merged = Merge(match, fact, identity);
            if (merged is not null) session.ReplacePayload(id, merged.Value.Payload, merged.Value.Identity);
            session.AddPairs(id, pairs);
        }
        else
        {
            id = session.AddFact(fact.Type, identity, payload, sameThing.FirstOrDefault()?.ConflictGroup, pairs, FactDates.Primary(fact));
        }
        if (fact.Evidence is { } evidence) session.AddSource(id, articleId, evidence);
    }

    /// <summary>The fact as stored: every field but the evidence, which becomes a source.</summary>
    public static string Payload(Fact fact) => JsonSerializer.Serialize(fact with { Evidence = null }, EntenteJson.Options);

    public static Fact FromPayload(string payload) => JsonSerializer.Deserialize<Fact>(payload, EntenteJson.Options)!;

    /// <summary>
    /// What the stored fact becomes with a new statement: goods lists are united; a statement with
    /// more precise values (a day where the store had a year) replaces the stored one.
    /// </summary>
    private static (string Payload, FactIdentity Identity)? Merge(StoredIdentity stored, Fact incoming, FactIdentity identity)
    {
        if (incoming is TradeGoods goods && FromPayload(stored.Payload) is TradeGoods existing)
        {
            var union = existing.Goods.Concat(goods.Goods.Where(g => !existing.Goods.Contains(g, StringComparer.OrdinalIgnoreCase))).ToArray();
            return union.Length == existing.Goods.Length ? null : (Payload(existing with { Goods = union }), identity);
        }
        var incomingDetail = identity.Values.Sum(v => v.Length);
        var storedDetail = stored.Values.Sum(v => v.Length);
        return incomingDetail > storedDetail ? (Payload(incoming), identity) : null;
    }
}
