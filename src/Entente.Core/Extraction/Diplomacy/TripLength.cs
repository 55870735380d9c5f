namespace Entente.Core.Extraction.Diplomacy;

/// <summary>"a two-day visit", "a 3-day trip": the length in days a text gives a trip, or null.</summary>
internal static class TripLength
{
    private static readonly string[] Numbers = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    public static int? In(string text, int from, int to)
    {
        var at = from;
        while ((at = text.IndexOf("-day ", at, to - at, StringComparison.OrdinalIgnoreCase)) >= 0 && at < to)
        {
            var start = at;
            while (start > from && char.IsLetterOrDigit(text[start - 1])) start--;
            var word = text[start..at].ToLowerInvariant();
            var index = Array.IndexOf(Numbers, word);
            if (index >= 0) return index + 1;
            if (int.TryParse(word, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var days) && days is > 0 and < 60)
                return days;
            at += 5;
            if (at >= to) break;
        }
        return null;
    }
}
