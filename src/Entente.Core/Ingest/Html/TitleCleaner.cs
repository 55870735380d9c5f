namespace Entente.Core.Ingest.Html;

/// <summary>Removes a site name from a page title ("Talks in Hanoi | The Daily Example" gives "Talks in Hanoi").</summary>
internal static class TitleCleaner
{
    private static readonly string[] Separators = [" | ", " - ", " \u2013 ", " \u2014 ", " :: ", " \u00B7 ", " \u00BB ", " \u00AB ", " / "];

    public static string? Clean(string? title, string? outlet)
    {
        if (title is null) return null;
        var text = CollapseWhitespace(title);
        if (text.Length == 0) return null;
        for (var round = 0; round < 3; round++)
        {
            var cut = CutSuffix(text, outlet) ?? CutPrefix(text, outlet);
            if (cut is null) break;
            text = cut;
        }
        return text;
    }

    private static string? CutSuffix(string text, string? outlet)
    {
        var (at, separator) = LastSeparator(text);
        if (at < 0) return null;
        var head = text[..at].Trim();
        var tail = text[(at + separator.Length)..].Trim();
        return IsSiteName(tail, head, outlet) ? head : null;
    }

    private static string? CutPrefix(string text, string? outlet)
    {
        if (outlet is null) return null;
        foreach (var separator in Separators)
        {
            var at = text.IndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && SameWords(text[..at], outlet)) return text[(at + separator.Length)..].Trim();
        }
        return null;
    }

    private static bool IsSiteName(string tail, string head, string? outlet)
    {
        if (tail.Length == 0 || head.Length == 0) return false;
        if (outlet is not null) return Overlaps(Letters(tail), Letters(outlet));
        if (tail.Contains('.') && !tail.Contains(' ')) return true; // a domain name
        return WordCount(tail) <= 4 && WordCount(head) >= 4;
    }

    private static (int At, string Separator) LastSeparator(string text)
    {
        var best = (-1, "");
        foreach (var separator in Separators)
        {
            var at = text.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > best.Item1) best = (at, separator);
        }
        return best;
    }

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static bool SameWords(string a, string b) => Letters(a) == Letters(b);

    // "Example News" and "ExampleNews.com" name the same site.
    private static bool Overlaps(string tail, string outlet) =>
        tail.Length >= 3 && outlet.Length >= 3 && (tail.Contains(outlet) || outlet.Contains(tail));

    private static string Letters(string text) =>
        new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    private static string CollapseWhitespace(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
