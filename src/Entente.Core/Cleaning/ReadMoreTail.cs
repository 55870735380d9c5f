namespace Entente.Core.Cleaning;

/// <summary>
/// A teaser paragraph cut short with a link to the full story: "… Asia's No. 4… Read full story".
/// The link words after the ellipsis belong to the page, not the prose.
/// </summary>
public static class ReadMoreTail
{
    private static readonly string[] Links =
        ["read more", "read full story", "read full this story", "read the full story", "continue reading", "full story", "more"];

    /// <summary>Length of the paragraph without the link words after its final ellipsis (the whole length when there are none).</summary>
    public static int KeptLength(string paragraph)
    {
        var text = paragraph.TrimEnd(' ', '»', '>', '.', '…', ']', '[');
        var ellipsis = Math.Max(text.LastIndexOf('…'), text.LastIndexOf("...", StringComparison.Ordinal) is var dots and >= 0 ? dots + 2 : -1);
        if (ellipsis < 0) return paragraph.Length;
        var tail = text[(ellipsis + 1)..].Trim(' ', '[', '(', ')', ']').ToLowerInvariant();
        return Array.IndexOf(Links, tail) >= 0 ? ellipsis + 1 : paragraph.Length;
    }
}
