using System.Globalization;

namespace Entente.Core.Cleaning;

/// <summary>
/// Reads the date a page states about itself: a stamp line ("Published: 12/03/2024 08:15",
/// "Updated March 5, 2024") or an agency dateline ("HANOI, March 5 (VNA) –", "Minsk, 5 March 2024 /BelTA/").
/// </summary>
public static class StatedDates
{
    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>The date in a stamp line as ISO 8601 (day, month or year precision), or null.</summary>
    public static string? Parse(string line)
    {
        var tokens = Tokens(line);
        int? year = null, month = null, day = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (TryNumericDate(t, out var numeric)) return numeric;
            if (MonthOf(t) is { } m && month is null)
            {
                month = m;
                if (i + 1 < tokens.Count && DayOf(tokens[i + 1]) is { } after) day ??= after;
                else if (i > 0 && DayOf(tokens[i - 1]) is { } before) day ??= before;
            }
            else if (t.Length == 4 && int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is > 1900 and < 2200)
            {
                year ??= y;
            }
        }
        return Format(year, month, day);
    }

    // First words of a closing line that dates the text: "Issued on 12 June 2023, Nairobi.", "Dated 5 March 2024".
    private static readonly HashSet<string> SignOffWords = ["issued", "released", "dated", "done", "published", "posted"];

    /// <summary>
    /// The day a short closing line dates the text to ("Issued on 12 June 2023, Nairobi."), as ISO 8601, or null.
    /// </summary>
    public static string? SignOff(string line)
    {
        if (line.Length > 80) return null;
        var end = 0;
        while (end < line.Length && char.IsLetter(line[end])) end++;
        if (!SignOffWords.Contains(line[..end].ToLowerInvariant())) return null;
        return Parse(line) is { Length: 10 } day ? day : null;
    }

    /// <summary>
    /// Month and day from an agency dateline at the start of a first paragraph ("HANOI, March 5 (VNA) –",
    /// "Baku, February 14, AZERTAC.", "Rabat, 07/03/2023 (MAP)"); the year when given.
    /// </summary>
    public static (int? Year, int Month, int Day)? Dateline(string paragraph)
    {
        // The place ends at a comma, or at a full stop in the TASS and Kazinform style ("SEOUL. June 12.").
        var comma = paragraph.IndexOf(',');
        var stop = paragraph.IndexOf(". ", StringComparison.Ordinal);
        if (stop is >= 2 and <= 40 && (comma < 0 || stop < comma) && paragraph[..stop].All(c => !char.IsLetter(c) || char.IsUpper(c))) comma = stop;
        if (comma is < 2 or > 40) return null;
        var place = paragraph[..comma].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (place.Length > 4 || !place.All(w => char.IsUpper(w[0]))) return null;
        var window = paragraph.Substring(comma + 1, Math.Min(40, paragraph.Length - comma - 1));
        foreach (var token in window.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(3))
        {
            if (TryNumericDate(token.Trim('(', ')', ',', ':', ';'), out var iso) && iso is not null)
                return (int.Parse(iso[..4], CultureInfo.InvariantCulture), int.Parse(iso[5..7], CultureInfo.InvariantCulture), int.Parse(iso[8..10], CultureInfo.InvariantCulture));
        }
        var tokens = window.Split([' ', ',', '/', '(', ')', ':', '–', '—', '-'], StringSplitOptions.RemoveEmptyEntries).Take(5).ToList();
        for (var i = 0; i < Math.Min(3, tokens.Count); i++)
        {
            if (MonthOf(tokens[i]) is not { } month) continue;
            int? day = i + 1 < tokens.Count && DayOf(tokens[i + 1]) is { } after ? after : i > 0 && DayOf(tokens[i - 1]) is { } before ? before : null;
            if (day is null) return null;
            int? year = null;
            foreach (var t in tokens.Skip(i + 1).Take(3))
                if (t.TrimEnd('.').Length == 4 && int.TryParse(t.TrimEnd('.'), NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is > 1900 and < 2200) year = y;
            return (year, month, day.Value);
        }
        return null;
    }

    private static string? Format(int? year, int? month, int? day)
    {
        if (year is null) return null;
        if (month is null) return year.Value.ToString(CultureInfo.InvariantCulture);
        if (day is null || day > DateTime.DaysInMonth(year.Value, month.Value)) return $"{year:D4}-{month:D2}";
        return $"{year:D4}-{month:D2}-{day:D2}";
    }

    /// <summary>"2024-03-05", "05/03/2024" (day first unless the second part cannot be a month), "5.3.2024".</summary>
    private static bool TryNumericDate(string token, out string? iso)
    {
        iso = null;
        if (DateTime.TryParseExact(token, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            iso = d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            return true;
        }
        var parts = token.Split('/', '.', '-');
        if (parts.Length != 3 || parts[0].Length > 2 || parts[1].Length > 2 || parts[2].Length != 4
            || !parts.All(p => p.Length > 0 && p.All(char.IsAsciiDigit))) return false;
        var a = int.Parse(parts[0], CultureInfo.InvariantCulture);
        var b = int.Parse(parts[1], CultureInfo.InvariantCulture);
        var year = int.Parse(parts[2], CultureInfo.InvariantCulture);
        var (day, month) = b > 12 ? (b, a) : (a, b);
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        iso = $"{year:D4}-{month:D2}-{day:D2}";
        return true;
    }

    private static int? MonthOf(string token)
    {
        var t = token.ToLowerInvariant().TrimEnd('.');
        if (t.Length < 3) return null;
        for (var m = 0; m < 12; m++)
            if (MonthNames[m] == t || (t.Length >= 3 && MonthNames[m].StartsWith(t, StringComparison.Ordinal) && t.Length <= 4)) return m + 1;
        return null;
    }

    private static int? DayOf(string token)
    {
        var digits = token.TrimEnd('.', 's', 't', 'n', 'd', 'r', 'h');
        return digits.Length is 1 or 2 && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d is >= 1 and <= 31 ? d : null;
    }

    private static List<string> Tokens(string text) =>
        text.Split([' ', ',', '\t', '|', '(', ')', '–', '—'], StringSplitOptions.RemoveEmptyEntries).Select(t => t.Trim(':', ';')).Where(t => t.Length > 0).ToList();
}
