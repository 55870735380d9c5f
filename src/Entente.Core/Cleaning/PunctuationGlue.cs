namespace Entente.Core.Cleaning;

/// <summary>
/// Punctuation directly followed by a word where a space was lost: "products,telephones",
/// "forums.The", "Note:the". Not decimals and thousands ("3,000", "2.6"), initials and
/// abbreviations ("U.S.", "e.g.", "A.Lukashenko", "St.Petersburg") or times ("10:30").
/// </summary>
internal static class PunctuationGlue
{
    /// <summary>True when a space belongs before <paramref name="at"/> in the token text[start, end).</summary>
    public static bool EndsBefore(string text, int start, int end, int at)
    {
        if (at - 1 <= start || !char.IsLetter(text[at])) return false;
        var mark = text[at - 1];
        var left = text[at - 2];
        return mark switch
        {
            ',' or ';' or ':' => char.IsLetterOrDigit(left) || left is ')' or ']' or '%' or '"' or '\'' or '’' or '”',
            '.' => StartsSentence(text, end, at) && EndsSentence(text, start, at - 1),
            _ => false,
        };
    }

    // A capitalised word: "The", "Vietnam"; not "NET" or a lone initial.
    private static bool StartsSentence(string text, int end, int at) =>
        char.IsUpper(text[at]) && at + 1 < end && char.IsLower(text[at + 1]);

    private static bool EndsSentence(string text, int start, int dot)
    {
        var left = text[dot - 1];
        if (char.IsDigit(left) || left is ')' or '"' or '’' or '”') return true;
        if (!char.IsLetter(left)) return false;
        var wordStart = dot - 1;
        while (wordStart > start && char.IsLetter(text[wordStart - 1])) wordStart--;
        var word = text.AsSpan(wordStart, dot - wordStart);
        if (word.Length < 2 || !char.IsLower(word[^1]) || Abbreviations.Contains(word)) return false;
        return wordStart == start || text[wordStart - 1] != '.';
    }
}
