using Entente.Core.Storage;

namespace Entente.Core.Knowledge;

/// <summary>The dated events of a pair (relations, missions, ambassadors, visits, meetings, sessions, agreements, ventures…) in order.</summary>
public static class Timeline
{
    public static IReadOnlyList<KnowledgeFact> Of(IEntenteStore store, string pair) =>
        store.Facts(new FactQuery(Pair: pair))
            .Where(f => FactDates.IsEvent(f.Fact) && f.Date is not null)
            .OrderBy(f => f.Date, StringComparer.Ordinal)
            .ThenBy(f => f.Id)
            .ToList();
}
