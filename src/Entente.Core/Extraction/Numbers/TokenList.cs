namespace Entente.Core.Extraction.Numbers;

/// <summary>
/// The tokens of a text with the look-ups the scanners need. Out-of-range indexes answer
/// "no" instead of throwing, so pattern code can look ahead freely.
/// </summary>
internal sealed class TokenList
{
    private readonly Token[] _tokens;
    private string?[]? _lower;

    private TokenList(string text, Token[] tokens)
    {
        Text = text;
        _tokens = tokens;
    }

    public string Text { get; }

    public int Count => _tokens.Length;

    public Token this[int index] => _tokens[index];

    public static TokenList Of(string text)
    {
        var tokens = new List<Token>(text.Length / 4 + 1);
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
            if (char.IsLetter(c))
            {
                while (i < text.Length && (char.IsLetter(text[i]) || IsCombiningMark(text[i]))) i++;
                // "38 millionUSD": a scrape glued a currency code to the scale word; read them as two words.
                var code = GluedCodeStart(text, start, i);
                if (code > start) tokens.Add(new Token(TokenKind.Word, start, code));
                tokens.Add(new Token(TokenKind.Word, code, i));
            }
            else if (char.IsAsciiDigit(c))
            {
                while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
                tokens.Add(new Token(TokenKind.Digits, start, i));
            }
            else
            {
                i++;
                tokens.Add(new Token(TokenKind.Symbol, start, i));
            }
        }
        return new TokenList(text, tokens.ToArray());
    }

    /// <summary>Where an upper-case tail of two to four letters glued to a lower-case word begins ("millionUSD"), else the word's start.</summary>
    private static int GluedCodeStart(string text, int start, int end)
    {
        var upper = end;
        while (upper > start && char.IsAsciiLetterUpper(text[upper - 1])) upper--;
        var tail = end - upper;
        return tail is >= 2 and <= 4 && upper - start >= 3 && char.IsAsciiLetterLower(text[upper - 1]) ? upper : start;
    }

    public bool Has(int i) => i >= 0 && i < _tokens.Length;

    public ReadOnlySpan<char> Span(int i) => Text.AsSpan(_tokens[i].Start, _tokens[i].Length);

    public string Str(int i) => Text.Substring(_tokens[i].Start, _tokens[i].Length);

    /// <summary>Token i lower-cased; made once per token, as the readers ask for the same tokens many times.</summary>
    public string Lower(int i) => (_lower ??= new string?[_tokens.Length])[i] ??= Str(i).ToLowerInvariant();

    public bool IsWord(int i) => Has(i) && _tokens[i].Kind == TokenKind.Word;

    public bool IsDigits(int i) => Has(i) && _tokens[i].Kind == TokenKind.Digits;

    /// <summary>Token i is the given word, ignoring case.</summary>
    public bool Is(int i, string word) =>
        IsWord(i) && Span(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>Token i is the given word, ignoring case, and is one of the words given.</summary>
    public bool IsAny(int i, IReadOnlySet<string> lowerWords)
    {
        if (!IsWord(i)) return false;
        var word = Span(i);
        // Looked up as a span, lower-cased on the stack: this runs on every token of a text.
        if (word.Length <= MaxStackWord && lowerWords is HashSet<string> set && set.TryGetAlternateLookup<ReadOnlySpan<char>>(out var lookup))
        {
            Span<char> lower = stackalloc char[word.Length];
            return word.ToLowerInvariant(lower) == word.Length && lookup.Contains(lower);
        }
        return lowerWords.Contains(Lower(i));
    }

    private const int MaxStackWord = 64;

    public bool IsSymbol(int i, char c) => Has(i) && _tokens[i].Kind == TokenKind.Symbol && Text[_tokens[i].Start] == c;

    /// <summary>Any hyphen or dash, as used in ranges and compounds.</summary>
    public bool IsDash(int i) => Has(i) && _tokens[i].Kind == TokenKind.Symbol && Dashes.Contains(Text[_tokens[i].Start]);

    /// <summary>Token i starts exactly where token i - 1 ends: no space between them.</summary>
    public bool Glued(int i) => Has(i) && i > 0 && _tokens[i - 1].End == _tokens[i].Start;

    /// <summary>Tokens i - 1 and i are on one line: at most spaces or tabs between them.</summary>
    public bool SameLine(int i)
    {
        if (!Has(i) || i == 0) return false;
        for (var p = _tokens[i - 1].End; p < _tokens[i].Start; p++)
            if (Text[p] is '\n' or '\r') return false;
        return true;
    }

    /// <summary>The first token index whose start is at or after the given text offset.</summary>
    public int IndexAt(int offset)
    {
        int lo = 0, hi = _tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_tokens[mid].Start < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    // Combining accents belong to the word they decorate ("Hà Nội" written with combining marks).
    private static bool IsCombiningMark(char c) =>
        char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    private const string Dashes = "-\u2010\u2011\u2012\u2013\u2014\u2212";
}
