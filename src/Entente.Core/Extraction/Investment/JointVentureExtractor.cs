using Entente.Core.Domain;
using Entente.Core.Extraction.Gazetteers;
using Entente.Core.Extraction.Sentences;

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
        string? previousDate = null;
        foreach (var sentence in context.Sentences)
        {
            var dates = context.DatesIn(sentence).Where(d => !After(context.Text, sentence, d.Start, "since")).ToList();
            var sentenceDate = dates.Count > 0 ? dates[0].From.ToString() : null;
            if (Venture(context, sentence, pair, sentenceDate ?? Inherited(context, sentence, previousDate)) is { } venture)
                yield return venture;
            previousDate = sentenceDate;
        }
    }

    private static JointVenture? Venture(ArticleContext context, Sentence sentence, CountryPair pair, string? date)
    {
        var words = Word.Scan(context.Text, sentence.Start, sentence.End);
        var jv = words.FindIndex(w => w.Is("joint") || w.Is("joint-venture"));
        while (jv >= 0 && !(words[jv].Is("joint-venture") || (jv + 1 < words.Count && words[jv + 1].Is("venture"))))
            jv = words.FindIndex(jv + 1, w => w.Is("joint") || w.Is("joint-venture"));
        if (jv < 0 || words[jv].Is("joint-venture") || Hypotheticals.AnyIn(words)) return null;
        var mentions = context.MentionsIn(sentence).ToList();
        var money = context.MoneyIn(sentence).ToList();
        var inMoney = WordIndex.Covered(words, money.Select(x => (x.Start, x.End)));
        if (mentions.Any(m => m.Kind == MentionKind.Country && m.Code is { } c && !pair.Contains(c) && !InMoney(words, inMoney, m.Start)))
            return null;
        var inCountries = WordIndex.Covered(words, mentions.Where(m => m.Kind == MentionKind.Country).Select(m => (m.Start, m.End)));
        bool IsCountry(Word w) => inCountries.Contains(w.Start);
        var name = NameBefore(context.Text, words, jv, IsCountry);
        var activity = VentureActivity.Find(context.Text, words, jv, IsCountry);
        if (activity is null) return null;
        var place = mentions
            .Where(m => m.Kind == MentionKind.Place && !IsPossessive(context.Text, m.End) && (name is null || !name.Contains(context.Text[m.Start..m.End], StringComparison.Ordinal)))
            .Select(m => m.Prefer(pair.Codes))
            .Select(m => m.Countries.FirstOrDefault(pair.Contains) is { } c ? new Place(m.Canonical, c) : null)
            .FirstOrDefault(p => p is not null);
        return new JointVenture(name, pair.Codes, activity)
        {
            Place = place,
            Capacity = VentureCapacity.Find(context.Text, words, context.NumbersIn(sentence)),
            Date = date,
            Evidence = context.Evidence(sentence),
        };
    }

    /// <summary>
    /// The venture's name: capitalised words right before "joint venture" ("the MAZ ASIA joint
    /// venture"), or before the comma of "Hongsa Power, a joint venture of…".
    /// </summary>
    private static string? NameBefore(string text, List<Word> words, int jv, Func<Word, bool> isCountry)
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
            while (k > 0 && !words[k].IsCapitalised && !words[k].Is("the") && !words[k].Is("a")) k--;
            if (k >= 1 && (words[k].Is("the") || words[k].Is("a")) && text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).Contains(','))
                end = k;
        }
        var start = end;
        while (start > 0 && words[start - 1].IsCapitalised && (end == jv || start == end || !Punctuated(text, words[start - 1], words[start]))) start--;
        var name = words[start..end].SkipWhile(w => NotNames.Contains(w.Text)).ToList();
        if (name.Count == 0 || (end == jv && name.All(isCountry))) return null;
        if (end == jv && name.Any(isCountry)) return null;
        return string.Join(' ', name.Select(w => w.Text));
    }

    private static bool InMoney(List<Word> words, HashSet<int> inMoney, int offset) =>
        WordIndex.At(words, offset) is var i and >= 0 && inMoney.Contains(words[i].Start);

    /// <summary>"Dubai's DP World": the place owns a partner, it does not host the venture.</summary>
    private static bool IsPossessive(string text, int end) => end < text.Length && text[end] is '\'' or '’';

    private static bool Punctuated(string text, Word left, Word right) =>
        text.AsSpan(left.End, right.Start - left.End).ContainsAny(",;:.()");

    /// <summary>"Additionally, documents were signed…": a follow-up sentence keeps the previous sentence's date.</summary>
    private static string? Inherited(ArticleContext context, Sentence sentence, string? previous)
    {
        if (previous is null) return null;
        var first = Word.Scan(context.Text, sentence.Start, Math.Min(sentence.End, sentence.Start + 20)).FirstOrDefault();
        return Connectives.Contains(first.Text ?? "") ? previous : null;
    }

    private static bool After(string text, Sentence sentence, int start, string word) =>
        text[Math.Max(sentence.Start, start - word.Length - 1)..start].Contains(word, StringComparison.OrdinalIgnoreCase);
}
