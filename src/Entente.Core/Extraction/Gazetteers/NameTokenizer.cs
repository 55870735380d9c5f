using Entente.Core.Text;

namespace Entente.Core.Extraction.Gazetteers;

/// <summary>
/// The words the gazetteer reads names in, made of the shared tokens (<see cref="TokenList"/>, <see cref="WordShape.Parts"/>):
/// a name word is a run of glued tokens of letters, digits and combining marks, with an apostrophe between two letters
/// kept inside ("People's", "Côte d'Ivoire"); every other character parts words. No second scan of the text.
/// </summary>
public static class NameTokenizer
{
    /// <summary>The name words of a text read alone (a name from the gazetteer's data, a title): up to maxTokens from position from.</summary>
    public static List<NameToken> Tokenize(string text, int from = 0, int maxTokens = int.MaxValue, Spellings? spellings = null)
    {
        spellings ??= new Spellings();
        var parts = new Scanned(text, from, spellings);
        return Compose(text, ref parts, maxTokens, spellings, []);
    }

    /// <summary>The name words of a whole text from its shared tokens (the article's <see cref="TokenList"/>).</summary>
    public static List<NameToken> Tokenize(TokenList tokens, Spellings spellings)
    {
        var parts = new Listed(tokens);
        // A name word holds at least one token: sized once, the list of a long article is not copied as it grows.
        return Compose(tokens.Text, ref parts, int.MaxValue, spellings, new List<NameToken>(tokens.Count));
    }

    private static List<NameToken> Compose<TParts>(string text, ref TParts parts, int maxTokens, Spellings spellings, List<NameToken> words)
        where TParts : struct, IParts
    {
        var more = parts.Next(out var pending);
        while (words.Count < maxTokens && more)
        {
            var first = pending;
            more = parts.Next(out pending);
            if (!InName(text, first)) continue;
            var end = first.End;
            while (more && pending.Start == end && InName(text, pending))
            {
                end = pending.End;
                more = parts.Next(out pending);
            }
            var spelling = end == first.End ? first.Text : spellings.Of(text.AsSpan(first.Start, end - first.Start));
            var gap = words.Count == 0 ? GapKind.Joiner : Classify(text.AsSpan(words[^1].End, first.Start - words[^1].End));
            words.Add(Make(text, first.Start, end, spelling, gap, spellings));
        }
        return words;
    }

    // The shared tokens a name word is made of: read already (an article's), or scanned as they are needed.
    private interface IParts
    {
        bool Next(out Token token);
    }

    private struct Listed(TokenList tokens) : IParts
    {
        private int _next;

        public bool Next(out Token token)
        {
            var more = _next < tokens.Count;
            token = more ? tokens[_next++] : default;
            return more;
        }
    }

    private struct Scanned(string text, int from, Spellings spellings) : IParts
    {
        private int _at = from;

        public bool Next(out Token token)
        {
            var next = Tokenizer.Next(text, ref _at, text.Length, spellings);
            token = next.GetValueOrDefault();
            return next.HasValue;
        }
    }

    // A word or number token always belongs to a name word; a mark only when it is a letter-like character the
    // tokenizer keeps apart (a non-ASCII digit, a leading combining mark) or an apostrophe between two letters.
    private static bool InName(string text, Token token)
    {
        if (!token.IsSymbol) return true;
        var at = token.Start;
        var c = text[at];
        return Tokenizer.IsNameChar(c)
            || NameFolding.IsApostrophe(c) && at > 0 && at + 1 < text.Length && char.IsLetter(text[at - 1]) && char.IsLetter(text[at + 1]);
    }

    private static NameToken Make(string text, int start, int end, string spelling, GapKind gap, Spellings spellings)
    {
        var folded = spellings.FoldedOf(spelling);
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
