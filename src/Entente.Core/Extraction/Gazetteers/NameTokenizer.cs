using Entente.Core.Text;

namespace Entente.Core.Extraction.Gazetteers;

/// <summary>Splits text into <see cref="NameToken"/>s in one forward pass.</summary>
public static class NameTokenizer
{
    public static List<NameToken> Tokenize(string text, int from = 0, int maxTokens = int.MaxValue, Spellings? spellings = null)
    {
        spellings ??= new Spellings();
        var tokens = new List<NameToken>();
        var i = from;
        while (tokens.Count < maxTokens && Tokenizer.Next(text, ref i, text.Length, WordShape.Names, spellings) is { } token)
        {
            var gap = tokens.Count == 0 ? GapKind.Joiner : Classify(text.AsSpan(tokens[^1].End, token.Start - tokens[^1].End));
            tokens.Add(Make(text, token, gap, spellings));
        }
        return tokens;
    }

    private static NameToken Make(string text, Token token, GapKind gap, Spellings spellings)
    {
        var (start, end) = (token.Start, token.End);
        var folded = spellings.FoldedOf(token.Text);
        var len = end - start;
        if (len > 2 && (text[end - 1] is 's' or 'S') && NameFolding.IsApostrophe(text[end - 2]))
        {
            var stem = NameFolding.FoldToken(text.AsSpan(start, len - 2));
            return new NameToken(start, end, folded, end - 2, stem, gap);
        }
        return new NameToken(start, end, folded, end, null, gap);
    }

    public static GapKind Classify(ReadOnlySpan<char> gap)
    {
        var comma = false;
        var period = false;
        foreach (var c in gap)
        {
            switch (c)
            {
                case ' ' or '\t' or '\u00A0' or '\u202F' or '-' or '\u2010' or '\u2011' or '\u2013':
                    break;
                case ',':
                    comma = true;
                    break;
                case '.':
                    period = true;
                    break;
                default:
                    return GapKind.Break;
            }
        }
        if (comma && period) return GapKind.Break;
        return comma ? GapKind.Comma : period ? GapKind.Period : GapKind.Joiner;
    }
}
