using Entente.Core.Domain;
using Entente.Core.Extraction.Gazetteers;
using Entente.Core.Text.Numbers;
using Entente.Core.Extraction.Sentences;
using Entente.Core.Text;

namespace Entente.Core.Extraction.Trade;

/// <summary>
/// The trade readers' layer of a sentence, built from the article's shared analysis in one pass: its tokens grouped
/// into words (hyphenated compounds whole, a possessive "'s" one mark), with the pair's countries, third parties,
/// money and changes as single tokens and "the Kingdom", "its neighbour" as anaphor country tokens.
/// </summary>
internal static class TradeLayer
{
    private static readonly HashSet<string> AnaphorHeads =
        ["country", "nation", "kingdom", "neighbour", "neighbor", "republic", "partner", "emirate"];

    private static readonly HashSet<string> AnaphorDeterminers = ["the", "its", "their"];

    /// <summary>
    /// Longer "sentences" are run-on scrapes (tables, glued lists), not statements; skipping them
    /// keeps the per-sentence scans bounded, so an article costs time linear in its length.
    /// </summary>
    public const int MaxSentenceLength = 2000;

    /// <summary>
    /// The sentence's tokens; none for a sentence longer than <see cref="MaxSentenceLength"/>. Read once per
    /// sentence for the article's pair and shared by the trade extractors (callers must not change the list).
    /// </summary>
    public static List<TradeToken> Of(ArticleContext context, Sentence sentence, CountryPair pair) =>
        pair == context.Pair ? context.View(sentence).Layer(() => Read(context, sentence, pair)) : Read(context, sentence, pair);

    private static List<TradeToken> Read(ArticleContext context, Sentence sentence, CountryPair pair)
    {
        if (sentence.Length > MaxSentenceLength) return [];
        var spans = Spans(context, sentence, pair);
        var units = Units(context, sentence);
        var tokens = new List<TradeToken>();
        var next = 0;
        for (var k = 0; k < units.Count;)
        {
            var start = units[k].Start;
            while (next < spans.Count && spans[next].Start < start) next++;
            if (next < spans.Count && spans[next].Start == start)
            {
                tokens.Add(spans[next]);
                while (k < units.Count && units[k].Start < spans[next].End) k++;
                next++;
                continue;
            }
            tokens.Add(WordAt(context, units, ref k));
        }
        return FoldAnaphors(tokens);
    }

    /// <summary>
    /// The sentence's share of the article's tokens, as runs of letters and digits and single other characters: a
    /// word holding a combining mark is cut at it (a trade word is letters and digits only).
    /// </summary>
    private static TokenList Units(ArticleContext context, Sentence sentence) => Tokenizer.Runs(context.TokensIn(sentence), context.Spellings);

    /// <summary>
    /// The word or mark starting at unit k, with k moved past it. Letters and digits written together make one word,
    /// hyphens between them too ("two-way", "year-on-year"); a possessive "'s" is one mark.
    /// </summary>
    private static TradeToken WordAt(ArticleContext context, TokenList units, ref int k)
    {
        var text = context.Text;
        var first = units[k];
        if (!Tokenizer.IsLetterOrDigitRun(text, first))
        {
            k++;
            if (first.Length == 1 && text[first.Start] is '\'' or '’' && k < units.Count && Glued(first, units[k])
                && units[k].Text is "s" or "S" && (k + 1 == units.Count || !Glued(units[k], units[k + 1]) || !char.IsLetter(text[units[k + 1].Start])))
                return new TradeToken(TradeTokenKind.Punct, first.Start, units[k++].End, "'s");
            return new TradeToken(TradeTokenKind.Punct, first.Start, first.End, first.Text == "’" ? "'" : first.Text);
        }
        var last = k;
        while (true)
        {
            if (last + 1 < units.Count && Glued(units[last], units[last + 1]) && Tokenizer.IsLetterOrDigitRun(text, units[last + 1])) last++;
            else if (last + 2 < units.Count && Glued(units[last], units[last + 1]) && units[last + 1].Text is "-" or "‑"
                     && Glued(units[last + 1], units[last + 2]) && Tokenizer.IsLetterOrDigitRun(text, units[last + 2])) last += 2;
            else break;
        }
        var end = units[last].End;
        var lower = last == k ? first.Lower : context.Spellings.LowerOf(text.AsSpan(first.Start, end - first.Start));
        k = last + 1;
        return new TradeToken(TradeTokenKind.Word, first.Start, end, lower) { Capitalised = char.IsUpper(text[first.Start]) };
    }

    private static bool Glued(Token before, Token after) => before.End == after.Start;

    private static List<TradeToken> Spans(ArticleContext context, Sentence sentence, CountryPair pair)
    {
        var spans = new List<TradeToken>();
        foreach (var money in context.MoneyIn(sentence))
            spans.Add(new TradeToken(TradeTokenKind.Money, money.Start, money.End, "$") { Money = money });
        var taken = spans.Count;
        foreach (var number in context.NumbersIn(sentence))
        {
            var change = number.Kind switch
            {
                NumberKind.PercentChange => new Change { Percent = number.Value },
                NumberKind.Multiplier => new Change { Factor = number.Value },
                _ => null,
            };
            if (change is not null && !Overlaps(spans, taken, number.Start, number.End))
                spans.Add(new TradeToken(TradeTokenKind.Change, number.Start, number.End, "%") { Change = change });
        }
        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        taken = spans.Count;
        foreach (var mention in context.MentionsIn(sentence))
        {
            if (Overlaps(spans, taken, mention.Start, mention.End)) continue;
            var kind = mention.Kind switch
            {
                MentionKind.Country when mention.Code is { } code && pair.Contains(code) => TradeTokenKind.Country,
                MentionKind.Country or MentionKind.Bloc or MentionKind.Region => TradeTokenKind.Outsider,
                _ => TradeTokenKind.Word,
            };
            if (kind == TradeTokenKind.Word) continue;
            spans.Add(new TradeToken(kind, mention.Start, mention.End, mention.Canonical.ToLowerInvariant()) { Code = mention.Code ?? "", IsDemonym = mention.IsDemonym });
        }
        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        return spans;
    }

    // The first `count` spans are sorted and disjoint: a binary search finds the one that could overlap.
    private static bool Overlaps(List<TradeToken> spans, int count, int start, int end)
    {
        int lo = 0, hi = count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (spans[mid].End <= start) lo = mid + 1;
            else hi = mid;
        }
        return lo < count && spans[lo].Start < end;
    }

    // "the Gulf nation", "its neighbour", "the Kingdom": up to three words after a determiner ending in a country noun.
    private static List<TradeToken> FoldAnaphors(List<TradeToken> tokens)
    {
        var folded = new List<TradeToken>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            var head = AnaphorDeterminers.Contains(tokens[i].Lower) && tokens[i].Kind == TradeTokenKind.Word ? HeadAfter(tokens, i) : -1;
            if (head < 0)
            {
                folded.Add(tokens[i]);
                continue;
            }
            folded.Add(new TradeToken(TradeTokenKind.Country, tokens[i].Start, tokens[head].End, "the country"));
            i = head;
        }
        return folded;
    }

    private static int HeadAfter(List<TradeToken> tokens, int determiner)
    {
        for (var j = determiner + 1; j < tokens.Count && j <= determiner + 3; j++)
        {
            // "the South American country": a region may qualify the head noun.
            if (tokens[j].Kind is not (TradeTokenKind.Word or TradeTokenKind.Outsider)) return -1;
            if (AnaphorHeads.Contains(tokens[j].Lower)) return j;
        }
        return -1;
    }
}
