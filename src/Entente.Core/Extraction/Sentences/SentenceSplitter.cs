namespace Entente.Core.Extraction.Sentences;

/// <summary>
/// Splits clean article text into sentences with a single forward scan: a sentence ends at a
/// paragraph break, or at ". ! ?" (with any closing quotes) followed by a space and a capital,
/// digit or quote, unless the full stop closes an abbreviation ("Nov.", "Dr.", "U.S.") or an
/// initial ("A. Lukashenko").
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "col", "lt", "maj", "capt", "sgt", "gov", "sen", "rep", "amb",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "nos", "vs", "e.g", "i.e",
        "u.s", "u.k", "u.n", "co", "corp", "inc", "ltd", "bros", "approx", "rev", "mt", "h.e", "fig", "art", "para", "vol", "pp",
        "est", "dept", "univ", "assn", "messrs", "hon", "rt", "pres", "sec", "min", "ave", "blvd", "p.m", "a.m",
        // Forms of address and ranks written before names in many countries' news ("Shri. A", "Engr. B", "Brig. C", "Adv. D").
        "shri", "smt", "sh", "engr", "eng", "adv", "brig", "adm", "cdr", "cmdr", "supt", "cllr", "mme", "mlle", "msgr", "fr",
        "sra", "srta", "dra", "lic", "ing",
        // Retired ranks: "Brigadier (Rtd.) A", "Lt. Gen. (Retd.) B".
        "rtd", "retd",
    };

    public static IReadOnlyList<Sentence> Split(string text)
    {
        var sentences = new List<Sentence>();
        var start = SkipSpace(text, 0);
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                Add(sentences, text, start, i);
                start = SkipSpace(text, i);
                i = start - 1;
                continue;
            }
            if (c is not ('.' or '!' or '?')) continue;
            var end = i + 1;
            while (end < text.Length && text[end] is '"' or '”' or '’' or '\'' or ')') end++;
            if (end >= text.Length || text[end] != ' ') continue;
            var next = end + 1;
            if (next >= text.Length || !StartsSentence(text[next])) continue;
            if (c == '.' && EndsAbbreviation(text, i)) continue;
            Add(sentences, text, start, end);
            start = SkipSpace(text, end);
            i = start - 1;
        }
        Add(sentences, text, start, text.Length);
        return sentences;
    }

    private static bool StartsSentence(char c) => char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '‘' or '\'' or '(';

    /// <summary>The word before the full stop is a known abbreviation or a single capital (an initial).</summary>
    private static bool EndsAbbreviation(string text, int dot)
    {
        var from = dot;
        while (from > 0 && (char.IsLetter(text[from - 1]) || text[from - 1] == '.')) from--;
        var word = text[from..dot];
        if (word.Length == 1 && char.IsUpper(word[0])) return true;
        return Abbreviations.Contains(word) || IsInitials(word);
    }

    /// <summary>"P.J", "S.M", "L.P" before the stop: a name's initials ("P.J. Patterson"), capitals each followed by a stop.</summary>
    private static bool IsInitials(string word)
    {
        if (word.Length < 3 || word.Length % 2 == 0) return false;
        for (var k = 0; k < word.Length; k++)
            if (k % 2 == 0 ? !char.IsUpper(word[k]) : word[k] != '.') return false;
        return true;
    }

    /// <summary>
    /// The longest sentence read as one. Real sentences stay far below it (the team's corpora: under 400
    /// characters); text without full stops is cut into pieces this long, at a clause or word boundary, so
    /// that no extractor's work per sentence grows with the length of such text. It stays above the length
    /// beyond which trade reads a run-on sentence as no sentence at all (TradeLayer.MaxSentenceLength).
    /// </summary>
    public const int MaxLength = 3000;

    private static void Add(List<Sentence> sentences, string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        while (end - start > MaxLength)
        {
            var cut = Cut(text, start);
            AddOne(sentences, text, start, cut);
            start = SkipSpace(text, cut);
        }
        AddOne(sentences, text, start, end);
    }

    private static void AddOne(List<Sentence> sentences, string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) sentences.Add(new Sentence(sentences.Count, start, end, text[start..end]));
    }

    /// <summary>Where an overlong sentence starting at start is cut: after the last ";" or "," in its second half, else at the last space, else at the limit.</summary>
    private static int Cut(string text, int start)
    {
        var limit = start + MaxLength;
        var space = -1;
        for (var i = limit - 1; i > start + MaxLength / 2; i--)
        {
            if (text[i] == ' ' && text[i - 1] is ';' or ',') return i;
            if (space < 0 && char.IsWhiteSpace(text[i])) space = i;
        }
        if (space > 0) return space;
        return char.IsLowSurrogate(text[limit]) ? limit - 1 : limit;
    }

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        return i;
    }
}
