namespace Entente.Core.Extraction.Diplomacy;

/// <summary>"a year later", "two years later": how many years after the event just told, or null.</summary>
internal static class YearsLater
{
    private static readonly string[] Counts = ["a", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    public static int? In(string text, int from, int to)
    {
        foreach (var phrase in new[] { "year later", "years later" })
        {
            var at = Words.Find(text, phrase, from, to);
            if (at < 0) continue;
            var count = Words.Before(text, at);
            var index = Array.IndexOf(Counts, count == "one" ? "a" : count);
            if (index >= 0) return index + 1;
            var end = at - 1;
            var start = end;
            while (start > from && char.IsAsciiDigit(text[start - 1])) start--;
            if (start < end && int.TryParse(text.AsSpan(start, end - start), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var years))
                return years;
        }
        return null;
    }
}
