using Entente.Core.Text.Time;

namespace Entente.Core.Extraction.Diplomacy;

/// <summary>
/// Relative clauses set off by commas ("X, who arrived on Monday for a three-day visit, co-chaired …"):
/// a date in one tells of the person, not of the act of the main clause.
/// </summary>
internal static class Asides
{
    private static readonly string[] Openings = [", who ", ", which "];

    /// <summary>Whether the date lies in such an aside opened at or after <paramref name="from"/> and closed by a comma before <paramref name="to"/>.</summary>
    public static bool Encloses(string text, int from, int to, DateMention date)
    {
        var opening = -1;
        foreach (var o in Openings)
        {
            var at = date.Start - from >= o.Length ? text.LastIndexOf(o, date.Start - 1, date.Start - from, StringComparison.Ordinal) : -1;
            if (at >= 0 && text.IndexOf(',', at + o.Length, date.Start - at - o.Length) < 0) opening = Math.Max(opening, at);
        }
        if (opening < 0) return false;
        var closing = date.End < to ? text.IndexOf(',', date.End, to - date.End) : -1;
        return closing >= 0;
    }
}
