using System.Globalization;

namespace Entente.Core.Text;

/// <summary>Where a word ends: what each reader takes as one word.</summary>
public enum WordShape
{
    /// <summary>
    /// Runs of letters and runs of ASCII digits apart ("21st" is "21" and "st"); every other character is a token.
    /// The number and date readers build their patterns from these parts.
    /// </summary>
    Parts,

    /// <summary>
    /// Letters and digits together, with hyphens, dashes and apostrophes between them kept inside the word, so
    /// "Vietnam–Kazakhstan", "2011-2012" and "Korea's" are one word; every other character is a token.
    /// </summary>
    Joined,

    /// <summary>
    /// Letters and digits together, with hyphens, apostrophes, dots and ampersands between them kept inside the
    /// word ("two-way", "S.A", "AT&amp;T"); other characters are no tokens at all.
    /// </summary>
    Compounds,
}

/// <summary>The one tokenizer: one forward pass over [start, end) of a text, tokens pointing into it.</summary>
public static class Tokenizer
{
    public static TokenList Scan(string text, int start, int end, WordShape shape, Spellings? spellings = null)
    {
        spellings ??= new Spellings();
        // Filled in place and handed to the list as it is (no copy to an exact size).
        var tokens = new Token[(end - start) / 4 + 1];
        var count = 0;
        var i = start;
        while (Next(text, ref i, end, shape, spellings) is { } token)
        {
            if (count == tokens.Length) Array.Resize(ref tokens, tokens.Length * 2);
            tokens[count++] = token;
        }
        return new TokenList(text, tokens, 0, count);
    }

    /// <summary>The same tokens as <see cref="Scan"/>, in a list of their own.</summary>
    public static List<Token> ScanList(string text, int start, int end, WordShape shape, Spellings? spellings = null)
    {
        spellings ??= new Spellings();
        var tokens = new List<Token>((end - start) / 4 + 1);
        var i = start;
        while (Next(text, ref i, end, shape, spellings) is { } token) tokens.Add(token);
        return tokens;
    }

    /// <summary>The token at or after position i of [i, end), spaces skipped, with i moved past it; null at the end.</summary>
    public static Token? Next(string text, ref int i, int end, WordShape shape, Spellings spellings)
    {
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            var from = i;
            if (shape == WordShape.Parts)
            {
                if (char.IsLetter(c))
                {
                    while (i < end && (char.IsLetter(text[i]) || IsCombiningMark(text[i]))) i++;
                    // "38 millionUSD": a scrape glued a currency code to the scale word; read them as two words.
                    var code = GluedCodeStart(text, from, i);
                    if (code > from) i = code;
                    return Make(text, TokenKind.Word, from, i, spellings);
                }
                if (char.IsAsciiDigit(c))
                {
                    while (i < end && char.IsAsciiDigit(text[i])) i++;
                    return Make(text, TokenKind.Digits, from, i, spellings);
                }
            }
            else if (char.IsLetterOrDigit(c))
            {
                i++;
                while (i < end && (char.IsLetterOrDigit(text[i]) || IsJoiner(shape, text, i, end))) i++;
                return Make(text, char.IsDigit(c) ? TokenKind.Digits : TokenKind.Word, from, i, spellings);
            }
            i++;
            if (shape != WordShape.Compounds) return Make(text, TokenKind.Symbol, from, i, spellings);
        }
        return null;
    }

    private static Token Make(string text, TokenKind kind, int start, int end, Spellings spellings)
    {
        var (written, lower) = spellings.WrittenAndLower(text.AsSpan(start, end - start));
        return new(kind, start, end, written, lower);
    }

    /// <summary>Where an upper-case tail of two to four letters glued to a lower-case word begins ("millionUSD"), else the word's start.</summary>
    private static int GluedCodeStart(string text, int start, int end)
    {
        var upper = end;
        while (upper > start && char.IsAsciiLetterUpper(text[upper - 1])) upper--;
        var tail = end - upper;
        return tail is >= 2 and <= 4 && upper - start >= 3 && char.IsAsciiLetterLower(text[upper - 1]) ? upper : start;
    }

    private static bool IsJoiner(WordShape shape, string text, int i, int end) =>
        shape switch
        {
            WordShape.Joined => text[i] is '-' or '–' or '‐' or '\'' or '’',
            WordShape.Compounds => text[i] is '-' or '\'' or '’' or '.' or '&',
            _ => false,
        }
        && i + 1 < end && char.IsLetterOrDigit(text[i + 1])
        && char.IsLetterOrDigit(text[i - 1]);

    /// <summary>A character of a name: a letter, a digit or a combining mark.</summary>
    public static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || IsCombiningMark(c);

    // Combining accents belong to the word they decorate ("Hà Nội" written with combining marks).
    private static bool IsCombiningMark(char c) =>
        char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
