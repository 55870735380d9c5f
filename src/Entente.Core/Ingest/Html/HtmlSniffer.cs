namespace Entente.Core.Ingest.Html;

/// <summary>Guesses from the first characters whether a text is HTML, or not text at all.</summary>
internal static class HtmlSniffer
{
    private const int Window = 2048;

    private static readonly string[] Markers = ["<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<div", "<p>", "<article"];

    public static bool LooksLikeHtml(string text)
    {
        var start = 0;
        while (start < text.Length && (char.IsWhiteSpace(text[start]) || text[start] == '\uFEFF')) start++;
        if (start >= text.Length || text[start] != '<') return false;
        var head = text.AsSpan(start, Math.Min(Window, text.Length - start));
        foreach (var marker in Markers)
            if (head.Contains(marker, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>True when control characters (NUL aside) or replacement characters make up much of the start: bytes, not text.</summary>
    public static bool LooksBinary(string text)
    {
        var sample = text.AsSpan(0, Math.Min(Window * 2, text.Length));
        var bad = 0;
        foreach (var c in sample)
            if (c == '\uFFFD' || (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f' or '\0'))) bad++;
        return sample.Length > 0 && bad * 10 > sample.Length;
    }
}
