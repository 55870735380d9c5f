namespace Entente.Core.Extraction.Mechanisms;

/// <summary>
/// Splits a sentence into words and punctuation in one pass. Hyphens, dashes and apostrophes between
/// letters or digits stay inside the word, so "Vietnam–Kazakhstan", "2011-2012" and "Korea's" are one word.
/// </summary>
internal static class WordScanner
{
    public static IReadOnlyList<WordToken> Scan(string text, int offset)
    {
        var tokens = new List<WordToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            var start = i;
            if (char.IsLetterOrDigit(c))
            {
                i++;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || IsJoiner(text, i))) i++;
            }
            else
            {
                i++;
            }
            var word = text[start..i];
            tokens.Add(new WordToken(offset + start, offset + i, word, word.ToLowerInvariant()));
        }
        return tokens;
    }

    private static bool IsJoiner(string text, int i) =>
        text[i] is '-' or '–' or '‐' or '\'' or '’'
        && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])
        && char.IsLetterOrDigit(text[i - 1]);
}
