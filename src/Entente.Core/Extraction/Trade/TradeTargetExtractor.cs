using Entente.Core.Domain;
using Entente.Core.Extraction.Sentences;
using Entente.Core.Text;

namespace Entente.Core.Extraction.Trade;

/// <summary>
/// Stated trade goals of the article's pair: "the two governments aim to raise bilateral trade to
/// $100 billion by 2025 and $150 billion by 2030", "set a target of $5 billion in two-way trade",
/// "want bilateral trade to reach 5 billion dirhams by 2025". Forecasts and conditions give nothing.
/// </summary>
public sealed class TradeTargetExtractor : IFactExtractor
{
    private const int YearReach = 5;

    /// <summary>Each goal once: a restated goal keeps the statement that gives its year.</summary>
    public IEnumerable<Fact> Extract(ArticleContext context) =>
        Read(context).GroupBy(t => t.Value).Select(g => g.OrderByDescending(t => t.By is null ? 0 : 1).First());

    private static IEnumerable<TradeTarget> Read(ArticleContext context)
    {
        if (context.Pair is not { } pair) yield break;
        var lastTradeSentence = int.MinValue / 2;
        foreach (var sentence in context.Sentences)
        {
            if (!context.MoneyIn(sentence).Any()) continue;
            var t = TradeLayer.Of(context, sentence, pair);
            var clauses = TradeClauseWords.ClausesOf(t);
            var previousGoal = -1;
            var tradeJustNamed = sentence.Index - lastTradeSentence <= ItReachSentences;
            if (NamesTrade(t, 0, t.Count, t.Count, tradeJustNamed: false)) lastTradeSentence = sentence.Index;
            for (var m = 0; m < t.Count; m++)
            {
                if (t[m].Kind != TradeTokenKind.Money) continue;
                if (!IsGoal(t, m, clauses, previousGoal, tradeJustNamed)) continue;
                previousGoal = m;
                // "rise from $1 billion to $4 billion": the goal is where it should go.
                var amount = IsRangeAfterFrom(t, m) ? new Money(t[m].Money.Max!.Value, t[m].Money.Value.Currency) : t[m].Money.Value;
                var value = SharedCurrencyNames.ForPair(amount, context.Text[t[m].Start..t[m].End], pair);
                yield return new TradeTarget(pair.Codes, value)
                {
                    By = YearAfterBy(t, m),
                    Qualifier = t[m].Money.Qualifier,
                    Evidence = context.Evidence(sentence),
                };
            }
        }
    }

    private static bool IsGoal(List<TradeToken> t, int m, Clauses clauses, int previousGoal, bool tradeJustNamed)
    {
        var clauseStart = clauses.StartOf(m);
        var clauseEnd = clauses.EndOf(m);
        // "… $100 billion by 2025 and $150 billion by 2030": a further goal of the same statement.
        if (previousGoal >= 0 && m - previousGoal <= 5 && t[m - 1].Lower is "and" or "," or "then") return true;
        // "we would like to expand trade to $10 billion": a wish said politely, not a condition.
        var wouldLike = WouldLike(t, 0, m);
        if (!TradeClauseWords.Any(t, 0, m, TradeVocabulary.IntentWords) && !wouldLike) return false;
        if (TradeClauseWords.Any(t, 0, clauseEnd, TradeVocabulary.Conditional) && !(wouldLike && !OtherConditional(t, clauseEnd))) return false;
        if (TradeClauseWords.Has(t, clauseStart, clauseEnd, TradeTokenKind.Outsider)) return false;
        if (!NamesTrade(t, clauseStart, clauseEnd, m, tradeJustNamed)) return false;
        if (m == 0) return false;
        // "to an impressive $1bn": an article and one adjective between "to" and the figure.
        var beforeAt = m >= 3 && t[m - 2].Lower is "a" or "an" && t[m - 3].IsWord("to") && t[m - 1] is { Kind: TradeTokenKind.Word, Capitalised: false } ? m - 2 : m;
        if (beforeAt != m) return TradeClauseWords.Any(t, clauseStart, beforeAt - 2, TradeVocabulary.RaiseVerbs);
        var before = t[m - 1];
        if (IsRangeAfterFrom(t, m)) return TradeClauseWords.Any(t, clauseStart, m - 1, TradeVocabulary.RaiseVerbs);
        // "to raise trade to $5 billion", "to increase trade up to $5 billion" (the "up to" read with the figure).
        if (before.IsWord("to") || t[m].Money.Qualifier == "up to") return TradeClauseWords.Any(t, clauseStart, m - 1, TradeVocabulary.RaiseVerbs);
        // "work towards $5 billion in trade", "targeting $5 billion in trade".
        if (before.Lower is "towards" or "toward" || TradeVocabulary.GoalVerbs.Contains(before.Lower)) return true;
        // "want trade to reach $5 billion"; "hope bilateral trade will reach $20 billion".
        if (before.Kind == TradeTokenKind.Word && TradeVocabulary.ReachVerbs.Contains(before.Lower))
            return m >= 2 && t[m - 2].Lower is "to" or "will" || IsInfinitive(t, clauseStart, m - 1);
        // "target trade of $20 billion"; "to reach a trade volume of $10 billion", "aiming for the level of bilateral trade of $5 billion".
        if (before.IsWord("of") && m >= 3 && (TradeVocabulary.TotalNouns.Contains(t[m - 2].Lower) || TradeVocabulary.LevelNouns.Contains(t[m - 2].Lower)))
            return TradeClauseWords.Any(t, Math.Max(clauseStart, m - 9), m - 2, TradeVocabulary.GoalVerbs)
                || TradeClauseWords.Any(t, Math.Max(clauseStart, m - 9), m - 2, TradeVocabulary.ReachVerbs);
        // "aim for $100 billion", "targeting a $10 billion trade volume".
        if (before.Lower is "for" or "a" or "an" && m >= 2 && TradeVocabulary.GoalVerbs.Contains(t[m - 2].Lower)) return true;
        if (before.IsWord("of") && m >= 2 && TradeVocabulary.GoalNouns.Contains(t[m - 2].Lower)) return true;
        return NamesGoalAfter(t, m);
    }

