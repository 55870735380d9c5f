using Entente.Core.Domain;
using Entente.Core.Extraction.Gazetteers;
using Entente.Core.Text.Numbers;
using Entente.Core.Extraction.People;
using Entente.Core.Extraction.Sentences;
using Entente.Core.Text.Time;
using Entente.Core.Text;

namespace Entente.Core.Extraction;

/// <summary>
/// Everything extractors read about one article, computed once: its sentences, the gazetteer,
/// money, number and date mentions (offsets into the article's clean text), the pair of countries
/// the article is about, the people it names, and a way to turn any span into evidence.
/// </summary>
public sealed class ArticleContext
{
    private readonly Dictionary<int, IReadOnlyList<DateMention>> _datesBySentence = [];
    private readonly Dictionary<Sentence, SentenceView> _views = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Sentence, Clauses.Joints> _joints = new(ReferenceEqualityComparer.Instance);
    private readonly ReaderLayers _layers = new();

    public ArticleContext(Article article)
    {
        Article = article;
        Text = article.Text;
        Sentences = SentenceSplitter.Split(Text);
        Published = IsoDate.TryParse(article.Published, out var published) ? published : null;
        // One tokenisation of the text for the gazetteer and the number and money readers, taken over from the
        // cleaning when it read the same text.
        var reading = article.TakeReading() is { } made && made.Text == Text ? made : new TextReading(Text);
        Spellings = reading.Spellings;
        Tokens = reading.Tokens;
        Mentions = MentionResolution.Resolve(Gazetteer.Default.FindAll(Tokens, Spellings));
        Money = reading.Money;
        Numbers = reading.Numbers;
        Pair = CountryPair.Of(this);
        if (Pair is not null) Mentions = MentionResolution.PreferPairCountries(Mentions, Pair.Codes);
        People = PersonFinder.Find(this);
    }

    /// <summary>The same article read with other sentences: everything else is shared, not recomputed.</summary>
    private ArticleContext(ArticleContext whole, IReadOnlyList<Sentence> sentences)
    {
        Article = whole.Article;
        Text = whole.Text;
        Sentences = sentences;
        Published = whole.Published;
        Mentions = whole.Mentions;
        Tokens = whole.Tokens;
        Money = whole.Money;
        Numbers = whole.Numbers;
        Pair = whole.Pair;
        People = whole.People;
        Spellings = new Spellings();
    }

    /// <summary>This article with its sentences replaced (a prefix, or some blanked: empty at their start, index kept): for isolating a failing sentence.</summary>
    internal ArticleContext WithSentences(IReadOnlyList<Sentence> sentences) => new(this, sentences);

    public Article Article { get; }

    /// <summary>The article's tokens as the number and date readers read them (<see cref="WordShape.Parts"/>).</summary>
    internal TokenList Tokens { get; }

    /// <summary>The spellings of the article's tokens, each made into a string once.</summary>
    internal Spellings Spellings { get; }

    /// <summary>The article's clean text; every offset in this context points into it.</summary>
    public string Text { get; }

    public IReadOnlyList<Sentence> Sentences { get; }

    public IsoDate? Published { get; }

    public IReadOnlyList<GazetteerMention> Mentions { get; }

    public IReadOnlyList<MoneyMention> Money { get; }

    public IReadOnlyList<NumberMention> Numbers { get; }

    /// <summary>The two countries the article is about, most mentioned first; null when it names fewer than two.</summary>
    public CountryPair? Pair { get; }

    /// <summary>People named in the article, with the office and country the text gives them.</summary>
    public IReadOnlyList<PersonMention> People { get; }

    /// <summary>The year an "as of" fact refers to when the text gives no date: the publication date's year.</summary>
    public string? AsOfYear => Published?.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public IEnumerable<GazetteerMention> MentionsIn(Sentence sentence) => Within(Mentions, sentence, m => m.Start, m => m.End);

    public IEnumerable<MoneyMention> MoneyIn(Sentence sentence) => Within(Money, sentence, m => m.Start, m => m.End);

