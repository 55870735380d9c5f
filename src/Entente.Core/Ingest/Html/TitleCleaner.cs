namespace Entente.Core.Ingest.Html;

/// <summary>
/// Removes a site name from a page title ("Talks in Hanoi | The Daily Example" gives "Talks in Hanoi"),
/// and decodes character references a page escaped twice ("Hanoi&amp;#8217;s" in a meta tag).
/// </summary>
internal static class TitleCleaner
{
    // Letters a block may hold besides the headline part it sets.
    private const int Slack = 40;

    private static readonly string[] Separators = [" | ", " - ", " \u2013 ", " \u2014 ", " :: ", " \u00B7 ", " \u00BB ", " \u00AB ", " / "];

    public static string? Clean(string? title, string? outlet)
    {
        if (title is null) return null;
        var text = CollapseWhitespace(DecodeReferences(title));
        if (text.Length == 0) return null;
        for (var round = 0; round < 3; round++)
        {
            var cut = CutSuffix(text, outlet) ?? CutPrefix(text, outlet);
            if (cut is null) break;
            text = cut;
        }
        return text;
    }

    /// <summary>
    /// The part of a title that the page sets as its headline: "Herald :: Fair brings farmers together"
    /// gives the second part when a block of the page reads exactly so. Null when no part is.
    /// </summary>
    public static string? HeadlinePart(string? title, IEnumerable<string> blocks)
    {
        if (title is null || LastSeparator(title).At < 0) return null;
        var parts = title.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(p => WordCount(p) >= 3).ToList();
        if (parts.Count == 0) return null;
        var wanted = parts.Select(Letters).ToList();
        var whole = Letters(title);
        string? found = null;
        foreach (var block in blocks)
        {
            if (block.Length > 2 * title.Length) continue;
            var letters = Letters(block);
            if (letters == whole) return null; // the page sets the whole title as its headline
            // The headline may share its line with a section or date ("Economy | 14.05.2007 <br> Headline").
            var index = wanted.FindIndex(w => letters.Length <= w.Length + Slack && (letters.StartsWith(w, StringComparison.Ordinal) || letters.EndsWith(w, StringComparison.Ordinal)));
            if (index >= 0) found ??= parts[index];
        }
        return found;
    }

    private static string DecodeReferences(string text)
    {
        if (!text.Contains('&')) return text;
        var decoded = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length;)
        {
            if (text[i] == '&' && CharacterReferenceAligner.TryReadReference(text, i, text.Length, out var length, out var symbol))
            {
                decoded.Append(symbol);
                i += length;
            }
            else decoded.Append(text[i++]);
        }
        return decoded.ToString();
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
