using Entente.Core.Text;

namespace Entente.Core.Extraction.Diplomacy;

/// <summary>Whole-word look-ups in a text span, case-insensitive, through the one <see cref="PhraseMatcher"/>.</summary>
internal static class Words
{
    /// <summary>Offset of the first whole-word occurrence of a word or phrase in text[from, to), or -1.</summary>
    public static int Find(string text, string phrase, int from, int to) => PhraseMatcher.Of(phrase).Find(text, from, to);

    /// <summary>The first of several phrases found in text[from, to): its offset and the phrase, or (-1, null).</summary>
    public static (int At, string? Phrase) FindFirst(string text, IEnumerable<string> phrases, int from, int to) =>
        PhraseMatcher.Of(phrases).FindFirst(text, from, to);

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
    public static int Nearest(string text, IEnumerable<string> phrases, int from, int to, int offset) =>
        PhraseMatcher.Of(phrases).Nearest(text, from, to, offset);
}
