using AngleSharp.Dom;

namespace Entente.Core.Ingest.Html;

/// <summary>What the HTML elements mean for reading: skipped, inline, or a block boundary.</summary>
internal static class ElementRules
{
    // Elements whose content is never article text.
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
        "select", "textarea", "button", "input", "option", "head", "title", "meta", "link", "audio", "video",
        "picture", "img", "map", "source", "track", "dialog", "frameset", "frame", "applet", "param",
    };

    // Elements that flow inside a line; every other element starts and ends a block.
    private static readonly HashSet<string> Inline = new(StringComparer.Ordinal)
    {
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd", "mark", "q",
        "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "ins", "del", "label",
        "nobr", "big", "tt", "strike", "acronym", "ruby", "rt", "rp", "output", "meter", "progress",
    };

    // Elements that hold page furniture rather than the story, whatever their classes say.
    private static readonly HashSet<string> Furniture = new(StringComparer.Ordinal)
    {
        "nav", "aside", "footer", "menu", "figcaption", "fieldset", "legend",
    };

    private static readonly HashSet<string> FurnitureRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu",
        "menubar", "toolbar", "alert", "status", "form",
    };

    public static bool IsSkipped(IElement element)
    {
        if (Skipped.Contains(element.LocalName)) return true;
        if (element.HasAttribute("hidden")) return true;
        if (string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase)) return true;
        var style = element.GetAttribute("style");
        return style is not null && IsHiddenByStyle(style);
    }

    public static bool IsInline(IElement element) => Inline.Contains(element.LocalName);

    public static bool IsTableCell(IElement element) => element.LocalName is "td" or "th";

    /// <summary>A link goes somewhere: an anchor without href (&lt;a name="top"&gt;, often left unclosed) is not one.</summary>
    public static bool IsLink(IElement element) => element.LocalName == "a" && element.HasAttribute("href");

    public static bool IsFurniture(IElement element) =>
        Furniture.Contains(element.LocalName)
        || (element.GetAttribute("role") is { } role && FurnitureRoles.Contains(role.Trim()));

    /// <summary>1 to 6 for h1..h6, otherwise 0.</summary>
    public static int HeadingLevel(IElement element) =>
        element.LocalName is { Length: 2 } name && name[0] == 'h' && name[1] is >= '1' and <= '6' ? name[1] - '0' : 0;

    private static bool IsHiddenByStyle(string style)
    {
        Span<char> compact = stackalloc char[Math.Min(style.Length, 512)];
        var n = 0;
        foreach (var c in style)
        {
            if (n == compact.Length) break;
            if (!char.IsWhiteSpace(c)) compact[n++] = char.ToLowerInvariant(c);
        }
        var text = compact[..n];
        return text.Contains("display:none", StringComparison.Ordinal)
            || text.Contains("visibility:hidden", StringComparison.Ordinal);
    }
}
