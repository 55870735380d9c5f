using Entente.Core.Text;

namespace Entente.Core.Cleaning;

/// <summary>
/// Puts back the spaces a scrape lost between words: after punctuation ("products,telephones"),
/// between numbers and words ("almost151", "600Vietnamese", "June2024", "almostUS$25") and inside glued
/// words ("andinvestment", "Thetwo", "EconomicZone", "Volkovsaid"), while leaving names, codes, numbers
/// and addresses alone.
/// Work is linear in the text: each token is scanned a bounded number of times.
/// </summary>
public sealed class WordSplitter(Lexicon lexicon)
{
    /// <summary>Longer whitespace-free tokens are data (hashes, encoded blobs), never repaired.</summary>
    public const int MaxTokenLength = 200;

    // Full month names glue to a day or year: "June2024", "March14".
    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly Lazy<WordSplitter> SharedSplitter =
        new(() => new WordSplitter(Lexicon.Shared), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly GluedWordSegmenter _segmenter = new(lexicon);

    /// <summary>A splitter over <see cref="Lexicon.Shared"/>.</summary>
    public static WordSplitter Shared => SharedSplitter.Value;

    /// <summary>
    /// Words that occur at least <paramref name="minOccurrences"/> times as whole letter runs in the text
    /// (case-insensitive). A glued pair is almost always a one-off, so a repeated run is taken as a real
    /// word or name of the article and never split.
    /// </summary>
    public static ISet<string> BuildVocabulary(string text, int minOccurrences = 2)
    {
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && char.IsLetter(text[i])) i++;
            var run = text.AsSpan(start, i - start);
            lookup[run] = lookup.TryGetValue(run, out var n) ? n + 1 : 1;
        }
        var vocabulary = new ArticleVocabulary();
        foreach (var (word, count) in counts)
            if (count >= minOccurrences) vocabulary.Add(word);
        return vocabulary;
    }

    /// <summary>
    /// An article's vocabulary, with the splits already found in each letter run: they depend only on the run and
    /// the vocabulary, and an article repeats most of its words, so each distinct run is segmented once.
    /// </summary>
    private sealed class ArticleVocabulary() : HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        public Dictionary<string, int[]> Runs { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>The text with a space inserted at every position <see cref="FindSplits"/> finds.</summary>
    public string Split(string text) => Split(text, BuildVocabulary(text));

    public string Split(string text, ISet<string> articleVocabulary)
    {
        var splits = FindSplits(text, articleVocabulary);
        if (splits.Count == 0) return text;
        return MappedText.Verbatim(text, 0, text.Length).InsertSpaces(splits).Text;
    }

    /// <summary>
    /// Ascending, distinct positions in <paramref name="text"/> before which a space must be inserted.
    /// <paramref name="articleVocabulary"/> holds words seen standalone elsewhere in the article
    /// (<see cref="BuildVocabulary"/>); they are never split.
    /// </summary>
    public IReadOnlyList<int> FindSplits(string text, ISet<string> articleVocabulary)
    {
        var splits = new List<int>();
        var token = new List<int>();
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
            if (i - start > MaxTokenLength || LooksLikeAddress(text.AsSpan(start, i - start))) continue;

            token.Clear();
            FindTokenSplits(text, start, i, articleVocabulary, token);
            token.Sort();
            foreach (var position in token)
                if (splits.Count == 0 || splits[^1] < position) splits.Add(position);
        }
        return splits;
    }

    private void FindTokenSplits(string text, int start, int end, ISet<string> vocabulary, List<int> splits)
    {
        // Glued words first: a number's split may depend on where the word after it ends.
        var wordSplitsFrom = splits.Count;
        for (var i = start; i < end;)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }
            var runStart = i;
            while (i < end && char.IsLetter(text[i])) i++;
            var run = text.AsSpan(runStart, i - runStart);
            if (vocabulary is ArticleVocabulary { Runs: var known } && run.Length >= GluedWordSegmenter.MinRunLength)
            {
                var lookup = known.GetAlternateLookup<ReadOnlySpan<char>>();
                if (!lookup.TryGetValue(run, out var runSplits))
                {
                    var from = splits.Count;
                    _segmenter.FindSplits(run, vocabulary, splits);
                    lookup[run] = runSplits = from == splits.Count ? [] : [.. splits.GetRange(from, splits.Count - from)];
                    splits.RemoveRange(from, splits.Count - from);
                }
                if (!InNameRun(text, runStart, i, runSplits))
                    foreach (var k in runSplits) splits.Add(k + runStart);
                continue;
            }
            var runSplitsFrom = splits.Count;
            _segmenter.FindSplits(run, vocabulary, splits);
            if (InNameRun(text, runStart, i, splits.GetRange(runSplitsFrom, splits.Count - runSplitsFrom)))
                splits.RemoveRange(runSplitsFrom, splits.Count - runSplitsFrom);
            for (var k = runSplitsFrom; k < splits.Count; k++) splits[k] += runStart;
        }
        var wordSplitsTo = splits.Count;

        for (var i = start + 1; i < end; i++)
        {
            if (PunctuationGlue.EndsBefore(text, start, end, i)) splits.Add(i);
            else if (IsNumberWordGlue(text, start, end, i, splits, wordSplitsFrom, wordSplitsTo)) splits.Add(i);
            else if (IsWordCurrencyGlue(text, start, end, i)) splits.Add(i);
        }
    }

    /// <summary>
    /// "Toshihide Sato", "Palamagamba Kabudi": a capitalised word followed by another capitalised word is a word of a
    /// name, and a split would tear it at a short English word inside ("Toshi|hide", "Palama|gamba"); only a function
    /// word, a word that follows names ("Otienoand Kenya", "Volkovsaid Moscow") or a long word ("Lukashenkopermitted
    /// Belarusian …") is glue there. Split positions are relative to the run.
    /// </summary>
    private const int MinGluedWordInName = 7;

    private static bool InNameRun(string text, int runStart, int runEnd, IReadOnlyList<int> runSplits)
    {
        if (runSplits.Count == 0 || !char.IsUpper(text[runStart])) return false;
        for (var k = runStart + 1; k < runEnd; k++)
            if (!char.IsLower(text[k])) return false;
        if (runEnd + 2 >= text.Length || text[runEnd] != ' ' || !char.IsUpper(text[runEnd + 1]) || !char.IsLower(text[runEnd + 2])) return false;
        for (var p = 0; p < runSplits.Count; p++)
        {
            var partEnd = p + 1 < runSplits.Count ? runStart + runSplits[p + 1] : runEnd;
            var part = text.AsSpan(runStart + runSplits[p], partEnd - runStart - runSplits[p]);
            if (part.Length < MinGluedWordInName && !FunctionWords.IsFunctionWord(part) && !FunctionWords.FollowsName(part)) return true;
        }
        return false;
    }

    // "almost151", "600Vietnamese", "2011-2012period"; not "21st", "5G", "G20", "km2", "A320neo".
    private bool IsNumberWordGlue(string text, int start, int end, int at, List<int> wordSplits, int from, int to)
    {
        var before = text[at - 1];
        var after = text[at];
        if (char.IsAsciiLetter(before) && char.IsAsciiDigit(after))
        {
            var wordStart = at;
            while (wordStart > start && char.IsAsciiLetter(text[wordStart - 1])) wordStart--;
            if (wordStart > start && char.IsLetterOrDigit(text[wordStart - 1])) return false;
            var word = text.AsSpan(wordStart, at - wordStart);
            if (!IsPlainWordShape(word)) return false;
            return FunctionWords.GluesToNumber(word) || IsMonth(word) || (word.Length >= 4 && lexicon.IsDictionaryWord(word));
        }
        if (char.IsAsciiDigit(before) && char.IsAsciiLetter(after))
        {
            var wordEnd = at;
            while (wordEnd < end && char.IsAsciiLetter(text[wordEnd])) wordEnd++;
            for (var k = from; k < to; k++)
                if (wordSplits[k] > at && wordSplits[k] < wordEnd) wordEnd = wordSplits[k];
            var word = text.AsSpan(at, wordEnd - at);
            if (!IsPlainWordShape(word)) return false;
            // After a code such as "G7" only a long word is clearly separate ("G7summit", not "A320neo").
            var numberStart = at;
            while (numberStart > start && char.IsAsciiDigit(text[numberStart - 1])) numberStart--;
            var afterCode = numberStart > start && char.IsAsciiLetter(text[numberStart - 1]);
            var minLength = afterCode ? 5 : 4;
            return (!afterCode && FunctionWords.GluesToNumber(word))
                || (word.Length >= minLength && lexicon.IsWord(word));
        }
        return false;
    }

    // "almostUS$25", "aroundUS$4.2", "about$5", "nearlyRM26.7": a lower-case word before a currency
    // prefix (up to three capitals and a currency sign, a sign alone, or a code of two or three capitals)
    // and a number. The prefix and the number stay together ("US$60", "USD9.3").
    private bool IsWordCurrencyGlue(string text, int start, int end, int at)
    {
        if (!char.IsLower(text[at - 1]) || !(char.IsUpper(text[at]) || IsCurrencySign(text[at]))) return false;
        var capitals = 0;
        var i = at;
        while (i < end && char.IsAsciiLetterUpper(text[i]) && capitals <= 3) { i++; capitals++; }
        var sign = i < end && IsCurrencySign(text[i]);
        if (sign) i++;
        if (capitals > 3 || (!sign && capitals < 2) || i >= end || !char.IsAsciiDigit(text[i])) return false;

        var wordStart = at;
        while (wordStart > start && char.IsAsciiLetterLower(text[wordStart - 1])) wordStart--;
        if (wordStart > start && char.IsLetterOrDigit(text[wordStart - 1])) return false;
        var word = text.AsSpan(wordStart, at - wordStart);
        return FunctionWords.GluesToNumber(word) || (word.Length >= 3 && lexicon.IsDictionaryWord(word));
    }

    private static bool IsCurrencySign(char c) => c is '$' or '€' or '£' or '¥' or '₹';

    private static bool IsMonth(ReadOnlySpan<char> word)
    {
        foreach (var month in Months)
            if (word.Equals(month, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    // All lower case or capitalised: "period", "Vietnamese"; not "MW", "kWh", "USD".
    private static bool IsPlainWordShape(ReadOnlySpan<char> word)
    {
        for (var i = 1; i < word.Length; i++)
            if (!char.IsLower(word[i])) return false;
        return word.Length > 0;
    }

    // URLs, e-mail addresses, paths and domain names ("vietnamplus.vn") are kept whole.
    private static bool LooksLikeAddress(ReadOnlySpan<char> token)
    {
        if (token.Contains("://", StringComparison.Ordinal) || token.Contains("www.", StringComparison.OrdinalIgnoreCase))
            return true;
        if (token.IndexOfAny('@', '/', '\\') >= 0 || token.IndexOfAny('_', '=', '#') >= 0) return true;
        for (var i = 1; i + 1 < token.Length; i++)
            if (token[i] == '.' && char.IsLetter(token[i - 1]) && char.IsLower(token[i + 1])) return true;
        return false;
    }
}
