namespace Entente.Core.Cleaning;

/// <summary>
/// A page's date stamp run into the first paragraph by the scrape: "Updated: 2009-02-12 09:19 MEXICO CITY -- …".
/// The stamp is a stamp word, then only date and time tokens; the paragraph goes on after them.
/// </summary>
public static class StampPrefix
{
    private static readonly string[] StampWords = ["updated", "published", "posted", "last updated"];

    private static readonly HashSet<string> DateWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january", "february", "march",
        "april", "june", "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "am", "pm", "gmt", "utc", "on", "at", "|",
    };

    /// <summary>Length of the stamp opening the paragraph, trailing spaces included, or 0 when there is none.</summary>
    public static int Length(string paragraph)
    {
        var at = -1;
        foreach (var word in StampWords)
            if (paragraph.StartsWith(word, StringComparison.OrdinalIgnoreCase)) at = word.Length;
        if (at < 0) return 0;
        if (at < paragraph.Length && paragraph[at] == ':') at++;
        var end = at;
        var digits = 0;
        while (true)
        {
            var start = end;
            while (start < paragraph.Length && paragraph[start] == ' ') start++;
            var stop = start;
            while (stop < paragraph.Length && paragraph[stop] != ' ') stop++;
            if (stop == start) break;
            var token = paragraph.AsSpan(start, stop - start).TrimEnd(',');
            if (!IsDateToken(token)) break;
            foreach (var c in token)
                if (char.IsAsciiDigit(c)) digits++;
            end = stop;
        }
        if (digits < 4 || end >= paragraph.Length) return 0;
        while (end < paragraph.Length && paragraph[end] == ' ') end++;
        return end;
    }

    private static bool IsDateToken(ReadOnlySpan<char> token)
    {
        if (token.IsEmpty) return false;
        if (DateWords.Contains(token.TrimEnd('.').ToString())) return true;
        var hasDigit = false;
        foreach (var c in token)
        {
            if (char.IsAsciiDigit(c)) hasDigit = true;
            else if (c is not ('-' or '/' or ':' or '.' or '+')) return false;
        }
        return hasDigit;
    }
}
