using Entente.Core.Extraction.Gazetteers;
using Entente.Core.Extraction.Sentences;
using Entente.Core.Text;

namespace Entente.Core.Extraction;

/// <summary>
/// The words that identify a named thing (a committee, an agreement, a body), without country names and filler
/// words, read two ways. Inside an article (<see cref="Of(SentenceView, int, int)"/>) a mention's words are kept as
/// written but singular: "the Joint Commission" {joint, commission} is contained in "Kenya–India Joint Commission".
/// Across articles (<see cref="Words"/>) names are folded further so that one thing under two names compares equal:
/// diacritics, hyphens and spelling variants ("Inter-Governmental" = "Intergovernmental", "Commercial" = "Trade",
/// "Technological" = "Technical") fold together, and "joint" and "bilateral" are filler too.
/// </summary>
public static class NameKey
{
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "the", "of", "and", "for", "on", "in", "at", "a", "an", "to", "with", "between", "by", "level", "its", "their",
    };

    // Words that tell one article's bodies apart but not two articles' names of one body.
    private static readonly HashSet<string> FillerAcrossArticles = new(StringComparer.Ordinal) { "bilateral", "joint" };

    /// <summary>Two spellings of one word ("Programme of Cooperation", "Program of Cooperation"): one name within an article too.</summary>
    private static readonly Dictionary<string, string> Spellings = new(StringComparer.Ordinal)
    {
        ["programme"] = "program", ["fertilizer"] = "fertiliser",
    };

    private static readonly Dictionary<string, string> Synonyms = new(Spellings, StringComparer.Ordinal)
    {
        ["commercial"] = "trade", ["commerce"] = "trade", ["technological"] = "technical", ["technology"] = "technical",
        ["governmental"] = "intergovernmental", ["inter"] = "", ["commission"] = "committee", ["council"] = "committee",
        ["consultation"] = "consultation", ["memorandum"] = "mou",
        ["un"] = "", ["united"] = "", ["nations"] = "", ["economy"] = "economic", ["sci"] = "scientific", ["science"] = "scientific",
    };

    /// <summary>
    /// True when a short form's head noun, as written, is in the full name: "the Commission" is not
    /// "the Joint Committee", although the two words fold together when whole names are compared.
    /// </summary>
    public static bool SharesHead(string shortForm, string fullName)
    {
        var head = LastWord(shortForm);
        return head.Length > 0 && fullName.Split([' ', '-', ',', '(', ')'], StringSplitOptions.RemoveEmptyEntries).Any(w => Stemmer.Singular(w.ToLowerInvariant()) == head);
    }

    private static string LastWord(string name)
    {
        var words = name.Split([' ', '-', ',', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? "" : Stemmer.Singular(words[^1].ToLowerInvariant());
    }

    private static bool IsCountry(string word) => word.Length >= 2 && Gazetteer.Default.Country(word) is not null;

    /// <summary>The identifying words of a named thing's name, country names left out ("Vietnam-Belarus Commission" is "committee").</summary>
    public static IReadOnlySet<string> OfThing(string name) =>
        Words(name, word => word.Length >= 4 && Gazetteer.Default.Country(word) is not null);

    /// <summary>The identifying words of a name, in a stable order.</summary>
    public static IReadOnlySet<string> Words(string name, Func<string, bool>? isCountryWord = null)
    {
        var words = new SortedSet<string>(StringComparer.Ordinal);
        var folded = NameFolding.StripDiacritics(name).ToLowerInvariant();
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (inWord && start < 0) start = i;
            if (inWord || start < 0) continue;
            var raw = folded[start..i];
            start = -1;
            if (isCountryWord?.Invoke(raw) ?? false) continue;
            if (FoldedWord(raw) is { } word) words.Add(word);
        }
        return words;
    }

    /// <summary>A lower-case word's key across articles (singular, synonyms folded, filler checked after folding); null for filler.</summary>
    private static string? FoldedWord(string lower)
    {
        var word = Stemmer.Singular(lower);
        if (Synonyms.TryGetValue(word, out var synonym)) word = synonym;
        return word.Length == 0 || Filler.Contains(word) || FillerAcrossArticles.Contains(word) ? null : word;
    }

    /// <summary>The key of a name mentioned in a sentence, tokens first to last: the sentence's country words and filler left out, the rest singular, as written.</summary>
    internal static HashSet<string> Of(SentenceView view, int first, int last)
    {
        var key = new HashSet<string>(StringComparer.Ordinal);
        for (var k = first; k <= last; k++)
        {
            var t = view.Tokens[k];
            if (t.IsSymbol || view.IsCountryWord(k) || Filler.Contains(t.Lower)) continue;
            foreach (var part in Stemmer.NameWord(t.Lower).Split('-', StringSplitOptions.RemoveEmptyEntries))
                if (!Filler.Contains(part)) key.Add(part);
        }
        return key;
    }

    /// <summary>
    /// The name's content words in order, lower case, without country names, filler words and punctuation, hyphenated
    /// words split, padded with spaces: "Joint Commission for Cooperation between A and B" and "A-B Joint Commission on
    /// Cooperation (JCC)" give " joint commission cooperation " and " joint commission cooperation jcc ", one inside the other.
    /// </summary>
    internal static string CoreOf(SentenceView view, int first, int last)
    {
        // "High-Level" and "High Level" are one name: hyphenated words are split before filler ("level") is dropped.
        var words = Enumerable.Range(first, last - first + 1)
            .Where(k => !view.Tokens[k].IsSymbol && !view.IsCountryWord(k) && !Filler.Contains(view.Lower(k)))
            .SelectMany(k => Stemmer.NameWord(view.Lower(k)).Split('-', StringSplitOptions.RemoveEmptyEntries))
            .Where(w => !Filler.Contains(w))
            .Select(w => Spellings.GetValueOrDefault(w, w));
        return " " + string.Join(' ', words) + " ";
    }

    /// <summary>
    /// Share of identifying words two names have in common (Jaccard); 1 when one name is the other
    /// with one word more ("Intergovernmental Committee" in a longer text naming it in full is
    /// still scored by Jaccard: a name missing several words may be another body).
    /// </summary>
    public static double Similarity(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        var common = a.Count(b.Contains);
        var smaller = Math.Min(a.Count, b.Count);
        if (common == smaller && smaller >= 3 && Math.Max(a.Count, b.Count) - smaller <= 1) return 1;
        return common / (double)(a.Count + b.Count - common);
    }

    public static string Join(IReadOnlySet<string> words) => string.Join(' ', words);

    /// <summary>Most identifying words a short form has: "the Commission", "Intergovernmental Committee", "political consultations".</summary>
    public const int ShortFormWords = 2;

    /// <summary>
    /// True when a short form's identifying words are all in a longer name ("the Commission" in
    /// "Intergovernmental Commission on Trade"). A longer name whose words happen to be in another
    /// ("Scientific and Technological Cooperation Committee") is another body, not a short form.
    /// </summary>
    public static bool IsPartOf(IReadOnlySet<string> part, IReadOnlySet<string> whole) =>
        part.Count is > 0 and <= ShortFormWords && part.Count < whole.Count && part.All(whole.Contains);

    /// <summary>
    /// True when one name is the acronym of the other: "JETCO" of "Joint Economic and Trade Committee (JETCO)",
    /// "EVFTA" of "EU-Vietnam Free Trade Agreement", "IGC" of "Inter-Governmental Commission".
    /// </summary>
    public static bool IsAcronymOf(string acronym, string name)
    {
        if (Acronym(acronym) is not { } letters || Acronym(name) is not null) return false;
        if (name.Contains($"({letters})", StringComparison.OrdinalIgnoreCase)) return true;
        return Initials(name, splitHyphens: true).Any(i => i == letters) || Initials(name, splitHyphens: false).Any(i => i == letters);
    }

    /// <summary>The acronym a name is ("JETCO", "the IGC"), upper case; null when the name is words.</summary>
    public static string? Acronym(string name)
    {
        var tokens = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(t => !t.Equals("the", StringComparison.OrdinalIgnoreCase)).ToList();
        if (tokens.Count != 1) return null;
        var token = tokens[0].Trim('(', ')', ',', '.', '"', '\'');
        var upper = token.Count(char.IsUpper);
        return token.Length is >= 2 and <= 10 && token.All(char.IsLetter) && upper >= token.Length - 1 && upper >= 2 ? token.ToUpperInvariant() : null;
    }

    private static readonly HashSet<string> InitialFiller = new(StringComparer.OrdinalIgnoreCase) { "of", "and", "the", "for", "on", "in", "between", "with", "at", "to", "&" };

    /// <summary>The initials of a name's words, with and without its leading filler ("the"), and with parenthesised parts dropped.</summary>
    private static IEnumerable<string> Initials(string name, bool splitHyphens)
    {
        var open = name.IndexOf('(', StringComparison.Ordinal);
        var head = open > 0 ? name[..open] : name;
        char[] separators = splitHyphens ? [' ', '-', '–', '/'] : [' ', '/'];
        var words = head.Split(separators, StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsLetter(w[0])).ToList();
        yield return string.Concat(words.Where(w => !InitialFiller.Contains(w)).Select(w => char.ToUpperInvariant(w[0])));
        yield return string.Concat(words.Select(w => char.ToUpperInvariant(w[0])));
        // "JCTI" of "Vietnam-Chile Joint Committee on Trade and Investment": the countries are left out.
        yield return string.Concat(words.Where(w => !InitialFiller.Contains(w) && !IsCountry(w)).Select(w => char.ToUpperInvariant(w[0])));
    }
}
