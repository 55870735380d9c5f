using Entente.Core.Text;

namespace Entente.Core.Ingest.JsonLines;

/// <summary>
/// Crawlers flatten a page's share bar into the story text, often glued to a paragraph: "… covers fruit.
/// Share this article Facebook Twitter" or "Share this article Facebook Twitter Chile exports fruit …".
/// This cuts such a prompt out at a sentence boundary, keeping the text on both sides.
/// </summary>
public static class SharePrompts
{
    private static readonly string[] Openers = ["share this article", "share this story", "share this post", "share this page", "share this"];

    private static readonly HashSet<string> Networks = new(StringComparer.OrdinalIgnoreCase)
    {
        "facebook", "twitter", "x", "linkedin", "whatsapp", "telegram", "email", "e-mail", "mail", "pinterest", "reddit", "viber",
        "messenger", "vk", "copy", "link", "print", "flipboard", "line", "tumblr", "threads", "bluesky",
    };

    /// <summary>The paragraph's pieces without share prompts; the paragraph itself when it holds none.</summary>
    public static IEnumerable<MappedText> Without(MappedText paragraph)
    {
        var text = paragraph.Text;
        var from = 0;
        var at = 0;
        while ((at = text.IndexOf("share this", at, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            var end = PromptEnd(text, at);
            if (end < 0 || !AtSentenceStart(text, at))
            {
                at += 10;
                continue;
            }
            if (at > from && paragraph.Slice(from, at - from).Trim() is { Length: > 0 } before) yield return before;
            from = at = end;
        }
        if (from == 0) yield return paragraph;
        else if (from < text.Length && paragraph.Slice(from, text.Length - from).Trim() is { Length: > 0 } rest) yield return rest;
    }

    /// <summary>Where a prompt starting at the offset ends: after its opener and the network names after it; -1 when none follows and more text does.</summary>
    private static int PromptEnd(string text, int at)
    {
        var opener = Openers.First(o => string.Compare(text, at, o, 0, o.Length, StringComparison.OrdinalIgnoreCase) == 0);
        var end = at + opener.Length;
        if (end < text.Length && char.IsLetterOrDigit(text[end])) return -1;
        var networks = 0;
        var i = end;
        while (true)
        {
            var wordStart = i;
            while (wordStart < text.Length && (char.IsWhiteSpace(text[wordStart]) || text[wordStart] is ':' or '|' or ',' or '·' or '•' or '/')) wordStart++;
            var wordEnd = wordStart;
            while (wordEnd < text.Length && (char.IsLetter(text[wordEnd]) || text[wordEnd] == '-')) wordEnd++;
            if (wordEnd == wordStart || !Networks.Contains(text[wordStart..wordEnd])) break;
            networks++;
            i = end = wordEnd;
        }
        var restIsEmpty = text.AsSpan(end).Trim().IsEmpty;
        return networks > 0 || restIsEmpty ? end : -1;
    }

    private static bool AtSentenceStart(string text, int at)
    {
        var i = at;
        while (i > 0 && char.IsWhiteSpace(text[i - 1])) i--;
        return i == 0 || text[i - 1] is '.' or '!' or '?' or '"' or '”' or '’' or ':' or ')';
    }
}
