using System.Globalization;
using System.Text;

namespace Entente.Core.Text;

/// <summary>
/// Folds names to a comparison key: lower case, Latin diacritics removed ("Hưng Yên" → "hung yen"),
/// apostrophes dropped ("People's" → "peoples"). The base letters come from latin-fold.tsv because
/// the invariant globalization mode does not decompose characters.
/// </summary>
public static class NameFolding
{
    private static readonly Dictionary<char, string> BaseLetters = LoadBaseLetters();

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC' or '\u2018';

    /// <summary>Folds one token; the result keeps letters and digits only.</summary>
    public static string FoldToken(ReadOnlySpan<char> token)
    {
        if (Ascii.IsValid(token) && !token.Contains('\''))
        {
            // Most words are plain ASCII: lower-case them without a builder.
            var lower = new char[token.Length];
            Ascii.ToLower(token, lower, out _);
            return new string(lower);
        }
        var sb = new StringBuilder(token.Length);
        foreach (var c in token)
        {
            if (IsApostrophe(c)) continue;
            AppendFolded(sb, c, lower: true);
        }
        return sb.ToString();
    }

    /// <summary>Removes diacritics but keeps case and punctuation: "Hưng Yên" → "Hung Yen".</summary>
    public static string StripDiacritics(string text)
    {
        if (Ascii.IsValid(text)) return text;
        var sb = new StringBuilder(text.Length);
        foreach (var c in text) AppendFolded(sb, c, lower: false);
        return sb.ToString();
    }

    private static void AppendFolded(StringBuilder sb, char c, bool lower)
    {
        if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) return;
        if (BaseLetters.TryGetValue(c, out var folded))
            sb.Append(lower ? folded.ToLowerInvariant() : folded);
        else
            sb.Append(lower ? char.ToLowerInvariant(c) : c);
    }

    private static Dictionary<char, string> LoadBaseLetters()
    {
        var map = new Dictionary<char, string>
        {
            // Letters that Unicode does not decompose into a base letter and a mark.
            ['đ'] = "d", ['Đ'] = "D", ['Ð'] = "D", ['ð'] = "d", ['ø'] = "o", ['Ø'] = "O",
            ['ł'] = "l", ['Ł'] = "L", ['æ'] = "ae", ['Æ'] = "Ae", ['œ'] = "oe", ['Œ'] = "Oe",
            ['ß'] = "ss", ['ı'] = "i", ['þ'] = "th", ['Þ'] = "Th",
        };
        foreach (var row in GazetteerResources.Rows("latin-fold.tsv"))
        {
            if (row.Length == 2 && row[0].Length == 1) map.TryAdd(row[0][0], row[1]);
        }
        return map;
    }
}
