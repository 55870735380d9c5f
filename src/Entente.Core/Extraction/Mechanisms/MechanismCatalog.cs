using Entente.Core.Extraction.Sentences;

namespace Entente.Core.Extraction.Mechanisms;

/// <summary>
/// The distinct mechanisms of an article and what each name in it points to. A full name seen again
/// in a longer form keeps the longer one; "the commission" or "the Joint Commission" resolves to the
/// full name whose key words contain its own, nearest before it.
/// </summary>
internal sealed class MechanismCatalog
{
    // Keys split hyphenated words: "bi" and "inter" are what is left of "Bi-National" and "Inter-Governmental".
    private static readonly HashSet<string> Qualifiers = ["joint", "intergovernmental", "inter", "bilateral", "standing", "mixed", "binational", "bi", "strategic"];

    /// <summary>Qualifiers that make a lower-case committee or commission a body of the two governments.</summary>
    private static readonly HashSet<string> BodyQualifiers = ["joint", "intergovernmental", "inter", "mixed", "binational", "bi"];

    private static readonly HashSet<string> BodyHeads = ["committee", "commission"];

    /// <summary>Real articles name a handful; the cap keeps matching linear on text built to repeat names.</summary>
    private const int MaxItems = 64;

    private readonly List<NamedThing> _items = [];
    private readonly Dictionary<(int Sentence, int First), int> _resolved = [];

    public IReadOnlyList<NamedThing> Items => _items;

    /// <summary>The mechanism a name in a sentence refers to, or null when it is no pair mechanism.</summary>
    public NamedThing? Resolve(int sentence, NameSpan span) =>
        _resolved.TryGetValue((sentence, span.First), out var index) ? _items[index] : null;

    public static MechanismCatalog Build(ArticleContext context, IReadOnlyList<SentenceView> views, IReadOnlyList<List<NameSpan>> spans, CountryPair pair)
    {
        var catalog = new MechanismCatalog();
        var thirdCountry = views.Select((view, s) => PairCheck.ThirdCountryOutside(view, spans[s], pair)).ToList();
        // "… an agreement between South Africa and Zambia. The agreement elevates the Joint Commission for Cooperation …": a name
        // without a country of its own, right after a sentence on a third country and not on both sides, may be that country's.
        bool ThirdBefore(int s, NameSpan span) =>
            s > 0 && thirdCountry[s - 1] && !PairCheck.NamesBoth(views[s - 1], pair) && !views[s].MentionsWithin(span.Start, span.End).Any(m => m.Kind == Gazetteers.MentionKind.Country);
        for (var s = 0; s < views.Count; s++)
        {
            foreach (var span in spans[s].Where(x => !x.IsReference))
                catalog.AddFull(context, views[s], s, span, thirdCountry[s] || ThirdBefore(s, span), pair);
        }
        for (var s = 0; s < views.Count; s++)
        {
            foreach (var span in spans[s].Where(x => x.IsReference))
                catalog.AddReference(context, views[s], s, span, spans[s], thirdCountry[s] || ThirdBefore(s, span), pair);
        }
        catalog.FoldShortForms();
        catalog.AddAcronymReferences(views, spans);
        return catalog;
    }

    /// <summary>
    /// "the Romania-Bulgaria High-Level Council" and "the High-Level Cooperation Council between Romania and Bulgaria"
    /// in one article: a full name whose key words are all in exactly one other name of the same parties, which has one
    /// word more and the same head noun, is a short form of that body. Several such wider names leave it alone.
    /// </summary>
    private void FoldShortForms()
    {
        var target = Enumerable.Range(0, _items.Count).ToArray();
        for (var i = 0; i < _items.Count; i++)
        {
            var item = _items[i];
            if (item.Key.Count < NameKey.ShortFormWords) continue;
            var wider = Enumerable.Range(0, _items.Count)
                .Where(j => j != i && _items[j].Key.Count == item.Key.Count + 1 && item.Key.IsSubsetOf(_items[j].Key)
                            && _items[j].Parties.Order().SequenceEqual(item.Parties.Order()) && NameKey.SharesHead(item.Name, _items[j].Name))
                .Take(2).ToList();
            if (wider.Count == 1) target[i] = wider[0];
        }
        if (target.Select((t, i) => t == i).All(same => same)) return;
        // A name folded into one that is itself folded stays itself: only one step is taken.
        for (var i = 0; i < target.Length; i++)
            if (target[target[i]] != target[i]) target[i] = i;
        var kept = Enumerable.Range(0, _items.Count).Where(i => target[i] == i).ToList();
        var newIndex = new int[_items.Count];
        for (var n = 0; n < kept.Count; n++) newIndex[kept[n]] = n;
        foreach (var key in _resolved.Keys.ToList()) _resolved[key] = newIndex[target[_resolved[key]]];
        var items = kept.Select(i => _items[i]).ToList();
        _items.Clear();
        _items.AddRange(items);
    }