    public IEnumerable<NumberMention> NumbersIn(Sentence sentence) => Within(Numbers, sentence, m => m.Start, m => m.End);

    public IEnumerable<PersonMention> PeopleIn(Sentence sentence) => Within(People, sentence, m => m.Start, m => m.End);

    /// <summary>Dates in a sentence, with relative and year-less ones resolved against the publication date and the sentence's tense.</summary>
    public IReadOnlyList<DateMention> DatesIn(Sentence sentence)
    {
        if (_datesBySentence.TryGetValue(sentence.Index, out var cached)) return cached;
        var tokens = TokensIn(sentence);
        var dates = DateReader.Read(tokens, Published, TenseGuesser.Guess(tokens), () => LastDayBefore(sentence));
        _datesBySentence[sentence.Index] = dates;
        return dates;
    }

    // "They met on 6 May. The next day …": the last single day of the sentence before. That sentence is read on its own,
    // without a day before it, so that a chain of such sentences is not followed back (nor recursed into).
    private DateMention? LastDayBefore(Sentence sentence)
    {
        if (sentence.Index == 0 || sentence.Index > Sentences.Count) return null;
        var tokens = TokensIn(Sentences[sentence.Index - 1]);
        return DateReader.Read(tokens, Published, TenseGuesser.Guess(tokens)).Where(d => d.IsSingleDay).Select(d => (DateMention?)d).LastOrDefault();
    }

    /// <summary>The sentence's share of the article's tokens; read alone only where the sentence was cut inside a token.</summary>
    internal TokenList TokensIn(Sentence sentence) =>
        Tokens.Within(sentence.Start, sentence.End) ?? Tokenizer.Scan(Text, sentence.Start, sentence.End, WordShape.Parts, Spellings);

    /// <summary>A reader's own layer over this article (one per type), made on first use and shared by every extractor asking for it.</summary>
    internal T Layer<T>(Func<T> make) where T : class => _layers.Get(make);

    /// <summary>The one analysis of a sentence, made on first use and shared by every extractor.</summary>
    internal SentenceView View(Sentence sentence)
    {
        if (!_views.TryGetValue(sentence, out var view)) _views[sentence] = view = new SentenceView(this, sentence, Spellings);
        return view;
    }

    /// <summary>
    /// The sentence's clauses cut at the joints of two statements (<see cref="Clauses.AtJoints"/>), the joints found
    /// once per sentence and shared by every extractor reading them.
    /// </summary>
    internal IReadOnlyList<(int Start, int End)> ClausesAtJoints(Sentence sentence, bool splitAtAnd = true)
    {
        if (!_joints.TryGetValue(sentence, out var joints)) _joints[sentence] = joints = Clauses.JointsOf(sentence.Text, sentence.Start);
        return joints.Cut(splitAtAnd);
    }

    /// <summary>The sentence holding a text offset.</summary>
    public Sentence SentenceAt(int offset)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (Sentences[mid].Start <= offset) lo = mid;
            else hi = mid - 1;
        }
        return Sentences[lo];
    }

    public Evidence Evidence(Sentence sentence) => EvidenceBuilder.For(Article, sentence.Start, sentence.End);

    public Evidence Evidence(Sentence first, Sentence last) => EvidenceBuilder.For(Article, first.Start, last.End);

    /// <summary>Country code for a gazetteer mention of a country or demonym ("Vietnamese" gives VN); null for other kinds.</summary>
    public static string? CountryOf(GazetteerMention mention) =>
        mention.Kind is MentionKind.Country ? mention.Code : null;

    private static IEnumerable<T> Within<T>(IReadOnlyList<T> items, Sentence sentence, Func<T, int> start, Func<T, int> end)
    {
        // Items are in text order: binary search the first one, then walk.
        int lo = 0, hi = items.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (start(items[mid]) < sentence.Start) lo = mid + 1;
            else hi = mid;
        }
        for (var i = lo; i < items.Count && start(items[i]) < sentence.End; i++)
            if (end(items[i]) <= sentence.End) yield return items[i];
    }
}
