using Entente.Core.Storage;

namespace Entente.Core.Knowledge;

/// <summary>
/// The dated events of a pair (relations, missions, ambassadors, visits, meetings, sessions, agreements,
/// ventures, support given…) in order of the event's own date, each with the pair's sources only.
/// </summary>
public static class Timeline
{
    public static IReadOnlyList<KnowledgeFact> Of(IEntenteStore store, string pair) =>
        PairSources.Facts(store.Facts(new FactQuery(Pair: pair)), pair)
            .Where(f => FactDates.IsEvent(f.Fact) && f.Date is not null)
            .OrderBy(f => f.Date, StringComparer.Ordinal)
            .ThenBy(f => f.Id)
            .ToList();
}
