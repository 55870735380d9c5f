using Entente.Core.Extraction.Numbers;
using Entente.Core.Text;

namespace Entente.Core.Extraction.Time;

/// <summary>
/// Sentences of a token list, each named by its first token: a new one starts after '.', '!' or '?'
/// followed by a capital, and at every line break.
/// </summary>
internal sealed class TokenSentences
{
    private readonly List<int> _starts;
    private readonly int _count;

    private TokenSentences(List<int> starts, int count)
    {
        _starts = starts;
        _count = count;
    }

    public static TokenSentences Of(TokenList t)
    {
        var starts = new List<int> { 0 };
        for (var k = 1; k < t.Count; k++)
        {
            var previousEnds = t.IsSymbol(k - 1, '.') || t.IsSymbol(k - 1, '!') || t.IsSymbol(k - 1, '?');
            var capital = t.IsWord(k) && char.IsUpper(t.Text[t[k].Start]);
            if ((previousEnds && capital) || !t.SameLine(k)) starts.Add(k);
        }
        return new TokenSentences(starts, t.Count);
    }

    /// <summary>The first token of the sentence holding a token.</summary>
    public int Of(int token)
    {
        var index = _starts.BinarySearch(token);
        return _starts[index >= 0 ? index : ~index - 1];
    }

    /// <summary>One past the last token of the sentence starting at a token.</summary>
    public int EndOf(int start)
    {
        var index = _starts.BinarySearch(start);
        var next = (index >= 0 ? index : ~index - 1) + 1;
        return next < _starts.Count ? _starts[next] : _count;
    }
}
