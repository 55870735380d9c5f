using Entente.Core.Extraction.Gazetteers;

namespace Entente.Core.Extraction.Diplomacy;

/// <summary>
/// The destinations of one trip given as a list right after the trip word: "visits to Togo, Niger and Equatorial Guinea",
/// "a tour of Chile, Peru and Bolivia", "visited Brazil (Sao Paulo and Brasilia) and Mexico", "a visit to Conakry and Monrovia".
/// Each stop is a country, or a place of one country; the list ends at the stop after "and", and reads nothing else between.
/// </summary>
internal static class TourStops
{
    // What may stand between the trip word and the first stop, and between two stops (lower case, trimmed).
    private static readonly HashSet<string> Leads = ["", "to", "of", "in", "the", "to the", "of the", "in the"];
    private static readonly HashSet<string> Joints = [",", "and", ", and", ", the", "and the", ", and the"];

    /// <summary>How far a parenthesis after a stop may run ("(Sao Paulo and Brasilia)") to be read as that stop's detail.</summary>
    private const int AsideReach = 80;

    /// <summary>
    /// The distinct countries of the listed stops, in order, and where the list ends; no stops when the words after the trip
    /// word are no list. The list may run past a clause's joint (", and Equatorial Guinea"): nothing but its own joints is read.
    /// </summary>
    public static (List<string> Stops, int End) After(IEnumerable<GazetteerMention> mentions, string text, int triggerEnd, int end)
    {
        var stops = new List<string>();
        var at = triggerEnd;
        var closed = false;
        foreach (var m in mentions.Where(m => m.Start >= triggerEnd && m.End <= end).OrderBy(m => m.Start))
        {
            if (m.Start < at) continue;
            var gap = text[at..m.Start].Trim().ToLowerInvariant();
            if (!(stops.Count == 0 ? Leads : Joints).Contains(gap) || m.IsDemonym || CountryRefs.CountryOrPlace(m) is not { } country) break;
            closed = gap.Contains("and", StringComparison.Ordinal);
            if (!stops.Contains(country)) stops.Add(country);
            at = SkipAside(text, m.End, end);
            if (closed) break;
        }
        // "visits to Togo, Niger said …": without "and" before the last stop the names are no list of destinations.
        return closed ? (stops, at) : ([], at);
    }

    /// <summary>The offset past a parenthesis that follows a stop ("Brazil (Sao Paulo and Brasilia)"), else the stop's end.</summary>
    private static int SkipAside(string text, int offset, int end)
    {
        var open = offset;
        while (open < end && text[open] == ' ') open++;
        if (open >= end || text[open] != '(') return offset;
        var close = text.IndexOf(')', open, Math.Min(AsideReach, end - open));
        return close < 0 || text.AsSpan(open + 1, close - open - 1).Contains('(') ? offset : close + 1;
    }
}