    /// <summary>
    /// "the 9th JTC", "the last JCC meeting": once a name has given its acronym in brackets, the acronym
    /// alone refers to it. Each such word joins the sentence's names as a reference, in text order.
    /// </summary>
    private void AddAcronymReferences(IReadOnlyList<SentenceView> views, IReadOnlyList<List<NameSpan>> spans)
    {
        var byAcronym = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < _items.Count; i++)
            if (_items[i].Acronym is { } acronym) byAcronym.TryAdd(acronym, i);
        if (byAcronym.Count == 0) return;
        for (var s = 0; s < views.Count; s++)
        {
            var view = views[s];
            var covered = new bool[view.Count];
            foreach (var span in spans[s])
                for (var k = span.First; k <= span.Last && k < view.Count; k++) covered[k] = true;
            var added = false;
            for (var k = 0; k < view.Count; k++)
            {
                var text = view.Tokens[k].Text;
                var possessive = text.EndsWith("'s", StringComparison.Ordinal) || text.EndsWith("’s", StringComparison.Ordinal);
                if (covered[k] || !byAcronym.TryGetValue(possessive ? text[..^2] : text, out var index)) continue;
                spans[s].Add(new NameSpan(k, k, view.Tokens[k].Start, view.Tokens[k].End - (possessive ? 2 : 0), "acronym", IsReference: true));
                _resolved[(s, k)] = index;
                added = true;
            }
            if (added) spans[s].Sort((a, b) => a.First.CompareTo(b.First));
        }
    }

    private void AddFull(ArticleContext context, SentenceView view, int s, NameSpan span, bool thirdCountry, CountryPair pair)
    {
        if (HedgeCues.Near(view, span.First, span.Last, 6, 6, sessionHedgesCount: false)) return;
        if (PairCheck.Parties(view, span, thirdCountry, pair, blocMayBeParty: false) is not { } parties) return;
        var key = NameKey.Of(view, span.First, span.Last);
        var thing = new NamedThing(context.Text[span.Start..span.End], key, NameKey.CoreOf(view, span.First, span.Last), parties, s);
        for (var i = 0; i < _items.Count; i++)
        {
            if (!thing.SameAs(_items[i])) continue;
            if (thing.Core.Length > _items[i].Core.Length) _items[i] = thing;
            _resolved[(s, span.First)] = i;
            return;
        }
        if (_items.Count >= MaxItems) return;
        _items.Add(thing);
        _resolved[(s, span.First)] = _items.Count - 1;
    }

    private void AddReference(ArticleContext context, SentenceView view, int s, NameSpan span, IReadOnlyList<NameSpan> sentenceSpans, bool thirdCountry, CountryPair pair)
    {
        var key = NameKey.Of(view, span.First, span.Last);
        // "the Bi-National Commission will … during the commission's inaugural session": the body this sentence named already.
        var sameSentence = sentenceSpans.Where(x => x.First < span.First && _resolved.ContainsKey((s, x.First)))
            .Select(x => _resolved[(s, x.First)]).LastOrDefault(i => _items[i].Covers(key), -1);
        if (sameSentence >= 0)
        {
            _resolved[(s, span.First)] = sameSentence;
            return;
        }
        var best = -1;
        for (var i = 0; i < _items.Count; i++)
        {
            if (!_items[i].Covers(key)) continue;
            // Prefer the latest mechanism named before the reference, else the first one named after it.
            if (best < 0) best = i;
            else if (_items[i].SentenceIndex <= s && (_items[best].SentenceIndex > s || _items[i].SentenceIndex > _items[best].SentenceIndex)) best = i;
        }
        if (best >= 0)
        {
            _resolved[(s, span.First)] = best;
            return;
        }
        // "The Joint Commission" or "their joint commission" with no fuller name anywhere is still the pair's joint commission.
        // So is "an intergovernmental committee was set up" or "the joint commission met": a committee or commission of governments
        // is a body by itself, where "the strategic dialogue" may only be how the two sides talk.
        var named = view.Tokens[span.First].IsCapitalized || view.Is(span.First - 1, "their")
                    || (BodyHeads.Contains(span.Head) && key.Overlaps(BodyQualifiers));
        if (_items.Count >= MaxItems || !named || !key.Overlaps(Qualifiers)) return;
        if (HedgeCues.Near(view, span.First, span.Last, 6, 6)) return;
        if (PairCheck.Parties(view, span, thirdCountry, pair, blocMayBeParty: false) is not { } parties) return;
        _items.Add(new NamedThing(context.Text[span.Start..span.End], key, NameKey.CoreOf(view, span.First, span.Last), parties, s));
        _resolved[(s, span.First)] = _items.Count - 1;
    }
}
