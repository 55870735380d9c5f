namespace Entente.Core.Extraction.Diplomacy;

/// <summary>Whole-word look-ups in a text span, case-insensitive, by plain scans.</summary>
internal static class Words
{
    /// <summary>Offset of the first whole-word occurrence of a word or phrase in text[from, to), or -1.</summary>
    public static int Find(string text, string phrase, int from, int to)
    {
        var at = from;
        while (at <= to - phrase.Length)
        {
            at = text.IndexOf(phrase, at, to - at, StringComparison.OrdinalIgnoreCase);
            if (at < 0) return -1;
            var before = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var end = at + phrase.Length;
            var after = end >= text.Length || !char.IsLetterOrDigit(text[end]);
            if (before && after) return at;
            at++;
        }
        return -1;
    }

    /// <summary>The first of several phrases found in text[from, to): its offset and the phrase, or (-1, null).</summary>
    public static (int At, string? Phrase) FindFirst(string text, IEnumerable<string> phrases, int from, int to)
    {
        var best = (-1, (string?)null);
        foreach (var phrase in phrases)
        {
            var at = Find(text, phrase, from, to);
            if (at >= 0 && (best.Item1 < 0 || at < best.Item1)) best = (at, phrase);
        }
        return best;
    }

    public static bool Any(string text, IEnumerable<string> phrases, int from, int to) => FindFirst(text, phrases, from, to).At >= 0;

    /// <summary>The word ending right before an offset (letters only), lower case; "" when none.</summary>
    public static string Before(string text, int offset)
    {
        var end = offset;
        while (end > 0 && !char.IsLetter(text[end - 1]) && text[end - 1] is ' ' or ',') end--;
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        return text[start..end].ToLowerInvariant();
    }

    /// <summary>The occurrence of any of the phrases in text[from, to) closest to an offset, or -1.</summary>
    public static int Nearest(string text, IEnumerable<string> phrases, int from, int to, int offset)
    {
        var best = -1;
        foreach (var phrase in phrases)
        {
            var at = from;
            while ((at = Find(text, phrase, at, to)) >= 0)
            {
                if (best < 0 || Math.Abs(at - offset) < Math.Abs(best - offset)) best = at;
                at += phrase.Length;
            }
        }
        return best;
    }
}
