using Entente.Core.Domain;

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
            var index = sameDay.FindIndex(from, o => o.Participants.Any(p => m.Participants.Any(q => q.Name == p.Name)));
            if (index < 0)
            {
                sameDay.Add(m);
                order.Add((m.Date, sameDay.Count - 1));
                continue;
            }
            var first = sameDay[index];
            sameDay[index] = first with
            {
                Participants = [.. first.Participants.Concat(m.Participants).DistinctBy(p => p.Name)],
                Place = first.Place ?? m.Place,
            };
        }
        return order.Select(o => byDate[o.Date][o.Index]);
    }
}
