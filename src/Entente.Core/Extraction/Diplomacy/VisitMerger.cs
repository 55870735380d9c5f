using Entente.Core.Domain;

namespace Entente.Core.Extraction.Diplomacy;

/// <summary>
/// Joins the readings of one trip that several sentences give ("arrived on March 4", "a visit lasting
/// until March 6") into one visit: the most precise reading, completed by what the others add.
/// </summary>
internal static class VisitMerger
{
    private const int MaxOpenTrips = 8;

    public static IEnumerable<Visit> Merge(IReadOnlyList<VisitCandidate> candidates)
    {
        var groups = new List<List<VisitCandidate>>();
        var recent = new Dictionary<(string, string), List<List<VisitCandidate>>>();
        // The most precise readings seed the trips, so a vaguer one ("in 2024") joins the trip it overlaps.
        foreach (var c in candidates.OrderByDescending(c => c.Precision))
        {
            if (!recent.TryGetValue((c.From, c.To), out var open)) recent[(c.From, c.To)] = open = [];
            // Only the last few trips between the same countries are compared: bounded work per reading.
            var group = open.TakeLast(MaxOpenTrips).FirstOrDefault(g => g.TakeLast(MaxOpenTrips).Any(c.Overlaps));
            if (group is not null)
            {
                group.Add(c);
                continue;
            }
            group = [c];
            groups.Add(group);
            open.Add(group);
        }
        foreach (var group in groups)
        {
            var best = group.OrderByDescending(c => c.Precision).First();
            if (best.EndOnly) continue;
            var end = group.Where(c => c.EndOnly).Select(c => c.End).Append(best.End).Max();
            var name = best.Visitor.Name ?? group.Select(c => c.Visitor.Name).FirstOrDefault(n => n is not null);
            var office = best.Visitor.Office ?? group.Select(c => c.Visitor.Office).FirstOrDefault(o => o is not null);
            var places = group.SelectMany(c => c.Places).DistinctBy(p => p.Name).ToArray();
            yield return new Visit(new Person(name, office), best.From, best.To, new Period(best.Start.ToString(), end.ToString()))
            {
                Kind = best.Kind ?? group.Select(c => c.Kind).FirstOrDefault(k => k is not null),
                Places = places.Length > 0 ? places : null,
                Evidence = best.Evidence,
            };
        }
    }
}
