using Entente.Core.Domain;
using Entente.Core.Extraction.People;

namespace Entente.Core.Extraction.Diplomacy;

/// <summary>Joins readings of one meeting (same date, a participant in common) into one, with every participant named, and drops
/// a retelling of a meeting that is dated less precisely.</summary>
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
        var merged = order.Select(o => byDate[o.Date][o.Index]).ToList();
        return merged.Where(m => !RetoldVaguer(m, merged));
    }

    /// <summary>
    /// "X met Y on April 12 ... X and Y exchanged views" read as a second meeting in April: a meeting of the same people
    /// (one side's participants all among the other's) dated only to a month or year that an article's day-dated
    /// meeting falls in is that meeting told again, not another one.
    /// </summary>
    private static bool RetoldVaguer(Meeting vague, List<Meeting> all)
    {
        var compared = 0;
        foreach (var m in all)
        {
            if (m.Date.Length <= vague.Date.Length || !m.Date.StartsWith(vague.Date, StringComparison.Ordinal)) continue;
            if (Within(vague.Participants, m.Participants) || Within(m.Participants, vague.Participants)) return true;
            // Only the first few finer meetings are compared: bounded work per meeting.
            if (++compared >= MaxOpenMeetings) return false;
        }
        return false;
    }

    private static bool Within(Participant[] some, Participant[] all) =>
        some.All(p => all.Any(q => PersonNames.Same(q.Name, p.Name)));

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
