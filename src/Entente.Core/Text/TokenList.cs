namespace Entente.Core.Text;

/// <summary>
/// The tokens of a text (or of a span of it) with the look-ups readers need. Out-of-range indexes answer
/// "no" instead of throwing, so pattern code can look ahead freely.
/// </summary>
public sealed class TokenList : IReadOnlyList<Token>
{
    // The tokens are _tokens[_offset .. _offset + _count): a sentence's list shares the article's array instead of copying it.
    private readonly Token[] _tokens;
    private readonly int _offset;
    private readonly int _count;

    internal TokenList(string text, Token[] tokens, int offset, int count)
    {
        Text = text;
        _tokens = tokens;
        _offset = offset;
        _count = count;
    }

    /// <summary>The whole text the tokens point into.</summary>
    public string Text { get; }

    public int Count => _count;

    public Token this[int index] => (uint)index < (uint)_count ? _tokens[_offset + index] : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>The tokens of a whole text as the number and date readers read it (<see cref="WordShape.Parts"/>).</summary>
    public static TokenList Of(string text) => Tokenizer.Scan(text, 0, text.Length, WordShape.Parts);

    public bool Has(int i) => (uint)i < (uint)_count;

    public ReadOnlySpan<char> Span(int i) => Text.AsSpan(_tokens[_offset + i].Start, _tokens[_offset + i].Length);

    public string Str(int i) => _tokens[_offset + i].Text;

    public string Lower(int i) => _tokens[_offset + i].Lower;

    public bool IsWord(int i) => Has(i) && _tokens[_offset + i].Kind == TokenKind.Word;

    public bool IsDigits(int i) => Has(i) && _tokens[_offset + i].Kind == TokenKind.Digits;

    /// <summary>Token i is the given word, ignoring case.</summary>
    public bool Is(int i, string word) =>
        IsWord(i) && Span(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>Token i is the given word, ignoring case, and is one of the words given.</summary>
    public bool IsAny(int i, IReadOnlySet<string> lowerWords) => IsWord(i) && lowerWords.Contains(Lower(i));

    /// <summary>Token i is a word of one of the given classes (read from the token, not looked up).</summary>
    public bool IsAny(int i, WordClass classes) => IsWord(i) && (_tokens[_offset + i].Classes & classes) != 0;

    public bool IsSymbol(int i, char c) => Has(i) && _tokens[_offset + i].Kind == TokenKind.Symbol && Text[_tokens[_offset + i].Start] == c;

    /// <summary>Any hyphen or dash, as used in ranges and compounds.</summary>
    public bool IsDash(int i) => Has(i) && _tokens[_offset + i].Kind == TokenKind.Symbol && Dashes.Contains(Text[_tokens[_offset + i].Start]);

    /// <summary>Token i starts exactly where token i - 1 ends: no space between them.</summary>
    public bool Glued(int i) => Has(i) && i > 0 && _tokens[_offset + i - 1].End == _tokens[_offset + i].Start;

    /// <summary>Tokens i - 1 and i are on one line: at most spaces or tabs between them.</summary>
    public bool SameLine(int i)
    {
        if (!Has(i) || i == 0) return false;
        for (var p = _tokens[_offset + i - 1].End; p < _tokens[_offset + i].Start; p++)
            if (Text[p] is '\n' or '\r') return false;
        return true;
    }

    /// <summary>The first token index whose start is at or after the given text offset.</summary>
    public int IndexAt(int offset)
    {
        int lo = 0, hi = _count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_tokens[_offset + mid].Start < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>
    /// The tokens within [start, end) as a list of their own, whose look-ups stop at its edges (a sentence's tokens
    /// out of the article's); null when a token crosses either edge, as the span read alone would be cut otherwise.
    /// </summary>
    internal TokenList? Within(int start, int end)
    {
        var first = IndexAt(start);
        if (first > 0 && _tokens[_offset + first - 1].End > start) return null;
        var last = IndexAt(end);
        if (last > first && _tokens[_offset + last - 1].End > end) return null;
        return new TokenList(Text, _tokens, _offset + first, last - first);
    }

    public IEnumerator<Token> GetEnumerator() => ((IEnumerable<Token>)new ArraySegment<Token>(_tokens, _offset, _count)).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    private const string Dashes = "-\u2010\u2011\u2012\u2013\u2014\u2212";
}
