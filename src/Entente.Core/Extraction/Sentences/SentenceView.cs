using Entente.Core.Extraction.Gazetteers;
using Entente.Core.Text.Numbers;
using Entente.Core.Text.Time;
using Entente.Core.Text;

namespace Entente.Core.Extraction.Sentences;

/// <summary>
/// The one analysis of a sentence, made once per article (<see cref="ArticleContext.View"/>) and read by every
/// extractor: its words, with the gazetteer, number and date mentions that start at each word, and the layers
/// readers build over it, each made on first use.
/// </summary>
internal sealed class SentenceView
{
    private List<Token>? _words;
    private readonly ReaderLayers _layers = new();
    private readonly GazetteerMention?[] _mention;
    private readonly int[] _dateStartingAt;
    private readonly bool[] _insideDate;
    private readonly int?[] _ordinal;
    private readonly int[] _ordinalLast;
    private readonly int?[] _cardinal;
    private readonly Spellings _spellings;

    internal SentenceView(ArticleContext context, Sentence sentence, Spellings spellings)
    {
        Sentence = sentence;
        _spellings = spellings;
        Parts = context.TokensIn(sentence);
        Tokens = Tokenizer.Group(Parts, WordShape.Joined, spellings);
        Mentions = [.. context.MentionsIn(sentence)];
        Dates = [.. context.DatesIn(sentence).OrderBy(d => d.Start)];
        var n = Tokens.Count;
        _mention = new GazetteerMention?[n];
        _dateStartingAt = new int[n];
        Array.Fill(_dateStartingAt, -1);
        _insideDate = new bool[n];
        _ordinal = new int?[n];
        _ordinalLast = new int[n];
        _cardinal = new int?[n];
        // Every list is in text order, so one forward walk per list labels the words in linear time.
        var m = 0;
        var d = 0;
        for (var i = 0; i < n; i++)
        {
            var t = Tokens[i];
            // A mention inside a joined word ("Thailand" in "Thailand-Chile") labels the whole word.
            while (m < Mentions.Count && Mentions[m].End <= t.Start) m++;
            if (m < Mentions.Count && Mentions[m].Start < t.End) _mention[i] = Mentions[m];
            while (d < Dates.Count && Dates[d].End <= t.Start) d++;
            if (d < Dates.Count && Dates[d].Start <= t.Start && t.End <= Dates[d].End)
            {
                _insideDate[i] = true;
                if (Dates[d].Start == t.Start) _dateStartingAt[i] = d;
            }
        }
        var k = 0;
        foreach (var number in context.NumbersIn(sentence))
        {
            while (k < n && Tokens[k].Start < number.Start) k++;
            if (k == n || Tokens[k].Start != number.Start || number.Value != Math.Floor(number.Value) || number.Value is <= 0 or >= 1000) continue;
            if (number.Kind == NumberKind.Ordinal)
            {
                _ordinal[k] = (int)number.Value;
                // "36 th" is two words: readers of what follows an ordinal start after its suffix.
                var last = k;
                while (last + 1 < n && Tokens[last + 1].End <= number.End) last++;
                _ordinalLast[k] = last;
            }
            else if (number.Kind == NumberKind.Cardinal && number.Max is null) _cardinal[k] = (int)number.Value;
        }
    }

    public Sentence Sentence { get; }

    /// <summary>The sentence's share of the article's tokens, <see cref="WordShape.Parts"/>.</summary>
    public TokenList Parts { get; }

    /// <summary>The sentence's tokens, <see cref="WordShape.Joined"/>.</summary>
    public TokenList Tokens { get; }

    /// <summary>The sentence's words without punctuation, <see cref="WordShape.Compounds"/>.</summary>
    public List<Token> Words => _words ??= [.. Tokenizer.Group(Parts, WordShape.Compounds, _spellings)];

    /// <summary>
    /// The words without punctuation of [start, end) inside the sentence, read as if the span stood alone (a compound
    /// cut by an edge gives its inner part), from the sentence's tokens.
    /// </summary>
    public TokenList WordsWithin(int start, int end) =>
        Tokenizer.Group(Parts.Within(start, end) ?? Tokenizer.Scan(Tokens.Text, start, end, WordShape.Parts, _spellings), WordShape.Compounds, _spellings);

    /// <summary>A reader's own layer over this sentence (one per type), made on first use and shared by every extractor asking for it.</summary>
    public T Layer<T>(Func<T> make) where T : class => _layers.Get(make);

    public IReadOnlyList<GazetteerMention> Mentions { get; }

    public IReadOnlyList<DateMention> Dates { get; }

    public int Count => Tokens.Count;

    /// <summary>The lower-case word at i, or "" outside the sentence.</summary>
    public string Lower(int i) => i >= 0 && i < Tokens.Count ? Tokens[i].Lower : "";

    public bool Is(int i, params ReadOnlySpan<string> words)
    {
        var word = Lower(i);
        foreach (var w in words)
            if (word == w) return true;
        return false;
    }

    public bool IsCapitalizedWord(int i) => i >= 0 && i < Tokens.Count && !Tokens[i].IsSymbol && Tokens[i].IsCapitalized;

    /// <summary>The gazetteer mention covering word i, if any.</summary>
    public GazetteerMention? MentionCovering(int i) => i >= 0 && i < Tokens.Count ? _mention[i] : null;

    public bool IsCountryWord(int i) => MentionCovering(i) is { Kind: MentionKind.Country or MentionKind.Bloc };

    public bool StartsDate(int i) => DateAt(i) is not null;

    /// <summary>The date mention that begins at word i.</summary>
    public DateMention? DateAt(int i) => i >= 0 && i < Tokens.Count && _dateStartingAt[i] >= 0 ? Dates[_dateStartingAt[i]] : null;

    public bool InsideDate(int i) => i >= 0 && i < Tokens.Count && _insideDate[i];

    /// <summary>The ordinal ("eighth", "21st") written at word i.</summary>
    public int? OrdinalAt(int i) => i >= 0 && i < Tokens.Count ? _ordinal[i] : null;

    /// <summary>The last word of the ordinal that begins at word i ("th" in "36 th"); i itself when it has no ordinal.</summary>
    public int OrdinalLast(int i) => OrdinalAt(i) is null ? i : _ordinalLast[i];

    /// <summary>The whole-number count ("six", "4") written at word i.</summary>
    public int? CardinalAt(int i) => i >= 0 && i < Tokens.Count ? _cardinal[i] : null;

    /// <summary>The gazetteer mentions that lie within [start, end).</summary>
    public IEnumerable<GazetteerMention> MentionsWithin(int start, int end)
    {
        int lo = 0, hi = Mentions.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (Mentions[mid].Start < start) lo = mid + 1;
            else hi = mid;
        }
        for (var k = lo; k < Mentions.Count && Mentions[k].Start < end; k++)
            if (Mentions[k].End <= end) yield return Mentions[k];
    }

    /// <summary>The index of the first word starting at or after an offset.</summary>
    public int IndexAt(int offset) => Tokens.IndexAt(offset);
}
