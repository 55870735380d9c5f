using Entente.Core.Text.Time;

namespace Entente.Core.Extraction.Diplomacy;

/// <summary>"on 10 and 11 June", "13th and 14th February": the first day of a pair the date reader reads as its last day only.</summary>
internal static class DayPairs
{
    /// <summary>The earlier day written as "N and" right before a day date at [dateStart…), or null.</summary>
    public static IsoDate? FirstDay(string text, int dateStart, IsoDate date)
    {
        if (date.Precision != DatePrecision.Day) return null;
        var i = dateStart;
        while (i > 0 && text[i - 1] == ' ') i--;
        if (i >= 3 && text[(i - 3)..i] == "and") i -= 3;
        else if (i >= 1 && text[i - 1] == '&') i--;
        else return null;
        while (i > 0 && text[i - 1] == ' ') i--;
        if (i >= 2 && text[(i - 2)..i] is "st" or "nd" or "rd" or "th") i -= 2;
        var end = i;
        while (i > 0 && end - i < 2 && char.IsAsciiDigit(text[i - 1])) i--;
        if (i == end || (i > 0 && char.IsLetterOrDigit(text[i - 1]))) return null;
        var day = int.Parse(text.AsSpan(i, end - i), System.Globalization.CultureInfo.InvariantCulture);
        return day < date.Day && IsoDate.TryCreate(date.Year, date.Month, day, out var first) ? first : null;
    }
}
