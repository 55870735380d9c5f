using Entente.Core.Domain;
using Entente.Core.Extraction.People;

namespace Entente.Core.Extraction.Diplomacy;

/// <summary>Joins readings of one meeting (same date, a participant in common) into one, with every participant named.</summary>
internal static class MeetingMerger
{
    private const int MaxOpenMeetings = 8;

    public static IEnumerable<Meeting> Merge(IReadOnlyList<Meeting> meetings)
    {
        var byDate = new Dictionary<string, List<Meeting>>(StringComparer.Ordinal);
        var order = new List<(string Date, int Index)>();
        foreach (var m in meetings)
        {
            if (!byDate.TryGetValue(m.Date, out var sameDay)) byDate[m.Date] = sameDay = [];
            // Only the last few meetings of the day are compared: bounded work per reading.
            var from = Math.Max(0, sameDay.Count - MaxOpenMeetings);
            var index = sameDay.FindIndex(from, o => o.Participants.Any(p => m.Participants.Any(q => PersonNames.Same(q.Name, p.Name))));
            if (index < 0)
            {
                sameDay.Add(m);
                order.Add((m.Date, sameDay.Count - 1));
                continue;
            }
            var first = sameDay[index];
            sameDay[index] = first with
            {
                Participants = Union(first.Participants, m.Participants),
                Place = first.Place ?? m.Place,
            };
        }
        return order.Select(o => byDate[o.Date][o.Index]);
    }

    /// <summary>Every participant once, under the longest name any reading gives.</summary>
    private static Participant[] Union(Participant[] first, Participant[] second)
    {
        var all = new List<Participant>(first);
        foreach (var p in second)
        {
            var known = all.FindIndex(q => PersonNames.Same(q.Name, p.Name));
            if (known < 0) all.Add(p);
            else if (p.Name.Length > all[known].Name.Length) all[known] = p with { Office = p.Office ?? all[known].Office, Country = p.Country ?? all[known].Country };
        }
        return [.. all];
    }
}
