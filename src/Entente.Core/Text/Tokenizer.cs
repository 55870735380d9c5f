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

/// <summary>
/// The one tokenizer: one forward pass over [start, end) of a text into <see cref="WordShape.Parts"/>, tokens pointing
/// into it. The other shapes are made by grouping those tokens (<see cref="Group"/>), not by reading the characters again.
/// </summary>
public static class Tokenizer
{
    public static TokenList Scan(string text, int start, int end, WordShape shape, Spellings? spellings = null)
    {
        spellings ??= new Spellings();
        // Filled in place and handed to the list as it is (no copy to an exact size).
        var tokens = new Token[(end - start) / 4 + 1];
        var count = 0;
        var i = start;
        while (Next(text, ref i, end, spellings) is { } token)
        {
            if (count == tokens.Length) Array.Resize(ref tokens, tokens.Length * 2);
            tokens[count++] = token;
        }
        var parts = new TokenList(text, tokens, 0, count);
        return shape == WordShape.Parts ? parts : Group(parts, shape, spellings);
    }

    /// <summary>The <see cref="WordShape.Parts"/> token at or after position i of [i, end), spaces skipped, with i moved past it; null at the end.</summary>
    public static Token? Next(string text, ref int i, int end, Spellings spellings)
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
            i++;
            return Make(text, TokenKind.Symbol, from, i, spellings);
        }
        return null;
    }

    /// <summary>
    /// The <see cref="WordShape.Joined"/> or <see cref="WordShape.Compounds"/> tokens of the span a list of
    /// <see cref="WordShape.Parts"/> tokens covers, made by grouping them: the tokens <see cref="Scan"/> gives for
    /// that shape. Runs of letters and digits written together are one word, a joiner between two of them too.
    /// </summary>
    public static TokenList Group(TokenList parts, WordShape shape, Spellings spellings)
    {
        if (shape == WordShape.Parts) return parts;
        var text = parts.Text;
        var runs = Runs(parts, spellings);
        var tokens = new Token[runs.Count];
        var count = 0;
        for (var k = 0; k < runs.Count;)
        {
            var first = runs[k];
            if (!IsLetterOrDigitRun(text, first))
            {
                // A mark is a token of its own in joined words, no token among compounds.
                if (shape == WordShape.Joined) tokens[count++] = first;
                k++;
                continue;
            }
            var last = k;
            while (true)
            {
                if (last + 1 < runs.Count && Glued(runs[last], runs[last + 1]) && IsLetterOrDigitRun(text, runs[last + 1])) last++;
                else if (last + 2 < runs.Count && Glued(runs[last], runs[last + 1]) && IsJoiner(shape, text[runs[last + 1].Start])
                         && Glued(runs[last + 1], runs[last + 2]) && IsLetterOrDigitRun(text, runs[last + 2])) last += 2;
                else break;
            }
            var kind = char.IsDigit(text[first.Start]) ? TokenKind.Digits : TokenKind.Word;
            tokens[count++] = last == k ? first with { Kind = kind } : Make(text, kind, first.Start, runs[last].End, spellings);
            k = last + 1;
        }
        return new TokenList(text, tokens, 0, count);
    }

    /// <summary>
    /// The tokens with every word holding a combining mark cut at its marks: runs of letters or digits, and single
    /// other characters (a mark, a non-ASCII digit, punctuation). Readers whose words are letters and digits only group these.
    /// The parts themselves when no word holds a mark (the usual case), so that they are not copied.
    /// </summary>
    public static TokenList Runs(TokenList parts, Spellings spellings)
    {
        var text = parts.Text;
        var first = 0;
        while (first < parts.Count && (parts[first].Kind != TokenKind.Word || !HoldsMark(text, parts[first]))) first++;
        if (first == parts.Count) return parts;
        var runs = new List<Token>(parts.Count + 8);
        for (var k = 0; k < first; k++) runs.Add(parts[k]);
        for (var k = first; k < parts.Count; k++)
        {
            var part = parts[k];
            if (part.Kind != TokenKind.Word || !HoldsMark(text, part))
            {
                runs.Add(part);
                continue;
            }
            for (var i = part.Start; i < part.End;)
            {
                var from = i;
                if (char.IsLetterOrDigit(text[i])) while (i < part.End && char.IsLetterOrDigit(text[i])) i++;
                else i++;
                runs.Add(Make(text, char.IsLetterOrDigit(text[from]) ? TokenKind.Word : TokenKind.Symbol, from, i, spellings));
            }
        }
        return new TokenList(text, [.. runs], 0, runs.Count);
    }

    /// <summary>A run of letters or digits, or a digit outside ASCII (the parts keep such a digit as a mark of its own).</summary>
    public static bool IsLetterOrDigitRun(string text, Token run) => run.Kind != TokenKind.Symbol || char.IsLetterOrDigit(text[run.Start]);

    private static bool Glued(Token before, Token after) => before.End == after.Start;

    // The parts' words are letters and combining marks.
    private static bool HoldsMark(string text, Token word)
    {
        foreach (var c in text.AsSpan(word.Start, word.Length))
            if (!char.IsLetter(c)) return true;
        return false;
    }

    private static Token Make(string text, TokenKind kind, int start, int end, Spellings spellings)
    {
        var (written, lower, classes) = spellings.Read(text.AsSpan(start, end - start));
        return new(kind, start, end, written, lower, classes);
    }

    /// <summary>Where an upper-case tail of two to four letters glued to a lower-case word begins ("millionUSD"), else the word's start.</summary>
    private static int GluedCodeStart(string text, int start, int end)
    {
        var upper = end;
        while (upper > start && char.IsAsciiLetterUpper(text[upper - 1])) upper--;
        var tail = end - upper;
        return tail is >= 2 and <= 4 && upper - start >= 3 && char.IsAsciiLetterLower(text[upper - 1]) ? upper : start;
    }

    private static bool IsJoiner(WordShape shape, char c) =>
        shape switch
        {
            WordShape.Joined => c is '-' or '–' or '‐' or '\'' or '’',
            WordShape.Compounds => c is '-' or '\'' or '’' or '.' or '&',
            _ => false,
        };

    /// <summary>A character of a name: a letter, a digit or a combining mark.</summary>
    public static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || IsCombiningMark(c);

    // Combining accents belong to the word they decorate ("Hà Nội" written with combining marks).
    private static bool IsCombiningMark(char c) =>
        char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
