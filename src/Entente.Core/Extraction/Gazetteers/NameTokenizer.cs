using System.Globalization;
using Entente.Core.Text;

namespace Entente.Core.Extraction.Gazetteers;

/// <summary>Splits text into <see cref="NameToken"/>s in one forward pass.</summary>
public static class NameTokenizer
{
    public static List<NameToken> Tokenize(string text, int from = 0, int maxTokens = int.MaxValue)
    {
        var tokens = new List<NameToken>();
        var gapStart = from;
        var i = from;
        while (i < text.Length && tokens.Count < maxTokens)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && (IsWordChar(text[i]) || IsInnerApostrophe(text, i))) i++;
            var gap = tokens.Count == 0 ? GapKind.Joiner : Classify(text.AsSpan(gapStart, start - gapStart));
            tokens.Add(Make(text, start, i, gap));
            gapStart = i;
        }
        return tokens;
    }

    private static NameToken Make(string text, int start, int end, GapKind gap)
    {
        var folded = NameFolding.FoldToken(text.AsSpan(start, end - start));
        var len = end - start;
        if (len > 2 && (text[end - 1] is 's' or 'S') && NameFolding.IsApostrophe(text[end - 2]))
        {
            var stem = NameFolding.FoldToken(text.AsSpan(start, len - 2));
            return new NameToken(start, end, folded, end - 2, stem, gap);
        }
        return new NameToken(start, end, folded, end, null, gap);
    }

    public static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static bool IsInnerApostrophe(string text, int i) =>
        NameFolding.IsApostrophe(text[i]) && i + 1 < text.Length && char.IsLetter(text[i + 1]) && i > 0 && char.IsLetter(text[i - 1]);

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
