namespace Entente.Core.Text;

/// <summary>
/// English words with frequency ranks, to tell real words from words a scrape glued together.
/// Lookups are case-insensitive. Data and its provenance: Resources/lexicon/SOURCE.md.
/// </summary>
public sealed class Lexicon
{
    /// <summary>The rank reported for a word that is not in the frequency list.</summary>
    public const int Unranked = WordTable.Unranked;

    /// <summary>Longer strings are never words: it bounds lookups and the stack buffers below.</summary>
    public const int MaxWordLength = 48;

    // The table tools/ResourceCompiler builds from Resources/lexicon at build time.
    private const string TableResource = "Entente.Resources.lexicon.table";

    // Affix rules applied to at most this many levels ("de-carbon-isation").
    private const int AffixLevels = 2;

    private static readonly Lazy<Lexicon> SharedLexicon =
        new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly WordTable _words;
    private readonly double _logRankedCount;
    private readonly int _rankedCount;

    /// <param name="byFrequency">Words, most frequent first; names allowed.</param>
    /// <param name="dictionary">Common (non-name) English words, in any order.</param>
    public Lexicon(IEnumerable<string> byFrequency, IEnumerable<string> dictionary)
        : this(WordTable.Of(byFrequency, dictionary))
    {
    }

    private Lexicon(WordTable words)
    {
        _words = words;
        _rankedCount = Math.Max(_words.RankedCount, 2);
        _logRankedCount = Math.Log(_rankedCount);
    }

    /// <summary>The lexicon built from the embedded word lists, loaded once on first use.</summary>
    public static Lexicon Shared => SharedLexicon.Value;

    /// <summary>True for a listed word, or one derived from a listed word by a common suffix or prefix.</summary>
    public bool IsWord(ReadOnlySpan<char> word)
    {
        if (word.Length is 0 or > MaxWordLength) return false;
        Span<char> lower = stackalloc char[word.Length];
        if (!TryLower(word, lower)) return false;
        return IsWordLower(lower, AffixLevels);
    }

    /// <summary>True when the word itself is in one of the lists (no affix rules).</summary>
    public bool IsListed(ReadOnlySpan<char> word) => TryFind(word, out _);

    /// <summary>True for a common word of the dictionary list, which holds no proper names.</summary>
    public bool IsDictionaryWord(ReadOnlySpan<char> word) => TryFind(word, out var e) && e.InDictionary;

    /// <summary>0 for the most frequent word; <see cref="Unranked"/> when not in the frequency list.</summary>
    public int Rank(ReadOnlySpan<char> word) => TryFind(word, out var e) ? e.Rank : Unranked;

    /// <summary>
    /// Segmentation cost of a word: log(rank * log N), the Zipf estimate wordninja uses, so frequent
    /// words are cheap. Unranked and derived words cost a little more than the rarest ranked word;
    /// non-words cost infinity.
    /// </summary>
    public double Cost(ReadOnlySpan<char> word)
    {
        var rank = Rank(word);
        if (rank != Unranked) return Math.Log((rank + 1) * _logRankedCount);
        if (IsListed(word)) return UnlistedWordCost - 0.5;
        return IsWord(word) ? UnlistedWordCost : double.PositiveInfinity;
    }

    /// <summary>The cost of a word that is real but unlisted: a little above the rarest listed word.</summary>
    public double UnlistedWordCost => Math.Log((_rankedCount + 1) * _logRankedCount) + 1.0;

    private bool TryFind(ReadOnlySpan<char> word, out WordTable.Entry entry)
    {
        entry = default;
        if (word.Length is 0 or > MaxWordLength) return false;
        Span<char> lower = stackalloc char[word.Length];
        return TryLower(word, lower) && _words.TryGet(lower, out entry);
    }

    private static bool TryLower(ReadOnlySpan<char> word, Span<char> lower) =>
        word.ToLowerInvariant(lower) == word.Length;

    private bool IsWordLower(ReadOnlySpan<char> word, int levels)
    {
        if (_words.Contains(word)) return true;
        if (levels == 0 || word.Length < 5) return false;
        return HasKnownSuffix(word, levels) || HasKnownPrefix(word, levels);
    }

    private bool HasKnownSuffix(ReadOnlySpan<char> word, int levels)
    {
        Span<char> candidate = stackalloc char[word.Length + 3];
        foreach (var (suffix, stemEndings) in Affixes.Suffixes)
        {
            if (!word.EndsWith(suffix, StringComparison.Ordinal)) continue;
            var stem = word[..^suffix.Length];
            if (stem.Length < 3) continue;
            foreach (var ending in stemEndings)
            {
                stem.CopyTo(candidate);
                ending.AsSpan().CopyTo(candidate[stem.Length..]);
                if (IsWordLower(candidate[..(stem.Length + ending.Length)], levels - 1)) return true;
            }
            // Doubled final consonant before -ed/-ing/-er: "permitted", "planning".
            if (Affixes.DoublesConsonant(suffix) && stem.Length >= 4 && stem[^1] == stem[^2] && !Affixes.IsVowel(stem[^1])
                && IsWordLower(stem[..^1], levels - 1))
                return true;
        }
        return false;
    }

    private bool HasKnownPrefix(ReadOnlySpan<char> word, int levels)
    {
        foreach (var prefix in Affixes.Prefixes)
        {
            if (!word.StartsWith(prefix, StringComparison.Ordinal)) continue;
            var rest = word[prefix.Length..];
            // A short or function-word rest is glue, not derivation: "overthe", "cothe".
            if (rest.Length < 4 || FunctionWords.IsFunctionWord(rest)) continue;
            if (IsWordLower(rest, levels - 1)) return true;
        }
        return false;
    }

    // The 330,000 words come prebuilt (hashed and laid out at build time): reading them is a few block copies,
    // where building the table from the word lists took about a tenth of a second on every start.
    private static Lexicon LoadEmbedded()
    {
        using var stream = typeof(Lexicon).Assembly.GetManifestResourceStream(TableResource)
            ?? throw new InvalidOperationException($"Embedded resource {TableResource} is missing.");
        return new Lexicon(WordTable.ReadFrom(stream));
    }
}
