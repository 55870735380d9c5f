using Entente.Core.Extraction;

namespace Entente.Core.Extraction.People;

/// <summary>
/// Forms of address and ranks written before a name ("Dr.", "H.E.", "Sheikh", "Samdech", "His Excellency",
/// "Lt. Gen."): skipped, never part of the name.
/// </summary>
internal static class Honorifics
{
    /// <summary>Forms of address proper ("Mr", "H.E.", "Excellency"), part of <see cref="Words"/>; diplomacy's name reader skips them in any case.</summary>
    public static readonly IReadOnlySet<string> Address = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Dr", "Hon", "H.E", "Mr", "Mrs", "Ms", "Madam", "Mme", "Sir", "Prof", "Excellency",
    };

    private static readonly HashSet<string> Words = new(Address.Concat(
    [
        "H.H", "H.R.H", "Miss", "Dame", "Professor", "Honourable", "Honorable", "Senator",
        "Sheikh", "Sheikha", "Shaikh", "Sayyid", "Sayyida", "Sayyed", "Prince", "Princess", "Datuk", "Dato", "Seri", "Pak", "Ibu", "Engr", "Eng",
        "Shri", "Samdech", "Samdach", "Oknha", "Lok", "Chumteav", "Tun", "Tunku", "Tengku", "Datin", "Dasho", "Alhaji", "Haji", "Comrade",
        "Hon'ble", "Hon’ble", "Smt", "Majesty", "Highness", "Royal", "Lt", "Lieutenant", "Gen", "General", "Maj", "Col", "Colonel", "Brig", "Brigadier",
        "Adm", "Admiral", "Marshal", "Capt", "Captain", "Cdr", "Commodore", "Lt-Gen", "Maj-Gen", "Lieutenant-General", "Major-General",
    ]), StringComparer.OrdinalIgnoreCase);

    // Abbreviations that are honorifics only with their full stop: "Sen." before a name, but "Hun Sen" is a name.
    private static readonly HashSet<string> WithFullStop = new(StringComparer.OrdinalIgnoreCase) { "Sen", "Rep", "Gov", "Amb", "Sec", "Rt", "Sh", "Adv" };

    // Words that are names alone but a title before these: "Tan Sri Mohamad Hasan" (the surname Tan stays a name in "Tan Wei"),
    // "Rt Hon X", "Right Honourable X".
    private static readonly Dictionary<string, string> BeforeTitle = new(StringComparer.OrdinalIgnoreCase) { ["Tan"] = "Sri", ["Rt"] = "Hon", ["Right"] = "Honourable" };

    // "His Excellency", "Her Majesty", "His Royal Highness": the pronoun is part of the form of address.
    private static readonly HashSet<string> AfterPronoun = new(StringComparer.OrdinalIgnoreCase) { "Excellency", "Majesty", "Highness", "Royal" };

    // Forms of address that only some countries confer: "Datuk Seri" is Malaysian (or Bruneian), "Samdech" Cambodian.
    private static readonly Dictionary<string, string[]> Conferred = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Datuk"] = ["MY"], ["Dato"] = ["MY", "BN"], ["Datin"] = ["MY", "BN"], ["Tun"] = ["MY"], ["Tunku"] = ["MY"], ["Tengku"] = ["MY"],
        ["Samdech"] = ["KH"], ["Samdach"] = ["KH"], ["Oknha"] = ["KH"], ["Chumteav"] = ["KH"], ["Dasho"] = ["BT"],
    };

    // The words of the Khmer styles that follow "Samdech" ("Samdech Akka Moha Sena Padei Techo", "Samdech Moha Borvor
    // Thipadei", "Samdech Vibol Sena Pheakdei"): parts of the style, never of the name, and read as such only after it.
    private static readonly HashSet<string> KhmerStyle = new(StringComparer.Ordinal)
    {
        "Akka", "Moha", "Sena", "Padei", "Techo", "Borvor", "Thipadei", "Vibol", "Pheakdei", "Ponhea", "Chakrei", "Thomma", "Pothisal", "Krolahom", "Kralahom",
    };

    private static bool OpensKhmerStyle(string word) => word is "Samdech" or "Samdach";

    /// <summary>
    /// The country whose form of address stands right before a name starting at nameStart ("Datuk Seri Dr X"), when exactly
    /// one of the countries that confer it is in the pair; null otherwise.
    /// </summary>
    public static string? CountryBefore(string text, int nameStart, CountryPair? pair)
    {
        if (pair is null) return null;
        string? found = null;
        var end = nameStart;
        while (true)
        {
            while (end > 0 && text[end - 1] is ' ' or '.' or '\'' or '\u2019') end--;
            var start = end;
            while (start > 0 && char.IsLetter(text[start - 1])) start--;
            if (start == end) return found;
            var word = text[start..end];
            if (Conferred.TryGetValue(word, out var countries))
            {
                var inPair = countries.Where(pair.Contains).ToList();
                if (inPair.Count != 1 || (found is not null && found != inPair[0])) return null;
                found = inPair[0];
            }
            else if (!Words.Contains(word) && !BeforeTitle.ContainsKey(word) && !WithFullStop.Contains(word) && word is not ("Seri" or "Sri" or "Lok") && !KhmerStyle.Contains(word)) return found;
            end = start;
        }
    }

    /// <summary>The offset after any honorifics (and the spaces after them) starting at from.</summary>
    public static int Skip(string text, int from) => Skip(text, from, text.Length);

    /// <summary>The offset after any honorifics starting at from, reading no further than limit.</summary>
    public static int Skip(string text, int from, int limit)
    {
        var i = from;
        var khmerStyle = false;
        while (true)
        {
            var j = i;
            while (j < limit && text[j] == ' ') j++;
            if (ExcellencyAbbreviation(text, j, limit) is var abbreviationEnd and > 0)
            {
                i = AfterAddressComma(text, abbreviationEnd, limit);
                continue;
            }
            var end = j;
            // "Dato’ Seri": a typographic apostrophe closes a word as the plain one does.
            while (end < limit && (char.IsLetter(text[end]) || text[end] is '.' or '\'' or '\u2019' or '-')) end++;
            if (end == j) return i;
            var word = text[j..end].TrimEnd('.', '\'', '\u2019');
            // "Senator the Hon. A": "the" between two forms of address; "…, the Rt. Hon. A", "the Most Honourable A": before the
            // Commonwealth's styles of address, "the" starts one.
            if (word == "the" && NextWord(text, end) is { Length: > 0 } next && char.IsUpper(next[0]) && (i > from || Styles.Contains(next))
                && IsHonorific(text, next, WithStop(text, end + 1 + next.Length)))
            {
                i = end;
                continue;
            }
            if (khmerStyle && KhmerStyle.Contains(word))
            {
                i = end;
                continue;
            }
            if (!char.IsUpper(text[j]) || !IsHonorific(text, word, end)) return i;
            khmerStyle = OpensKhmerStyle(word);
            i = Address.Contains(word) || AfterPronoun.Contains(word) ? AfterAddressComma(text, end, limit) : AfterRetired(text, end, limit);
            // "Tan Sri" is one title: the second word goes with the first ("Sri" alone starts names: "Sri Mulyani").
            // "Rt. Hon. A": the second word's full stop goes with it.
            if (BeforeTitle.ContainsKey(word)) i = WithStop(text, text.IndexOf(BeforeTitle[word], end, StringComparison.OrdinalIgnoreCase) + BeforeTitle[word].Length);
        }
    }

    /// <summary>
    /// "H. E.", "H E", "H.E" (His or Her Excellency) starting at from: the offset after it, or 0. Two letters with no stop
    /// and no space between ("HE") may be a pronoun in capitals and are left alone.
    /// </summary>
    private static int ExcellencyAbbreviation(string text, int from, int limit)
    {
        if (from >= limit || text[from] != 'H') return 0;
        var k = from + 1;
        var separated = false;
        if (k < limit && text[k] == '.') (k, separated) = (k + 1, true);
        if (k < limit && text[k] == ' ') (k, separated) = (k + 1, true);
        if (k >= limit || text[k] != 'E') return 0;
        k++;
        if (k < limit && text[k] == '.') (k, separated) = (k + 1, true);
        // "HE Dr A", "HE the President": unseparated, only before a word in mixed case ("HE SAID" is a pronoun in capitals).
        if (!separated && !(k + 2 < limit && text[k] == ' ' && (char.IsUpper(text[k + 1]) && char.IsLower(text[k + 2]) || text.AsSpan(k + 1).StartsWith("the ", StringComparison.Ordinal))))
            return 0;
        return k == limit || text[k] is ' ' or ',' ? k : 0;
    }

    // Styles written before a title as before a name: "A, Hon'ble Minister of External Affairs", "A, Honourable Minister of Health".
    private static readonly HashSet<string> TitleStyles = new(StringComparer.Ordinal) { "Hon'ble", "Hon’ble", "Hon.", "Honourable", "Honorable" };

    /// <summary>Where the title starting at start begins with a style before it ("Hon'ble Minister"), else start.</summary>
    public static int StyleBeforeTitle(string text, int start, int floor)
    {
        if (start - 2 < floor || text[start - 1] != ' ') return start;
        var wordStart = start - 1;
        while (wordStart > floor && !char.IsWhiteSpace(text[wordStart - 1])) wordStart--;
        return TitleStyles.Contains(text[wordStart..(start - 1)]) ? wordStart : start;
    }

    // Written in brackets after a rank: "Brigadier (Retd)", "Major General (Ret'd)", "Lt. Gen (Rtd.)", "Admiral (Prof)".
    private static readonly HashSet<string> Bracketed = new(StringComparer.OrdinalIgnoreCase) { "Retd", "Rtd", "Ret'd", "Ret’d", "Ret", "Retired", "Prof", "Dr" };

    // The styles of address that "the" may open: "the Honourable A", "the Most Hon. A", "the Rt. Hon. A", "the Right Honourable A".
    private static readonly HashSet<string> Styles = new(StringComparer.Ordinal) { "Hon", "Honourable", "Honorable", "Most", "Rt", "Right" };

    /// <summary>After a rank, past a bracketed "(Retd)" and the comma after it ("Brigadier (Ret'd), A"); else end.</summary>
    private static int AfterRetired(string text, int end, int limit)
    {
        var open = end;
        while (open < limit && text[open] == ' ') open++;
        if (open >= limit || text[open] != '(') return end;
        var close = text.IndexOf(')', open, Math.Min(12, limit - open));
        if (close < 0 || !Bracketed.Contains(text[(open + 1)..close].TrimEnd('.'))) return end;
        return AfterAddressComma(text, close + 1, limit);
    }

    /// <summary>"His Excellency, Dr. A", "H.E, A": a comma after a form of address, before a capitalised word, is skipped.</summary>
    private static int AfterAddressComma(string text, int end, int limit)
    {
        if (end >= limit || text[end] != ',') return end;
        var next = end + 1;
        while (next < limit && text[next] == ' ') next++;
        return next < limit && char.IsUpper(text[next]) ? end + 1 : end;
    }

    private static bool IsHonorific(string text, string word, int end)
    {
        if (Words.Contains(word)) return true;
        if (BeforeTitle.TryGetValue(word, out var title)) return NextWord(text, end) == title;
        if (WithFullStop.Contains(word)) return text[end - 1] == '.';
        // "the Most Honourable A", "the Most Hon. A": "Most" styles only with the address after it.
        if (word == "Most") return NextWord(text, end) is "Hon" or "Honourable" or "Honorable";
        return word is "His" or "Her" && AfterPronoun.Contains(NextWord(text, end));
    }

    /// <summary>Past a full stop at end ("Rt." read as a word ends after its stop).</summary>
    private static int WithStop(string text, int end) => end < text.Length && text[end] == '.' ? end + 1 : end;

    private static string NextWord(string text, int end)
    {
        var next = end;
        while (next < text.Length && text[next] == ' ') next++;
        var nextEnd = next;
        while (nextEnd < text.Length && char.IsLetter(text[nextEnd])) nextEnd++;
        return text[next..nextEnd];
    }
}
