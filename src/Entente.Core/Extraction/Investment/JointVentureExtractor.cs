using Entente.Core.Domain;
using Entente.Core.Extraction.Gazetteers;
using Entente.Core.Extraction.Sentences;
using Entente.Core.Text;

namespace Entente.Core.Extraction.Investment;

/// <summary>
/// Joint ventures of the article's two countries: "the launch of the MAZ ASIA joint venture for truck
/// assembly, with an annual capacity of 3,000 units", "a Kazakh-Uzbek joint venture assembles
/// passenger cars", "Hongsa Power, a joint venture of Thai and Lao companies". A venture needs an
/// activity; its name, place, capacity and date are read where the sentence gives them. Plans and
/// ventures of third countries give nothing.
/// </summary>
public sealed class JointVentureExtractor : IFactExtractor
{
    private static readonly HashSet<string> Connectives = new(StringComparer.OrdinalIgnoreCase) { "additionally", "also", "besides", "furthermore", "moreover", "in" };
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase) { "A", "An", "The", "Its", "Their" };

    public IEnumerable<Fact> Extract(ArticleContext context)
    {
        if (context.Pair is not { } pair) yield break;
        Sentence? previous = null;
        foreach (var sentence in context.Sentences)
        {
            // Every venture has "joint" or "jointly" in its clause: other sentences are not read (nor dated).
            if (JointWord.OccursIn(context.Text.AsSpan(sentence.Start, sentence.End - sentence.Start)))
            {
                var date = DateOf(context, sentence) ?? Inherited(context, sentence, previous is { } p ? DateOf(context, p) : null);
                foreach (var venture in Ventures(context, sentence, pair, date))
                    yield return venture;
            }
            previous = sentence;
        }
    }

    private static readonly PhraseMatcher JointWord = PhraseMatcher.Of("joint");

    private static string? DateOf(ArticleContext context, Sentence sentence)
    {
        var dates = context.DatesIn(sentence).Where(d => !After(context.Text, sentence, d.Start, "since")).ToList();
        return dates.Count > 0 ? dates[0].From.ToString() : null;
    }

    /// <summary>One venture at most per clause, so that "X assembles cars, while Y, a joint venture…" keep apart.</summary>
    private static IEnumerable<JointVenture> Ventures(ArticleContext context, Sentence sentence, CountryPair pair, string? date)
    {
        var all = context.View(sentence).Words;
        var mentions = context.MentionsIn(sentence).ToList();
        var money = context.MoneyIn(sentence).ToList();
        var inMoney = WordIndex.Covered(all, money.Select(x => (x.Start, x.End)));
        if (mentions.Any(m => m.Kind == MentionKind.Country && m.Code is { } c && !pair.Contains(c) && !InMoney(all, inMoney, m.Start)))
            yield break;
        var inCountries = WordIndex.Covered(all, mentions.Where(m => m.Kind == MentionKind.Country).Select(m => (m.Start, m.End)));
        bool IsCountry(Token w) => inCountries.Contains(w.Start);
        var numbers = context.NumbersIn(sentence).ToList();
        foreach (var words in WordIndex.Statements(context.Text, all))
        {
            if (words.Count == 0) continue;
            var (from, to) = (words[0].Start, words[^1].End);
            var capacity = VentureCapacity.Find(context.Text, words, numbers.Where(n => n.Start >= from && n.End <= to));
            if (Found(context.Text, words, capacity, IsCountry) is not { } found) continue;
            var (name, activity, trigger) = found;
            var places = mentions
                .Where(m => m.Kind == MentionKind.Place && m.Start >= from && m.End <= to && !IsPossessive(context.Text, m.End)
                    && (name is null || !name.Contains(context.Text[m.Start..m.End], StringComparison.Ordinal)))
                .Select(m => (m.Start, Place: m.Prefer(pair.Codes) is var p && p.Countries.FirstOrDefault(pair.Contains) is { } c ? new Place(p.Canonical, c) : null))
                .Where(x => x.Place is not null)
                .ToList();
            // The venture's own place follows it ("a joint venture … in Yevlakh"); one before it is a fallback ("In Adama, a joint venture").
            var place = places.FirstOrDefault(x => x.Start > trigger).Place ?? places.FirstOrDefault().Place;
            yield return new JointVenture(name, pair.Codes, activity)
            {
                Place = place,
                Capacity = capacity,
                Date = date,
                Evidence = context.Evidence(sentence),
            };
        }
    }

    /// <summary>
    /// The name, activity and offset of the venture a clause states as a fact: "joint venture" with what
    /// it does, or "joint"/"jointly" with the plant or work they share. A plan or possibility stated before
    /// the activity ("a joint venture will be set up to…") gives nothing.
    /// </summary>
    private static (string? Name, string Activity, int Trigger)? Found(string text, List<Token> words, Capacity? capacity, Func<Token, bool> isCountry)
    {
        for (var j = 0; j < words.Count; j++)
        {
            if (!words[j].Is("joint") && !words[j].Is("jointly")) continue;
            string? activity;
            string? name = null;
            int end;
            if (words[j].Is("joint") && j + 1 < words.Count && words[j + 1].Is("venture"))
            {
                activity = VentureActivity.Find(text, words, j, isCountry, out end);
                if (activity is not null) name = NameBefore(text, words, j, isCountry);
            }
            else activity = VentureActivity.FindJoint(text, words, j, capacity?.Unit, out end);
            if (activity is null) continue;
            // A named venture or a shared plant exists whatever it plans next ("X, a joint venture that assembles
            // cars, plans to…"); an unnamed "joint venture" is a plan if anything in its clause says so.
            var scope = name is null && words[j].Is("joint") && j + 1 < words.Count && words[j + 1].Is("venture") ? words.Count : Math.Min(end, words.Count);
            if (Hypotheticals.AnyIn(words.Take(scope))) return null;
            return (name, activity, words[j].Start);
        }
        return null;
    }

    /// <summary>
    /// The venture's name: capitalised words right before "joint venture" ("the MAZ ASIA joint
    /// venture"), or before the comma of "Hongsa Power, a joint venture of…".
    /// </summary>
    private static string? NameBefore(string text, List<Token> words, int jv, Func<Token, bool> isCountry)
    {
        var end = jv;
        var gapStart = jv - 1;
        if (gapStart >= 1 && (words[gapStart].Is("a") || words[gapStart].Is("the"))
            && text.AsSpan(words[gapStart - 1].End, words[gapStart].Start - words[gapStart - 1].End).Contains(','))
            end = gapStart;
        else
        {
            // "Hindustan Infralog, the ports and logistics joint venture": skip the lower-case modifier.
            var k = jv - 1;
            while (k > 0 && !words[k].IsCapitalized && !words[k].Is("the") && !words[k].Is("a")) k--;
            if (k >= 1 && (words[k].Is("the") || words[k].Is("a")) && text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).Contains(','))
                end = k;
        }
        var start = end;
        while (start > 0 && words[start - 1].IsCapitalized && (end == jv || start == end || !Punctuated(text, words[start - 1], words[start]))) start--;
        var name = words[start..end].SkipWhile(w => NotNames.Contains(w.Text)).ToList();
        if (name.Count == 0 || (end == jv && name.All(isCountry))) return null;
        if (end == jv && name.Any(isCountry)) return null;
        return string.Join(' ', name.Select(w => w.Text));
    }

    private static bool InMoney(List<Token> words, HashSet<int> inMoney, int offset) =>
        WordIndex.At(words, offset) is var i and >= 0 && inMoney.Contains(words[i].Start);

    /// <summary>"Dubai's DP World": the place owns a partner, it does not host the venture.</summary>
    private static bool IsPossessive(string text, int end) => end < text.Length && text[end] is '\'' or '’';

    private static bool Punctuated(string text, Token left, Token right) =>
        text.AsSpan(left.End, right.Start - left.End).ContainsAny(",;:.()");

    /// <summary>"Additionally, documents were signed…": a follow-up sentence keeps the previous sentence's date.</summary>
    private static string? Inherited(ArticleContext context, Sentence sentence, string? previous)
    {
        if (previous is null) return null;
        var words = context.View(sentence).Words;
        return words.Count > 0 && Connectives.Contains(words[0].Text) ? previous : null;
    }

    private static bool After(string text, Sentence sentence, int start, string word) =>
        text[Math.Max(sentence.Start, start - word.Length - 1)..start].Contains(word, StringComparison.OrdinalIgnoreCase);
}
