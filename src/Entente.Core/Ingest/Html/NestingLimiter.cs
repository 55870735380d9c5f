namespace Entente.Core.Ingest.Html;

/// <summary>
/// Blanks (with spaces, so every offset stays put) start and end tags nested beyond a depth the
/// parser flattens anyway. The HTML tree builder scans its stack of open elements for each tag,
/// so tens of thousands of nested tags would cost quadratic time; after this, a few hundred at most.
/// </summary>
internal static class NestingLimiter
{
    public const int MaximumDepth = 256;

    // Elements whose end tag is often left out or that have none; they do not deepen real pages.
    private static readonly HashSet<string> Uncounted = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "caption",
        "rb", "rt", "rtc", "rp", "html", "head", "body",
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "basefont", "bgsound", "frame", "keygen", "image", "isindex",
    };

    // Elements whose content is text up to their end tag, whatever it looks like.
    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext",
    };

    public static string Limit(string source)
    {
        char[]? copy = null;
        var depth = 0;
        var blanked = 0;
        var i = 0;
        while (i < source.Length)
        {
            var open = source.IndexOf('<', i);
            if (open < 0 || open + 1 >= source.Length) break;
            if (source.AsSpan(open).StartsWith("<!--", StringComparison.Ordinal))
            {
                var close = source.IndexOf("-->", open + 4, StringComparison.Ordinal);
                i = close < 0 ? source.Length : close + 3;
                continue;
            }
            var isEnd = source[open + 1] == '/';
            var nameStart = open + (isEnd ? 2 : 1);
            if (nameStart >= source.Length || !char.IsAsciiLetter(source[nameStart]))
            {
                i = open + 1;
                continue;
            }
            var nameEnd = nameStart;
            while (nameEnd < source.Length && (char.IsAsciiLetterOrDigit(source[nameEnd]) || source[nameEnd] == '-')) nameEnd++;
            var tagEnd = source.IndexOf('>', nameEnd);
            if (tagEnd < 0) break;
            var name = source.AsSpan(nameStart, nameEnd - nameStart);
            i = tagEnd + 1;
            if (!isEnd && IsIn(RawText, name))
            {
                i = SkipRawText(source, i, name);
                continue;
            }
            if (IsIn(Uncounted, name)) continue;
            if (isEnd)
            {
                if (blanked > 0)
                {
                    blanked--;
                    Blank(ref copy, source, open, tagEnd);
                }
                else if (depth > 0) depth--;
            }
            else if (source[tagEnd - 1] != '/')
            {
                if (depth < MaximumDepth) depth++;
                else
                {
                    blanked++;
                    Blank(ref copy, source, open, tagEnd);
                }
            }
        }
        return copy is null ? source : new string(copy);
    }

    private static bool IsIn(HashSet<string> names, ReadOnlySpan<char> name) =>
        names.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name);

    private static int SkipRawText(string source, int from, ReadOnlySpan<char> name)
    {
        var closing = string.Concat("</", name);
        var at = source.IndexOf(closing, from, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? source.Length : at + closing.Length;
    }

    private static void Blank(ref char[]? copy, string source, int from, int to)
    {
        copy ??= source.ToCharArray();
        for (var k = from; k <= to; k++)
            if (copy[k] is not ('\n' or '\r')) copy[k] = ' ';
    }
}
