using Entente.Core.Text;

namespace Entente.Core.Extraction.Gazetteers;

/// <summary>
/// Finds countries, demonyms, blocs, places, regions, offices and international bodies in text, by a
/// linear scan over a trie of folded tokens. Names must be capitalised in the text (multi-word
/// offices need not be) and all-capital acronyms must be written exactly, so "turkey", "chad"
/// or "us" do not fire.
/// </summary>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> Shared = new(GazetteerTable.ReadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly NameTrie _trie;
    private readonly CountryIndex _countries;
    private readonly IReadOnlyDictionary<string, GazetteerEntry> _blocs;
    private readonly PortfolioExtension _portfolios;

    internal Gazetteer(
        NameTrie trie, CountryIndex countries, IReadOnlyDictionary<string, GazetteerEntry> blocs,
        PortfolioExtension portfolios, IReadOnlyDictionary<MentionKind, int> entryCounts)
    {
        _trie = trie;
        _portfolios = portfolios;
        _countries = countries;
        _blocs = blocs;
        EntryCounts = entryCounts;
    }

    /// <summary>The gazetteer built from the data files at build time (<see cref="GazetteerTable"/>), loaded once on first use.</summary>
    public static Gazetteer Default => Shared.Value;

    public IReadOnlyList<CountryEntry> Countries => _countries.All;

    /// <summary>How many distinct entries of each kind are known.</summary>
    public IReadOnlyDictionary<MentionKind, int> EntryCounts { get; }

    /// <summary>How many spellings the trie holds.</summary>
    public int SpellingCount => _trie.SurfaceCount;

    /// <summary>All non-overlapping mentions, left to right, each the longest name at its position.</summary>
    public IReadOnlyList<GazetteerMention> FindAll(string text, Spellings? spellings = null) =>
        Find(text, NameTokenizer.Tokenize(text, spellings: spellings));

    /// <summary>All non-overlapping mentions of a text whose shared tokens are read already (an article's).</summary>
    public IReadOnlyList<GazetteerMention> FindAll(TokenList tokens, Spellings spellings) =>
        Find(tokens.Text, NameTokenizer.Tokenize(tokens, spellings));

    private List<GazetteerMention> Find(string text, List<NameToken> tokens)
    {
        var mentions = new List<GazetteerMention>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var match = _trie.LongestAt(text, tokens, i);
            if (match is null) continue;
            var (mention, last) = ToMention(text, tokens, match);
            if (IsCurrencyPrefix(text, mention)) continue;
            mentions.Add(mention);
            i = last;
        }
        return mentions;
    }

    /// <summary>The longest name starting at the first word at or after start (skipping only spaces), or null.</summary>
    public GazetteerMention? MatchAt(string text, int start)
    {
        while (start < text.Length && char.IsWhiteSpace(text[start])) start++;
        if (start >= text.Length || !Tokenizer.IsNameChar(text[start])) return null;
        if (start > 0 && Tokenizer.IsNameChar(text[start - 1])) return null;
        // Twice the depth leaves room for skipped articles, a trailing designator and a portfolio.
        var tokens = NameTokenizer.Tokenize(text, start, 2 * _trie.MaxDepth + 2);
        var match = _trie.LongestAt(text, tokens, 0);
        if (match is null) return null;
        var mention = ToMention(text, tokens, match).Mention;
        return IsCurrencyPrefix(text, mention) ? null : mention;
    }

    /// <summary>An office title starting at start ("Deputy Prime Minister" in "Deputy Prime Minister Igor Lyashenko").</summary>
    public GazetteerMention? OfficeAt(string text, int start) =>
        MatchAt(text, start) is { Kind: MentionKind.Office } office ? office : null;

    /// <summary>A country by ISO alpha-2 or alpha-3 code, name or demonym, in any case: "VN", "Viet Nam", "Vietnamese".</summary>
    public CountryEntry? Country(string codeOrName)
    {
        var trimmed = codeOrName.Trim();
        if (trimmed.Length is 2 or 3 && _countries.ByCode.TryGetValue(trimmed, out var byCode)) return byCode;
        return _countries.ByKey.GetValueOrDefault(PlaceNames.Key(trimmed));
    }

    /// <summary>A bloc or organisation of states by acronym or name: "EAEU", "Eurasian Economic Union".</summary>
    public GazetteerEntry? Bloc(string acronymOrName) =>
        _blocs.GetValueOrDefault(PlaceNames.Key(acronymOrName.Trim()));

    /// <summary>"US$", "HK$": a country code that prefixes a currency sign names the currency, not the country.</summary>
    private static bool IsCurrencyPrefix(string text, GazetteerMention mention) =>
        mention.End < text.Length && text[mention.End] == '$';

    private (GazetteerMention Mention, int LastToken) ToMention(string text, IReadOnlyList<NameToken> tokens, TrieMatch match)
    {
        var start = tokens[match.FirstToken].Start;
        var last = match.LastToken;
        var end = match.EndsAtStem ? tokens[last].StemEnd : tokens[last].End;
        IReadOnlyList<GazetteerEntry> candidates = match.Entries;
        var top = candidates[0];
        if (top.Kind == MentionKind.Place && !match.EndsAtStem && last + 1 < tokens.Count)
        {
            var next = tokens[last + 1];
            if (next.GapBefore == GapKind.Joiner && PlaceNames.IsDesignator(next.FoldedStem ?? next.Folded))
            {
                last++;
                end = next.StemEnd;
            }
        }
        if (top.Kind == MentionKind.Office && !match.EndsAtStem
            && _portfolios.Extend(text, tokens, last, top, j => StartsName(text, tokens, j)) is var (portfolioLast, title))
        {
            last = portfolioLast;
            end = tokens[last].StemEnd;
            candidates = [top with { Canonical = title }, .. candidates.Skip(1)];
        }
        // "U.S." keeps its closing period; a sentence ending on it shares that period.
        if (end < text.Length && text[end] == '.' && end - tokens[last].Start == 1 && text.AsSpan(start, end - start).Contains('.'))
            end++;
        return (GazetteerMention.FromCandidates(start, end, candidates), last);
    }

    internal void WriteTo(GazetteerTable.Writer writer)
    {
        _trie.WriteTo(writer);
        writer.Int(_countries.All.Count);
        foreach (var country in _countries.All) writer.Country(country);
        WriteKeyed(writer, _countries.ByCode, writer.Country);
        WriteKeyed(writer, _countries.ByKey, writer.Country);
        WriteKeyed(writer, _blocs, writer.Entry);
        writer.Strings(_portfolios.Words.ToList());
        writer.Int(EntryCounts.Count);
        foreach (var (kind, count) in EntryCounts)
        {
            writer.Int((int)kind);
            writer.Int(count);
        }
    }

    internal static Gazetteer ReadFrom(GazetteerTable.Reader reader)
    {
        var trie = NameTrie.ReadFrom(reader);
        var all = new CountryEntry[reader.Int()];
        for (var i = 0; i < all.Length; i++) all[i] = reader.Country();
        var byCode = ReadKeyed(reader, reader.Country, StringComparer.OrdinalIgnoreCase);
        var byKey = ReadKeyed(reader, reader.Country, StringComparer.Ordinal);
        var blocs = ReadKeyed(reader, reader.Entry, StringComparer.Ordinal);
        var portfolioWords = new HashSet<string>(reader.Strings(), StringComparer.Ordinal);
        var counts = new Dictionary<MentionKind, int>();
        for (var i = reader.Int(); i > 0; i--) counts.Add((MentionKind)reader.Int(), reader.Int());
        return new Gazetteer(trie, new CountryIndex(all, byCode, byKey), blocs, new PortfolioExtension(portfolioWords), counts);
    }

    private static void WriteKeyed<T>(GazetteerTable.Writer writer, IReadOnlyDictionary<string, T> byKey, Action<T> write)
    {
        writer.Int(byKey.Count);
        foreach (var (key, value) in byKey)
        {
            writer.String(key);
            write(value);
        }
    }

    private static Dictionary<string, T> ReadKeyed<T>(GazetteerTable.Reader reader, Func<T> read, StringComparer comparer)
    {
        var count = reader.Int();
        var byKey = new Dictionary<string, T>(count, comparer);
        for (var i = 0; i < count; i++) byKey.Add(reader.String(), read());
        return byKey;
    }

    private bool StartsName(string text, IReadOnlyList<NameToken> tokens, int index) =>
        _trie.LongestAt(text, tokens, index)?.Entries[0].Kind is MentionKind.Country or MentionKind.Bloc or MentionKind.Place;
}