    private static bool IsRangeAfterFrom(List<TradeToken> t, int m) => m > 0 && t[m - 1].IsWord("from") && t[m].Money.Max is not null;

    private static bool WouldLike(List<TradeToken> t, int from, int to)
    {
        for (var i = Math.Max(0, from); i + 1 < to; i++)
            if (t[i].IsWord("would") && t[i + 1].Lower is "like" or "love") return true;
        return false;
    }

    // A conditional word other than the "would" of "would like".
    private static bool OtherConditional(List<TradeToken> t, int end)
    {
        for (var i = 0; i < end; i++)
            if (t[i].Kind == TradeTokenKind.Word && TradeVocabulary.Conditional.Contains(t[i].Lower)
                && !(t[i].IsWord("would") && i + 1 < t.Count && t[i + 1].Lower is "like" or "love")) return true;
        return false;
    }

    // "a $5 billion trade target".
    private static bool NamesGoalAfter(List<TradeToken> t, int m)
    {
        var next = m + 1 < t.Count && TradeVocabulary.TotalNouns.Contains(t[m + 1].Lower) ? m + 2 : m + 1;
        return next < t.Count && t[next].Kind == TradeTokenKind.Word && TradeVocabulary.GoalNouns.Contains(t[next].Lower);
    }

    // "want bilateral trade to reach $5 billion": a "to" shortly before the verb.
    private static bool IsInfinitive(List<TradeToken> t, int clauseStart, int verb)
    {
        for (var i = verb - 1; i >= clauseStart && i >= verb - 3; i--)
            if (t[i].IsWord("to")) return true;
        return false;
    }

    // The goal is about trade: a trade noun in its clause, or "it" there and a trade noun earlier in the sentence
    // (or, for "it", in the sentences just before: "Trade reached $6 billion. We have set the goal of increasing it to $10 billion").
    private static bool NamesTrade(List<TradeToken> t, int clauseStart, int clauseEnd, int m, bool tradeJustNamed)
    {
        // "… and the two governments aim to lift it to", "… and have set a target of $15 billion": the trade named before.
        var hasIt = HasIt(t, clauseStart, m);
        // "Two-way trade reached $1 billion. The two countries have set a target of $4 billion by 2020.": a bare goal of a
        // figure, with nothing after it but its year, sets the trade just named.
        if ((hasIt || BareGoal(t, m)) && tradeJustNamed && !TradeClauseWords.Has(t, 0, m, TradeTokenKind.Country)) return true;
        var saysIt = hasIt || TradeClauseWords.Any(t, clauseStart, m, TradeVocabulary.GoalNouns);
        for (var i = 0; i < clauseEnd; i++)
        {
            var isTradeNoun = t[i].Kind == TradeTokenKind.Word && TradeVocabulary.TotalNouns.Contains(t[i].Lower) &&
                (i + 1 >= t.Count || !TradeVocabulary.NotFlowFollowers.Contains(t[i + 1].Lower)) && (i == 0 || !t[i].Capitalised);
            if (isTradeNoun && (i >= clauseStart || saysIt)) return true;
        }
        return false;
    }

    private const int ItReachSentences = 2;

    // "it", and "this figure" or "that amount" pointing back to a figure just given.
    private static bool HasIt(List<TradeToken> t, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (t[i].IsWord("it") || (i > from && t[i].Lower is "figure" or "amount" && t[i - 1].Lower is "this" or "that")) return true;
        return false;
    }

    // "a target of $4 billion by 2020.", "the goal of $10 billion": the figure follows a goal noun and ends its clause, save for a year.
    private static bool BareGoal(List<TradeToken> t, int m)
    {
        if (m < 2 || !t[m - 1].IsWord("of") || !TradeVocabulary.GoalNouns.Contains(t[m - 2].Lower)) return false;
        var next = m + 1;
        if (next < t.Count && t[next].IsWord("by") && next + 1 < t.Count && IsYear(t[next + 1])) next += 2;
        return next >= t.Count || t[next].Kind == TradeTokenKind.Punct;
    }

    private static bool IsYear(TradeToken token) =>
        token.Kind == TradeTokenKind.Word && token.Lower.Length == 4 && int.TryParse(token.Lower, out var year) && year is > 1900 and < 2200;

    private static string? YearAfterBy(List<TradeToken> t, int m)
    {
        for (var i = m + 1; i < t.Count && i <= m + YearReach; i++)
        {
            if (t[i].Kind != TradeTokenKind.Word) return null;
            // "by 2030", "by the end of 2030"; "a target for 2030".
            if (t[i].IsWord("for") && i + 1 < t.Count && IsYear(t[i + 1])) return t[i + 1].Lower;
            if (!t[i].IsWord("by")) continue;
            for (var j = i + 1; j < t.Count && j <= i + YearReach; j++)
            {
                if (t[j].Kind == TradeTokenKind.Money) return null;
                if (IsYear(t[j])) return t[j].Lower;
            }
        }
        return null;
    }
}
