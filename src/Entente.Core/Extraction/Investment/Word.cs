namespace Entente.Core.Extraction.Investment;

/// <summary>A word of an article's text at [Start, End): letters and digits, with inner hyphens, apostrophes and dots.</summary>
internal readonly record struct Word(int Start, int End, string Text)
{
    public bool IsCapitalised => Text.Length > 0 && char.IsUpper(Text[0]);

    public bool Is(string other) => Text.Equals(other, StringComparison.OrdinalIgnoreCase);

    /// <summary>The words of text[start, end) in order; one linear scan.</summary>
    public static List<Word> Scan(string text, int start, int end)
    {
        var words = new List<Word>();
        var i = start;
        while (i < end)
        {
            while (i < end && !char.IsLetterOrDigit(text[i])) i++;
            var from = i;
            while (i < end && (char.IsLetterOrDigit(text[i]) || (IsInner(text[i]) && i + 1 < end && char.IsLetterOrDigit(text[i + 1]))))
                i++;
            if (i > from) words.Add(new Word(from, i, text[from..i]));
        }
        return words;
    }

    private static bool IsInner(char c) => c is '-' or '\'' or '’' or '.' or '&';
}
