namespace Entente.Core.Extraction.Diplomacy;

/// <summary>
/// Reads a personal name written after a title or a comma: one to five capitalised words or
/// initials, after honorifics ("Ms.", "Dr.", "H.E.") that are not part of the name.
/// </summary>
internal static class NameReader
{
    private static readonly HashSet<string> Honorifics = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "ms", "mrs", "dr", "h.e", "he", "hon", "prof", "madam", "mme", "sir", "excellency", "his", "her",
    };

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "bin", "binti", "al", "el", "de", "da", "do", "dos", "van", "von", "der", "den", "la", "le", "di", "du", "y", "ibn", "abu", "ben",
    };

    /// <summary>[Start, End) of the name starting at or after an offset (spaces and a comma skipped); Start == End when none.</summary>
    public static (int Start, int End) At(string text, int from, int limit)
    {
        var i = from;
        while (i < limit && text[i] is ' ' or ',') i++;
        // Honorifics: "Ms. Shalini Verma", "H.E. President".
        while (true)
        {
            var wordEnd = WordEnd(text, i, limit);
            var word = text[i..wordEnd].TrimEnd('.');
            // Ranks and forms of address the people reader knows ("Samdech", "Lt. Gen.") are skipped the same way.
            if (wordEnd == i || !Honorifics.Contains(word) && People.Honorifics.Skip(text, i, limit) == i) break;
            i = Honorifics.Contains(word) ? wordEnd : People.Honorifics.Skip(text, i, limit);
            while (i < limit && text[i] is ' ' or '.') i++;
        }
        var start = i;
        var end = i;
        for (var words = 0; words < 5 && i < limit; words++)
        {
            var wordEnd = WordEnd(text, i, limit);
            if (wordEnd == i) break;
            var word = text[i..wordEnd];
            var isInitial = word.Length == 2 && char.IsUpper(word[0]) && word[1] == '.' || People.NameReader.IsBareInitial(text, i, wordEnd);
            var bare = word.TrimEnd('.');
            var possessive = bare.EndsWith("'s", StringComparison.Ordinal) || bare.EndsWith("’s", StringComparison.Ordinal);
            if (possessive) bare = bare[..^2];
            var isName = bare.Length > 1 && char.IsUpper(bare[0]) && !bare.All(char.IsUpper);
            if (!isInitial && !isName && !(words > 0 && Particles.Contains(bare))) break;
            end = isInitial ? wordEnd : i + bare.Length;
            if (possessive || (!isInitial && bare.Length < word.Length)) break;
            i = wordEnd;
            if (i < limit && text[i] == ' ') i++;
            else break;
        }
        // A trailing particle is no part of a name.
        while (end > start && text.LastIndexOf(' ', end - 1, end - start) is var space and > 0 && space >= start
            && Particles.Contains(text[(space + 1)..end])) end = space;
        return (start, end);
    }

    private static int WordEnd(string text, int i, int limit)
    {
        var end = i;
        while (end < limit && (char.IsLetter(text[end]) || text[end] is '-' or '\'' or '’' or '.')) end++;
        if (end > i && text[end - 1] is '\'' or '’') end--;
        return end;
    }

    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "On", "In", "At", "The", "By", "For", "And", "But", "Meanwhile", "Today", "Yesterday", "Monday", "Tuesday", "Wednesday",
        "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December", "Sheikh", "Prince", "Mr", "Ms", "Mrs", "Dr", "He", "She",
    };

    /// <summary>
    /// [Start, End) of a name of two to five capitalised words ending right before an offset ("Vikram Sethi" in
    /// "Vikram Sethi, Minister of…"); Start == End when none. Titles such as "Sheikh" are left out.
    /// </summary>
    public static (int Start, int End) Before(string text, int end, int limit)
    {
        var i = end;
        var start = end;
        var words = 0;
        while (words < 5 && i > limit)
        {
            var wordEnd = i;
            var wordStart = wordEnd;
            while (wordStart > limit && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '-')) wordStart--;
            if (wordStart == wordEnd) break;
            var word = text[wordStart..wordEnd];
            var isName = char.IsUpper(word[0]) && !word.All(char.IsUpper) && !NotNames.Contains(word);
            if (!isName && !(words > 0 && Particles.Contains(word))) break;
            start = wordStart;
            words++;
            i = wordStart;
            if (i > limit && text[i - 1] == ' ') i--;
            else break;
        }
        while (start < end && Particles.Contains(text[start..].Split(' ')[0])) start = text.IndexOf(' ', start) + 1;
        return words >= 2 ? (start, end) : (end, end);
    }
}
