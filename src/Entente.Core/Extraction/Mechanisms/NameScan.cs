using Entente.Core.Extraction.Sentences;

namespace Entente.Core.Extraction.Mechanisms;

/// <summary>Scans over the capitalised words of a proper name, in either direction, and its acronym in brackets.</summary>
internal static class NameScan
{
    /// <summary>Longest run of words a name may take on either side of its head; keeps each scan bounded.</summary>
    private const int MaxRun = 24;

    /// <summary>
    /// The first word of the capitalised run ending just before `head` (the head itself when none);
    /// with innerPrepositions, "in", "of", "on" and "for" may join two capitalised words ("Trade in Goods Agreement").
    /// </summary>
    public static int BackOverCapitalized(SentenceView view, int head, bool innerPrepositions = false)
    {
        var first = head;
        var j = head - 1;
        while (j >= 0 && head - j <= MaxRun)
        {
            var t = view.Tokens[j];
            // "the XIV Binational Cabinet": a Roman numeral opening the run numbers a session; "Phase II" keeps it.
            if (RomanNumerals.Value(t.Text) is not null && !IsNameWord(view, j - 1)) break;
            if (IsNameWord(view, j) || (t.IsDigits && IsNameWord(view, j - 1)))
            {
                first = j;
                j--;
            }
            else if ((t.IsDash || t.Lower == "and" || (innerPrepositions && t.Lower is "in" or "of" or "on" or "for")) && IsNameWord(view, j - 1))
            {
                j--;
            }
            else if (t.IsDash && view.Is(j - 1, ")") && view.Is(j - 3, "(") && IsAcronym(view, j - 2) && IsNameWord(view, j - 4))
            {
                // "Eurasian Economic Union (EAEU)-Vietnam": an acronym in brackets inside the name.
                j -= 4;
            }
            else break;
        }
        return first;
    }

    /// <summary>A capitalised word that can belong to a name: not an ordinal, a date, a sentence opener or a possessive.</summary>
    public static bool IsNameWord(SentenceView view, int i)
    {
        if (!view.IsCapitalizedWord(i) || view.OrdinalAt(i) is not null || view.InsideDate(i)) return false;
        var lower = view.Lower(i);
        return !NameWords.CapitalizedStops.Contains(lower) && !lower.EndsWith("'s", StringComparison.Ordinal) && !lower.EndsWith("’s", StringComparison.Ordinal);
    }

    /// <summary>The last word of the capitalised run starting at `start`, across commas, dashes, "and" and "of".</summary>
    public static int ForwardOverCapitalized(SentenceView view, int start)
    {
        var last = start;
        var k = start + 1;
        while (k < view.Count && k - start <= MaxRun)
        {
            var t = view.Tokens[k];
            if (IsNameWord(view, k) || view.IsCountryWord(k) || (t.IsDigits && !view.InsideDate(k)))
            {
                last = k;
                k++;
            }
            else if ((t.Text == "," || t.IsDash || t.Lower is "and" or "of") && IsNameWord(view, k + 1))
            {
                k++;
            }
            else if (t.Text == "," && view.Is(k + 1, "and") && IsNameWord(view, k + 2))
            {
                k += 2;
            }
            else if (t.Lower == "of" && view.Is(k + 1, "the") && IsNameWord(view, k + 2))
            {
                k++;
            }
            else break;
        }
        return last;
    }

    /// <summary>The last word of "(ACRONYM)" right after word `last`, else `last`.</summary>
    public static int ReadAcronym(SentenceView view, int last) =>
        view.Is(last + 1, "(") && view.Is(last + 3, ")") && IsAcronym(view, last + 2) ? last + 3 : last;

    /// <summary>
    /// "(CBTA)", "(JC-2)", and the mixed case of "(MoU)", "(MoC)", "(MoUs)": capital first, at least two capitals, no other marks.
    /// </summary>
    private static bool IsAcronym(SentenceView view, int i)
    {
        if (i < 0 || i >= view.Count || view.Tokens[i].IsSymbol) return false;
        var text = view.Tokens[i].Text;
        if (text.All(c => char.IsUpper(c) || char.IsDigit(c) || c == '-')) return true;
        return text.Length <= MaxMixedAcronym && char.IsUpper(text[0]) && text.Count(char.IsUpper) >= 2 && text.All(char.IsLetter);
    }

    /// <summary>Mixed-case abbreviations of document kinds are short; a longer mixed-case word is a name ("McDonald").</summary>
    private const int MaxMixedAcronym = 5;
}
