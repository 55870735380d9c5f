using Entente.Core.Text.Time;

namespace Entente.Core.Extraction.People;

/// <summary>
/// The one name reader: a personal name of one to five capitalised words, initials or particles ("To Lam",
/// "A. Lukashenko", "Thani bin Ahmed Al Zeyoudi", "Lee Sang-woo"), forwards from an offset or backwards from one.
/// A possessive "'s" is left out. Names' own forms are read everywhere: quoted nicknames, short given names ("Van",
/// "An"), Roman numerals, hyphenated particles ("al-Thani") and bare initials. What a caller asks besides is a
/// <see cref="NameRules"/>: forms of address to skip before a name, the fewest words of a name read backwards.
/// </summary>
internal static class NameReader
{
    private const int MaxWords = 5;

    // Lower-case particles do not count towards MaxWords: an Arabic name of descent runs to five names and three
    // particles ("Khalid bin Ahmed bin Mohammed Al Khalifa"). This bounds the whole name all the same.
    private const int MaxWordsWithParticles = 9;

    internal static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "bin", "binti", "bint", "al", "el", "de", "da", "do", "dos", "das", "del", "van", "von", "der", "den", "la", "le", "di", "du", "y", "ibn", "abu", "ben",
    };

    // Capitalised words that start clauses or name times, never people.
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "On", "In", "At", "By", "For", "With", "From", "Of", "And", "But", "Or", "As", "During", "After", "Before",
        "Meanwhile", "Also", "Speaking", "According", "Earlier", "Later", "Last", "Next", "This", "That", "These", "Those", "He", "She",
        "They", "It", "We", "His", "Her", "Their", "Its", "Our", "Both", "Mr", "Mrs", "Ms", "Dr", "While", "When", "Since", "Under", "Over",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May",
        "June", "July", "August", "September", "October", "November", "December", "Then", "Former", "New", "Party", "State", "Government",
        "Ministry", "Minister", "President", "Embassy", "Committee", "Council", "Commission", "Union", "National", "Central", "Vice",
        "Deputy", "Foreign", "Affairs", "Republic", "Kingdom", "Side", "Delegation", "Chairman", "Chairwoman", "Secretary", "Ambassador",
        "Today", "Yesterday", "Tomorrow", "Tonight", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth",
        // Words of legislatures' and courts' names, which run on after an office ("Chairman of the State Great Khural").
        "Great", "Grand", "Supreme", "Federal", "Legislative", "Constitutional", "Assembly", "Parliament", "Senate", "Congress", "Khural",
        "Hural", "Duma", "Majlis", "Sejm", "Rada", "Knesset", "Court", "Chamber", "Cabinet",
        // Words of bodies' names that run on after a title ("Minister for the National Bank", "President of the … Board"), and
        // sentence adverbs: never a person.
        "Bank", "Board", "Bureau", "Agency", "Authority", "Office", "Department", "Directorate", "Secretariat", "Fund", "Institute",
        "University", "Museum", "Museums", "Corporation", "Company", "Association", "Federation", "Organization", "Organisation",
        "House", "Besides", "However", "Moreover", "Furthermore", "Additionally", "Business",
        // Verbs of a headline in title case ("Prime Minister Holds Talks with …") and the section labels printed after it
        // ("Politics"): after an office they would pass for the holder's name.
        "Holds", "Meets", "Receives", "Visits", "Says", "Hosts", "Welcomes", "Signs", "Discusses", "Talks", "Calls", "Pays",
        "Arrives", "Attends", "Urges", "Congratulates", "Politics", "Economy", "Society", "Diplomacy", "Opinion",
    };

    // Sentence adverbs and connectives that open a clause before a comma ("Currently, the ambassador to ..."); read
    // backwards from an office they would pass for a one-word name.
    internal static readonly HashSet<string> Connectives = new(StringComparer.Ordinal)
    {
        "Currently", "Presently", "Likewise", "Similarly", "Additionally", "Furthermore", "Moreover", "Further", "However",
        "Nevertheless", "Nonetheless", "Still", "Yet", "Besides", "Indeed", "Notably", "Importantly", "Specifically",
        "Particularly", "Especially", "Interestingly", "Incidentally", "Separately", "Finally", "Lastly", "Firstly",
        "Secondly", "Thirdly", "Initially", "Eventually", "Ultimately", "Subsequently", "Consequently", "Accordingly",
        "Therefore", "Thus", "Hence", "Instead", "Otherwise", "Alternatively", "Overall", "Recently", "Previously",
        "Formerly", "Traditionally", "Historically", "Officially", "Reportedly", "Apparently", "Clearly", "Now",
        "Nowadays", "Again", "Here", "There", "Elsewhere", "Regardless", "Hitherto", "Thereafter", "Afterwards",
    };

    // Month abbreviations open datelines ("SEOUL, Sept 5 (Yonhap) --", "Oct. 2"), never a name; "Jan", "Jun" and "Mar" are
    // given names too ("Jan Lipavsky", "Mar Roxas") and are names unless a day follows them (<see cref="IsDate"/>).
    private static readonly HashSet<string> MonthAbbreviations = CalendarWords.MonthWords
        .Where(w => !CalendarWords.IsFullMonthName(w) && w is not ("jan" or "jun" or "mar"))
        .Select(w => char.ToUpperInvariant(w[0]) + w[1..]).ToHashSet(StringComparer.Ordinal);

    // Lower-case particles joined by a hyphen to a capitalised word: "al-Thani", "el-Sisi", "ash-Sharaa".
    private static readonly HashSet<string> HyphenParticles = new(StringComparer.Ordinal) { "al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "bin", "ibn", "abu" };

    private static readonly HashSet<string> RomanNumerals = new(StringComparer.Ordinal)
    {
        "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII",
    };

    private static readonly char[] Quotes = ['\'', '‘', '"', '“'];

    // Inside a name these are given names ("Nguyen Van An", "Kim Jong In"), not the words they spell.
    private static readonly HashSet<string> ShortGivenNames = new(StringComparer.Ordinal) { "An", "On", "In", "Do", "To", "Ha" };

    /// <summary>The name starting at the first word at or after from, or an empty range at from.</summary>
    public static (int Start, int End) After(string text, int from, MentionMap mentions) =>
        After(text, from, text.Length, NameRules.Full, mentions);

    /// <summary>The name starting at the first word at or after from and ending by limit, or an empty range where it would start.</summary>
    public static (int Start, int End) After(string text, int from, int limit, NameRules rules, MentionMap? mentions = null)
    {
        var i = from;
        while (i < limit && (text[i] == ' ' || text[i] == ',' && rules.FormsOfAddress is not null)) i++;
        if (rules.FormsOfAddress is { } forms) i = SkipAddress(text, i, limit, forms);
        var start = i;
        var end = start;
        var words = 0;
        var mixedCase = false;
        var (particles, clusters) = (0, 0);
        while (i < limit && words - particles < MaxWords && words < MaxWordsWithParticles)
        {
            // A one-word place inside a name ("Truong Quang Vinh") does not end it; any other mention does.
            if (mentions is not null && mentions.IsCovered(i) && !(mentions.IsSingleWordPlace(i) && (words > 0 || NameWordFollows(text, i, mentions)))) break;
            // "Ferdinand 'Bongbong' Marcos": a quoted nickname inside a name is read with it.
            if (words > 0 && NicknameEnd(text, i) is var nicknameEnd and > 0)
            {
                i = nicknameEnd;
                continue;
            }
            var wordEnd = WordEnd(text, i, limit);
            if (wordEnd == i) break;
            var (word, isInitial) = Word(text, i, wordEnd);
            var isParticle = (Particles.Contains(word) || IsHyphenParticle(word)) && words > 0;
            var isGivenName = words > 0 && (ShortGivenNames.Contains(word) || RomanNumerals.Contains(word));
            var isNameWord = IsNameWord(word) && !IsDate(text, word, wordEnd, limit);
            // "Adama BARROW", "KISHIDA Fumio": a family name in capitals beside a name word written in mixed case.
            // Leading, it is the family name of a two-word name only ("KISHIDA Fumio"; "SAPM Tariq Fatemi" is a post's abbreviation).
            var isCapitals = !isNameWord && IsCapitalsWord(word) && (mixedCase || OneNameWordFollows(text, wordEnd, limit));
            if (!isInitial && !isParticle && !isGivenName && !isNameWord && !isCapitals) break;
            mixedCase |= isNameWord;
            words++;
            if (isParticle && !isNameWord) particles++;
            if (isInitial && wordEnd - i > 2) clusters++;
            end = isInitial ? wordEnd : i + word.Length;
            // Punctuation after a name word (a full stop, a comma, "'s") ends the name.
            if (!isInitial && wordEnd > i + word.Length) break;
            i = wordEnd;
            if (i < limit && text[i] == ' ') i++;
            else break;
        }
        // A trailing particle is not part of the name ("Al" in "... Al" is kept only inside).
        while (words > 0 && end > start)
        {
            var lastSpace = text.LastIndexOf(' ', end - 1, end - start);
            var last = text[(lastSpace < 0 ? start : lastSpace + 1)..end];
            if (!Particles.Contains(last)) break;
            end = lastSpace < 0 ? start : lastSpace;
            words--;
        }
        // "U.S." alone, read as initials, is no name: such initials go before a name word.
        return words >= 1 && words > clusters ? (start, end) : (start, start);
    }

    /// <summary>The offset after forms of address ("Ms.", "H.E.", "Lt. Gen.") and the spaces and full stops after them.</summary>
    private static int SkipAddress(string text, int i, int limit, IReadOnlySet<string> forms)
    {
        while (true)
        {
            var wordEnd = WordEnd(text, i, limit);
            var word = text[i..wordEnd].TrimEnd('.');
            // Ranks and forms of address the people reader knows ("Samdech", "Lt. Gen.") are skipped the same way.
            if (wordEnd == i || !forms.Contains(word) && Honorifics.Skip(text, i, limit) == i) return i;
            i = forms.Contains(word) ? wordEnd : Honorifics.Skip(text, i, limit);
            while (i < limit && text[i] is ' ' or '.') i++;
        }
    }

    /// <summary>The name ending right before end (which follows its last letter), or an empty range at end.</summary>
    public static (int Start, int End) Before(string text, int end, int limit, MentionMap mentions) =>
        Before(text, end, limit, NameRules.Full, mentions);

    /// <summary>The name ending right before end (which follows its last letter), starting after limit, or an empty range at end.</summary>
    public static (int Start, int End) Before(string text, int end, int limit, NameRules rules, MentionMap? mentions = null)
    {
        var i = end;
        var start = end;
        var words = 0;
        var mixedCase = false;
        var particles = 0;
        while (i > limit && words - particles < MaxWords && words < MaxWordsWithParticles)
        {
            var wordStart = i;
            while (wordStart > limit && IsWordCharBefore(text[wordStart - 1])) wordStart--;
            if (wordStart == i) break;
            if (mentions is not null && mentions.InOffice(wordStart, i)) break;
            if (mentions is not null && mentions.Overlaps(wordStart, i) && !(mentions.IsSingleWordPlace(wordStart) && !AfterPlacePreposition(text, wordStart, limit)
                                                                              && (words > 0 || NameWordPrecedes(text, wordStart, limit, mentions)))) break;
            var raw = text[wordStart..i];
            // "Carl HG Schlettwein" read backwards: bare initials between the given name and the surname.
            var isInitial = raw.Length == 2 && char.IsUpper(raw[0]) && raw[1] == '.' || IsDigraphInitial(raw) || words > 0 && (IsBareInitial(text, wordStart, i) || IsInitialCluster(raw));
            var word = raw.TrimEnd('.');
            var isParticle = Particles.Contains(word) || IsHyphenParticle(word);
            var isGivenName = words > 0 && (ShortGivenNames.Contains(word) || RomanNumerals.Contains(word));
            var isNameWord = IsNameWord(word);
            // "Linas LINKEVICIUS", "KISHIDA Fumio" read backwards: a family name in capitals beside a mixed-case name word.
            // Leftmost it is the family name of a two-word name only ("KISHIDA Fumio").
            var isCapitals = !isNameWord && IsCapitalsWord(word) && (words == 0 ? PreviousWordIsNameWord(text, wordStart, limit) : words == 1 && mixedCase);
            if (!isInitial && !isParticle && !isGivenName && !isNameWord && !isCapitals) break;
            if (raw.EndsWith('.') && !isInitial && words > 0) break;
            mixedCase |= isNameWord;
            start = wordStart;
            words++;
            if (isParticle && !isNameWord) particles++;
            i = wordStart;
            if (i > limit && text[i - 1] == ' ') i--;
            else break;
        }
        // Leading particles or honorifics do not start a name.
        while (words > 0)
        {
            var space = text.IndexOf(' ', start, end - start);
            var first = text[start..(space < 0 ? end : space)];
            if (!Particles.Contains(first) && Honorifics.Skip(first, 0) == 0) break;
            if (space < 0) return (end, end);
            start = space + 1;
            words--;
        }
        return words >= rules.MinWordsBefore ? (start, end) : (end, end);
    }

    private static bool IsWordCharBefore(char c) => char.IsLetter(c) || c is '-' or '\'' or '’' or '.';

    /// <summary>"in Lima", "to Pereira": a place after one of these words is the place, not a word of the name after it.</summary>
    private static bool AfterPlacePreposition(string text, int wordStart, int limit)
    {
        var end = wordStart;
        if (end <= limit || text[end - 1] != ' ') return false;
        end--;
        var start = end;
        while (start > limit && char.IsLetter(text[start - 1])) start--;
        return text.AsSpan(start, end - start) is "in" or "to" or "from" or "at" or "of" or "near" or "In" or "To" or "From" or "At";
    }

    /// <summary>"Santiago Cafiero": a one-word place starts a name when a name word not in the gazetteer follows it.</summary>
    private static bool NameWordFollows(string text, int i, MentionMap mentions)
    {
        var end = WordEnd(text, i);
        if (end >= text.Length || text[end] != ' ') return false;
        var next = end + 1;
        var nextEnd = WordEnd(text, next);
        var (word, isInitial) = Word(text, next, nextEnd);
        // "Michael D Higgins", "Victoria M. Hajar": an initial after the place word goes on with a name too.
        return nextEnd > next && !mentions.IsCovered(next) && (IsNameWord(word) || IsHyphenParticle(word) || isInitial);
    }

    /// <summary>
    /// "Tetsuro Fukuyama, Deputy Chief Cabinet Secretary" read backwards: a one-word place ends a name when a name word that is
    /// in no gazetteer mention stands right before it.
    /// </summary>
    private static bool NameWordPrecedes(string text, int start, int limit, MentionMap mentions)
    {
        if (!PreviousWordIsNameWord(text, start, limit)) return false;
        var wordStart = start - 1;
        while (wordStart > limit && IsWordCharBefore(text[wordStart - 1])) wordStart--;
        return !mentions.Overlaps(wordStart, start - 1) && !mentions.InOffice(wordStart, start - 1);
    }

    /// <summary>"al-Thani": a lower-case particle, a hyphen and a name word.</summary>
    private static bool IsHyphenParticle(string word)
    {
        var hyphen = word.IndexOf('-');
        return hyphen > 0 && HyphenParticles.Contains(word[..hyphen]) && IsNameWord(word[(hyphen + 1)..]);
    }

    /// <summary>The offset after "'Nickname' " at i (a quoted capitalised word and one space), or -1.</summary>
    private static int NicknameEnd(string text, int i)
    {
        if (i >= text.Length || Array.IndexOf(Quotes, text[i]) < 0) return -1;
        var close = text.IndexOfAny(['\'', '’', '"', '”'], i + 1, Math.Min(20, text.Length - i - 1));
        if (close < 0 || close + 1 >= text.Length || text[close + 1] != ' ' || !IsNameWord(text[(i + 1)..close])) return -1;
        return close + 2;
    }

    /// <summary>"K.J", "S.S.", "A.K.": two or three initials joined by full stops, before a family name.</summary>
    private static bool IsInitialCluster(string raw)
    {
        if (raw.Length is < 3 or > 6 || !raw.Contains('.')) return false;
        var letters = 0;
        for (var k = 0; k < raw.Length; k++)
        {
            if (!char.IsUpper(raw[k])) return false;
            letters++;
            if (k + 1 < raw.Length && raw[k + 1] == '.') k++;
            else if (k + 1 < raw.Length) return false;
        }
        return letters is 2 or 3;
    }

    // Words in capitals that are abbreviations, not family names written in capitals.
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "MP", "MPS", "MNA", "MLA", "CEO", "CFO", "COO", "MFA", "MOFA", "MOU", "MOUS", "MOFAIC", "MOFCOM", "MOIT", "MOC", "DFA", "DFAT",
        "PM", "VP", "FM", "UN", "EU", "AU", "USA", "UAE", "UK", "US", "ASEAN", "NATO", "SADC", "ECOWAS", "APEC", "BRICS", "OPEC",
        "GCC", "SCO", "CIS", "EAEU", "WTO", "IMF", "OIC", "JPC", "JPCC", "JCC", "JMC", "JTC", "PHD", "MBA", "OBE", "CBE", "KBE",
        "GCMG", "GCB", "KCMG", "CMG", "MBE", "ENG", "SC", "QC", "KC", "RTD", "NDC", "PSC", "AFWC", "CPA", "ACCA", "FCA", "ESQ",
        "YAB", "YAM", "YB", "YBHG", "SAPM", "SAPMS", "NSA", "DG", "ADG", "DPM", "SEC", "AMB", "GEN", "HON",
    };

    /// <summary>"BARROW", "LINKEVICIUS": three or more capital letters with a vowel, no abbreviation the list knows.</summary>
    private static bool IsCapitalsWord(string word) =>
        word.Length >= 3 && word.All(char.IsUpper) && word.Any(c => "AEIOUY".Contains(c)) && !Abbreviations.Contains(word);

    /// <summary>One mixed-case name word follows end after one space, and no further name word after it.</summary>
    private static bool OneNameWordFollows(string text, int end, int limit)
    {
        if (end >= limit || text[end] != ' ') return false;
        var nextEnd = WordEnd(text, end + 1, limit);
        if (nextEnd == end + 1 || !IsNameWord(Word(text, end + 1, nextEnd).Word)) return false;
        if (nextEnd >= limit || text[nextEnd] != ' ') return true;
        var thirdEnd = WordEnd(text, nextEnd + 1, limit);
        return thirdEnd == nextEnd + 1 || !IsNameWord(Word(text, nextEnd + 1, thirdEnd).Word);
    }

    /// <summary>A mixed-case name word ends one space before start.</summary>
    private static bool PreviousWordIsNameWord(string text, int start, int limit)
    {
        if (start - 1 <= limit || text[start - 1] != ' ') return false;
        var wordStart = start - 1;
        while (wordStart > limit && IsWordCharBefore(text[wordStart - 1])) wordStart--;
        return wordStart < start - 1 && IsNameWord(text[wordStart..(start - 1)].TrimEnd('.'));
    }

    /// <summary>"Jan 5", "Jun. 12": a month's abbreviation with the day after it is a date, though it may be a given name elsewhere.</summary>
    private static bool IsDate(string text, string word, int wordEnd, int limit) =>
        wordEnd + 1 < limit && text[wordEnd] == ' ' && char.IsAsciiDigit(text[wordEnd + 1]) && CalendarWords.Month(word.ToLowerInvariant()) != 0;

    public static bool IsNameWord(string word) =>
        word.Length > 1 && char.IsUpper(word[0]) && !word.All(c => char.IsUpper(c) || !char.IsLetter(c)) && !NotNames.Contains(word) && !Connectives.Contains(word)
        && !MonthAbbreviations.Contains(word)
        && (word.Skip(1).All(c => char.IsLetter(c) || c is '-' or '\'' or '’') || IsInitialGlued(word));

    /// <summary>
    /// "U.Khurelsukh", "Kh.Battulga", "L.Oyun-Erdene": an initial (one letter, or a transliterated digraph) glued to the family
    /// name, as Mongolian news writes names; a hyphenated family name has a capital in each part.
    /// </summary>
    private static bool IsInitialGlued(string word)
    {
        var dot = word.IndexOf('.');
        if (dot is < 1 or > 2 || dot == 2 && !DigraphInitials.Contains(word[..2])) return false;
        var family = word[(dot + 1)..];
        return family.Length > 1 && family.Split('-').All(part => part.Length > 1 && char.IsUpper(part[0]) && part.Skip(1).All(char.IsLower));
    }

    // Cyrillic letters that Latin script writes with two letters ("Ts.", "Kh."): a Mongolian or Russian initial all the same.
    private static readonly HashSet<string> DigraphInitials = new(StringComparer.Ordinal) { "Ch", "Kh", "Sh", "Ts", "Zh", "Ya", "Ye", "Yo", "Yu" };

    /// <summary>"Kh.", "Ts.": a digraph initial with its full stop, before a name word.</summary>
    private static bool IsDigraphInitial(string raw) => raw.Length == 3 && raw[2] == '.' && DigraphInitials.Contains(raw[..2]);

    /// <summary>
    /// "S Jaishankar", "AK Abdul Momen", "A K Abdul Momen": one or two capital letters written without full stops, before a
    /// capitalised word ("A" and "I" are words, unless another lone capital follows them).
    /// </summary>
    public static bool IsBareInitial(string text, int start, int end) =>
        char.IsAsciiLetterUpper(text[start]) && end + 1 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1])
        && (end - start == 1 && (text[start] is not ('A' or 'I') || LoneCapitalAt(text, end + 1))
            || end - start == 2 && char.IsAsciiLetterUpper(text[start + 1]) && end + 2 < text.Length && char.IsLower(text[end + 2]));

    /// <summary>A capital letter standing alone as a word at i: "K" in "A K Abdul Momen".</summary>
    private static bool LoneCapitalAt(string text, int i) =>
        char.IsAsciiLetterUpper(text[i]) && i + 2 < text.Length && text[i + 1] == ' ' && char.IsUpper(text[i + 2]);

    private static int WordEnd(string text, int i) => WordEnd(text, i, text.Length);

    /// <summary>The end of the word at i: letters, hyphens, apostrophes and full stops.</summary>
    private static int WordEnd(string text, int i, int limit)
    {
        var end = i;
        while (end < limit && (char.IsLetter(text[end]) || text[end] is '-' or '\'' or '’' or '.')) end++;
        return end;
    }

    /// <summary>The word without its full stops and possessive ("'s", or a bare apostrophe), and whether it is an initial.</summary>
    private static (string Word, bool IsInitial) Word(string text, int start, int end)
    {
        var raw = text[start..end];
        var isInitial = raw.Length == 2 && char.IsUpper(raw[0]) && raw[1] == '.' || IsDigraphInitial(raw) || IsBareInitial(text, start, end) || IsInitialCluster(raw) && raw[^1] == '.';
        var word = raw.TrimEnd('.');
        foreach (var possessive in Possessives)
            if (word.EndsWith(possessive, StringComparison.Ordinal)) { word = word[..^possessive.Length]; break; }
        return (word, isInitial);
    }

    private static readonly string[] Possessives = ["'s", "’s", "'", "’"];
}
