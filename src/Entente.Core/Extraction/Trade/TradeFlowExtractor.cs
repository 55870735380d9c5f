using Entente.Core.Domain;
using Entente.Core.Text.Time;
using Entente.Core.Extraction.Sentences;
using Entente.Core.Text;

namespace Entente.Core.Extraction.Trade;

/// <summary>
/// Trade values between the article's two countries: two-way totals ("Two-way trade hit $76.1
/// billion in 2023, down 2.3%") and one-way flows ("Vietnam's exports to the RoK rose 3.1% to
/// $23.5 billion", "its imports from the Korean market"). World totals, third parties, forecasts
/// and goals give nothing.
/// </summary>
public sealed class TradeFlowExtractor : IFactExtractor
{
    private const int InheritWithinSentences = 3;

    /// <summary>Each value once: a restated figure keeps the statement that says most about it (its change).</summary>
    public IEnumerable<Fact> Extract(ArticleContext context) =>
        Read(context)
            .GroupBy(t => (t.Flow, t.From, t.To, t.Value, t.Period))
            .Select(g => g.OrderByDescending(t => t.Change is null ? 0 : 1).First());

    private static readonly Text.PhraseMatcher OtherCalendar = Text.PhraseMatcher.Of(
        ["Persian year", "Iranian year", "Iranian calendar", "Persian calendar", "Hijri year", "Hijri calendar", "solar year", "lunar year", "Nepali year", "Bikram Sambat", "Ethiopian fiscal year", "Ethiopian calendar", "Buddhist Era"]);

    private static IEnumerable<Domain.Trade> Read(ArticleContext context)
    {
        if (context.Pair is not { } pair) yield break;
        Period? lastPeriod = null;
        var lastSentence = int.MinValue / 2;
        var lastTotalSentence = int.MinValue / 2;
        Money? lastTotal = null;
        foreach (var sentence in context.Sentences)
        {
            if (!context.MoneyIn(sentence).Any()) continue;
            // "the first 10 months of the Persian year 1401": a period of another calendar is no Gregorian one, unless the
            // sentence gives its days ("the first five months of the Iranian calendar year, from March 20 to August 21").
            if (OtherCalendar.OccursIn(sentence.Text) && !context.DatesIn(sentence).Any(d => d.From.Precision == Text.Time.DatePrecision.Day)) continue;
            var t = TradeLayer.Of(context, sentence, pair);
            var clauses = TradeClauseWords.ClausesOf(t);
            string? subject = null;
            var previousMoney = -1;
            var previousFirst = 0;
            var flowsInSentence = 0;
            Flow? previousFlow = null;
            var nextMoneyAfter = NextMoneyAfter(t);
            for (var m = 0; m < t.Count; m++)
            {
                if (t[m].Kind != TradeTokenKind.Money) continue;
                // A conversion in brackets restates the figure before it.
                if (IsConversion(t, m)) continue;
                var nextMoney = nextMoneyAfter[m];
                var first = Math.Max(clauses.StartOf(m), previousMoney + 1);
                // "grew from $1 billion in 2015 to $5 billion in 2023": the second figure shares the first one's subject.
                if (previousMoney >= 1 && EarlierLevel.ComparisonBefore(t, previousMoney) is "from" && t[m - 1].IsWord("to")) first = previousFirst;
                if (AppositiveFigure.SharesSubject(t, previousMoney, m)) first = previousFirst;
                // "trade volumes, which rose by 20% in 2022 to reach $2 billion": the relative clause's figure is its antecedent's.
                if (first == clauses.StartOf(m) && AntecedentStart(t, clauses, first) is var antecedent and >= 0) first = antecedent;
                // "A was B's largest trading partner in 2008, with two-way trade of $5 billion": the ranking clause's sides and year are the figure's.
                var ranking = first == clauses.StartOf(m) ? PartnerRanking.ClauseBefore(t, clauses, m, pair) : -1;
                if (ranking >= 0) first = ranking;
                var end = Math.Min(clauses.EndOf(m), nextMoney < 0 ? t.Count : nextMoney);
                var comparedWith = previousMoney;
                previousMoney = m;
                previousFirst = first;
                // "up from $15 billion in 2019", "from $2 million in 2013 to …": a level of another year, its own fact of the same flow.
                var isEarlierLevel = EarlierLevel.Is(t, m);
                // Once a flow of the pair is stated, a further one in the sentence may leave the other country unsaid.
                var totalJustStated = sentence.Index - lastTotalSentence <= 1;
                var flow = (isEarlierLevel && previousFlow is not null && EarlierLevel.ComparesWith(t, comparedWith, m) ? previousFlow : null)
                    ?? ReadFlow(t, m, first, end, clauses, pair, subject, needBoth: flowsInSentence == 0, totalJustStated, ranked: ranking >= 0)
                    ?? (previousFlow is not null && IsElidedRepeat(t, first, m) ? previousFlow : null)
                    ?? (flowsInSentence == 0 && totalJustStated && IsShareOf(t[m].Money.Value, lastTotal)
                        ? ReadFlow(t, m, first, end, clauses, pair, subject, needBoth: false, totalJustStated, ranked: false) is { Kind: "export" } oneWay ? oneWay : null
                        : null);
                previousFlow = flow;
                if (flow is null) continue;
                flowsInSentence++;
                if (flow.Subject is { } s) subject = s;
                var period = TradePeriodReader.Read(context, sentence, t[m].Start, t[m].End, t[first].Start, t[end - 1].End);
                // A clause naming its own months ("In April and May") that could not be dated is not the earlier figure's period.
                // So is one naming a span of its own ("in the past seven months", "in the first quarter").
                if (period is null && sentence.Index - lastSentence <= InheritWithinSentences && !NamesMonth(t, first, end) && !NamesSpan(t, first, end)) period = lastPeriod;
                if (period is null) continue;
                lastPeriod = period;
                lastSentence = sentence.Index;
                // "grew from $1 million to $3 million": the level reached is the figure.
                var amount = IsGrowthSpan(t, m) ? new Money(t[m].Money.Max!.Value, t[m].Money.Value.Currency) : t[m].Money.Value;
                var value = SharedCurrencyNames.ForPair(amount, context.Text[t[m].Start..t[m].End], pair);
                if (flow.Kind == "total") (lastTotalSentence, lastTotal) = (sentence.Index, t[m].Money.Value);
                if (GroupedScaleFigure.IsAmbiguous(context.Text.AsSpan(t[m].Start, t[m].End - t[m].Start), value)) continue;
                yield return new Domain.Trade(flow.Parties, flow.Kind, value, period)
                {
                    From = flow.From,
                    To = flow.To,
                    Change = isEarlierLevel ? null : ChangeIn(t, first, end),
                    Qualifier = t[m].Money.Qualifier,
                    Evidence = context.Evidence(sentence),
                };
            }
        }
    }

    // "two-way trade, which grew from $10 million in 2019 to $104 million in 2020": a clause opened by ", which" after
    // a flow's noun (and no figure of its own) is about that flow, so the figure's subject reaches back to the noun's clause.
    private static int AntecedentStart(List<TradeToken> t, Clauses clauses, int first)
    {
        if (first < 1 || first + 1 >= t.Count || !t[first].IsPunct(",") || t[first + 1].Lower is not ("which" or "that")) return -1;
        var start = clauses.StartOf(first - 1);
        if (TradeClauseWords.Has(t, start, first, TradeTokenKind.Money)) return -1;
        for (var i = first - 1; i >= Math.Max(start, first - AntecedentReach); i--)
            if (IsCue(t, i, total: true) || IsCue(t, i, total: false)) return start;
        return -1;
    }

    private const int AntecedentReach = 6;

    // "Two-way trade rose to $56 million. Belarusian exports reached $52 million.": right after the pair's total, a smaller
    // one-way figure of one side is its part of that trade, so the other side may go unsaid; a larger one is a world total.
    private static bool IsShareOf(Money value, Money? total) =>
        total is not null && value.Currency == total.Currency && value.Amount < total.Amount;

    private static bool NamesSpan(List<TradeToken> t, int first, int end)
    {
        for (var i = first; i < end; i++)
            if (t[i].Kind == TradeTokenKind.Word && t[i].Lower is "months" or "month" or "weeks" or "quarter" or "half" or "semester" or "days") return true;
        return false;
    }

    private static bool NamesMonth(List<TradeToken> t, int first, int end)
    {
        for (var i = first; i < end; i++)
            if (t[i] is { Kind: TradeTokenKind.Word, Capitalised: true } && CalendarWords.Month(t[i].Lower) > 0) return true;
        return false;
    }

    /// <summary>"rose from $1 million to $3 million": a range after "from" and a verb of change is where the flow went, not a range.</summary>
    private static bool IsGrowthSpan(List<TradeToken> t, int m) =>
        t[m].Money.Max is not null && m >= 2 && t[m - 1].IsWord("from") && t[m - 2].Kind == TradeTokenKind.Word && TradeVocabulary.ChangeVerbs.Contains(t[m - 2].Lower);

    // "Singapore is the Philippines' top partner": a third country (not a region) named in the clause.
    private static bool NamesThirdCountry(List<TradeToken> t, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (t[i].Kind == TradeTokenKind.Outsider && !string.IsNullOrEmpty(t[i].Code)) return true;
        return false;
    }

    private static bool IsYearlyRate(List<TradeToken> t, int m)
    {
        if (m + 1 >= t.Count || t[m + 1].Kind != TradeTokenKind.Word) return false;
        if (t[m + 1].Lower is "annually") return true;
        return m + 2 < t.Count && t[m + 1].Lower is "a" or "per" or "each" or "every" && t[m + 2].Lower is "year" or "annum";
    }

    // "SR675 million ($180 million)": a conversion in brackets restates the figure before it.
    private static bool IsConversion(List<TradeToken> t, int m) => m >= 2 && t[m - 1].IsPunct("(") && t[m - 2].Kind == TradeTokenKind.Money;

    private static int[] NextMoneyAfter(List<TradeToken> t)
    {
        var next = new int[t.Count];
        var after = -1;
        for (var i = t.Count - 1; i >= 0; i--)
        {
            next[i] = after;
            if (t[i].Kind == TradeTokenKind.Money && !IsConversion(t, i)) after = i;
        }
        return next;
    }

    private sealed record Flow(string Kind, string[] Parties, string? From, string? To, string? Subject);

    private static Flow? ReadFlow(
        List<TradeToken> t, int m, int first, int end, Clauses clauses, CountryPair pair, string? subject, bool needBoth, bool totalJustStated, bool ranked)
    {
        if (m > 0 && t[m - 1].Kind == TradeTokenKind.Word && t[m - 1].Lower is "from" or "than" or "over" && !IsGrowthSpan(t, m) && !EarlierLevel.Is(t, m)) return null;
        // "grew by more than $1 billion": by how much it changed, not what it came to.
        if (m > 1 && t[m - 1].IsWord("by") && t[m - 2].Kind == TradeTokenKind.Word && TradeVocabulary.ChangeVerbs.Contains(t[m - 2].Lower)) return null;
        // "close to $18 billion annually": a yearly rate, of no stated year.
        if (IsYearlyRate(t, m)) return null;
        // "two-way trade of $4.5 billion" and "trade hit a record high of $26 billion" name the flow; "a third of $9 billion" does not.
        if (m > 1 && t[m - 1].IsWord("of") && !IsCue(t, m - 2, total: true) && !IsCue(t, m - 2, total: false) && !IsLevel(t, m - 2)) return null;
        if (TradeClauseWords.SaysHypothetical(t, clauses.StartOf(m), clauses.EndOf(m))) return null;
        // After a clause ranking one side among the other's trading partners, the ", with" clause's two-way trade is theirs; a
        // one-way flow or a country of its own there is another figure.
        if (ranked)
        {
            var opening = clauses.StartOf(m);
            return LastCue(t, opening, m, total: true) >= 0 && LastCue(t, opening, m, total: false) < 0 && !TradeClauseWords.Has(t, opening, m, TradeTokenKind.Country)
                   && !TradeClauseWords.Has(t, opening, m, TradeTokenKind.Outsider) ? new Flow("total", pair.Codes, null, null, null) : null;
        }
        // "Singapore is the Philippines' top partner, with bilateral trade at $11 billion": a ", with" clause describes the clause before it.
        if (clauses.StartOf(m) is var opens and > 0 && t[opens].IsPunct(",") && t[opens + 1].IsWord("with")
            && NamesThirdCountry(t, clauses.StartOf(opens - 1), opens)) return null;
        // "to lift trade to $100 billion": a goal, read by the target extractor.
        if (m > 0 && t[m - 1].IsWord("to") && TradeClauseWords.Any(t, clauses.StartOf(m), m - 1, TradeVocabulary.RaiseVerbs) && !ReachedAfterChange(t, m, clauses.StartOf(m))) return null;
        // "the task set by the leaders to reach bilateral trade of $30 billion by 2025": a figure to reach by a year is a goal too.
        if (ByYear(t, m + 1) && InfinitiveOfRaising(t, clauses.StartOf(m), m)) return null;
        var cue = LastCue(t, first, m, total: false);
        var backReach = 4;
        // "purchasing $20 billion in US exports": a one-way flow named right after the figure outranks a "trade partner" before it.
        if (cue < 0 && OneWayRightAfter(t, m, end) is var after and >= 0) (cue, backReach) = (after, after - first);
        // needBoth is false once a flow of the pair was read earlier in the sentence.
        if (cue < 0 && LastCue(t, first, m, total: true) is var totalCue and >= 0) return Total(t, totalCue, first, m, pair, pairFlowBefore: !needBoth);
        // "reached nearly $6 billion in trade turnover", "$59 billion of bilateral trade": the two-way flow named right after the figure.
        if (cue < 0 && TotalRightAfter(t, m, end) is var totalAfter and >= 0) return Total(t, totalAfter, first, m, pair, pairFlowBefore: !needBoth);
        // "Two-way trade hit $5 billion in 2023. In the first half of this year, it reached $3 billion."
        if (cue < 0 && totalJustStated && ItIsTheSubject(t, first, m)) return new Flow("total", pair.Codes, null, null, null);
        if (cue < 0)
        {
            // "Turkish goods worth $1.6 billion were imported into Azerbaijan".
            cue = FirstCue(t, m + 1, end);
            backReach = cue - first;
        }
        if (cue < 0 || TradeClauseWords.Has(t, first, Math.Max(m, cue), TradeTokenKind.Outsider)) return null;
        if (TradeClauseWords.SaysWorld(t, first, m)) return null;
        if (NamesOneProduct(t, cue, m)) return null;
        var parties = FlowPhraseReader.Read(t, cue, first, end, backReach, pair, subject, needBoth);
        if (parties is null && cue == m + 3) return BuyerOfNamedFlow(t, first, m, pair);
        return parties is null ? null : new Flow("export", pair.Codes, parties.From, parties.To, parties.Subject);
    }

    /// <summary>"by 2025", "by the end of 2030" at k.</summary>
    private static bool ByYear(List<TradeToken> t, int k) =>
        k + 1 < t.Count && t[k].IsWord("by")
        && (IsYear(t[k + 1]) || k + 4 < t.Count && t[k + 1].IsWord("the") && t[k + 2].IsWord("end") && t[k + 3].IsWord("of") && IsYear(t[k + 4]));

    private static bool IsYear(TradeToken token) =>
        token.Kind == TradeTokenKind.Word && token.Lower.Length == 4 && token.Lower.All(char.IsAsciiDigit) && token.Lower[0] is '1' or '2';

    /// <summary>"to reach", "to raise", "to bring" between from and to: an infinitive aiming at a figure.</summary>
    private static bool InfinitiveOfRaising(List<TradeToken> t, int from, int to)
    {
        for (var i = Math.Max(0, from); i + 1 < to; i++)
            if (t[i].IsWord("to") && t[i + 1].Kind == TradeTokenKind.Word && TradeVocabulary.RaiseVerbs.Contains(t[i + 1].Lower)) return true;
        return false;
    }

    // "rose by 20 per cent in 2020 to reach $2 billion": "to reach" after a change already past is where it got, not a goal.
    private static bool ReachedAfterChange(List<TradeToken> t, int m, int clauseStart)
    {
        if (m < 3 || !t[m - 3].IsWord("to") || t[m - 2].Lower is not ("reach" or "hit" or "stand" or "touch")) return false;
        if (TradeClauseWords.Any(t, clauseStart, m, TradeVocabulary.IntentWords)) return false;
        for (var i = clauseStart; i < m - 3; i++)
            if (t[i].Kind == TradeTokenKind.Word && PastChanges.Contains(t[i].Lower)) return true;
        return false;
    }

    private static readonly HashSet<string> PastChanges =
        ["rose", "grew", "increased", "jumped", "climbed", "surged", "soared", "expanded", "fell", "dropped", "declined", "decreased", "doubled"];

    // Two-way trade: both countries named, a word saying it is bilateral, or no country at all (the article's pair).
    private static Flow? Total(List<TradeToken> t, int cue, int first, int m, CountryPair pair, bool pairFlowBefore)
    {
        if (TradeClauseWords.Has(t, first, m, TradeTokenKind.Outsider)) return null;
        // "total trade between A and B", "in 2024 as a whole, trade between the two countries": the pair is said outright, so "total" is theirs.
        // So it is after the pair's own flows in the sentence: "A's exports to B were $7 million, … and the total trade came to $9 million".
        if (TradeClauseWords.SaysWorld(t, first, m) && !NamesPairOutright(t, first, m, pair) && !pairFlowBefore) return null;
        var named = new HashSet<string>();
        var saysBilateral = TradeClauseWords.Any(t, first, m, TradeVocabulary.BilateralWords);
        for (var i = first; i < m; i++)
        {
            if (t[i].Kind == TradeTokenKind.Country) named.Add(t[i].Code ?? "?");
            if (t[i].IsWord("its")) return null;
            if (t[i].IsWord("with") && WithAGroup(t, i, m)) return null;
            if (t[i].IsWord("with") || t[i].IsWord("two") || t[i].IsWord("their")) saysBilateral = true;
        }
        if (named.Count == 1 && !saysBilateral) return null;
        return cue >= 0 ? new Flow("total", pair.Codes, null, null, null) : null;
    }

    private static readonly HashSet<string> GroupNouns = ["countries", "nations", "states", "economies", "partners", "neighbours", "neighbors", "members"];

    // "India's trade with Nordic countries", "trade with African nations": the other side is a group of countries, not the
    // pair's other country; "with the two countries" and "with both nations" are the pair.
    private static bool WithAGroup(List<TradeToken> t, int with, int m)
    {
        for (var i = with + 1; i < m && i <= with + 3; i++)
        {
            if (t[i].Kind != TradeTokenKind.Word || t[i].Lower is "two" or "both") return false;
            if (GroupNouns.Contains(t[i].Lower)) return true;
        }
        return false;
    }

    // "a record high of", "a figure of": the level a flow named earlier in the clause came to.
    private static bool IsLevel(List<TradeToken> t, int i) =>
        t[i].Kind == TradeTokenKind.Word && TradeVocabulary.LevelNouns.Contains(t[i].Lower) && i > 0 && t[i - 1].Kind == TradeTokenKind.Word &&
        t[i - 1].Lower is "record" or "a" or "new" or "all-time" or "the" or "historic" or "historical";

    // "it reached", "it has already reached", "the figure hit": "it" (or a noun of the figure itself) with no country,
    // third party or other noun phrase before the figure.
    private static bool ItIsTheSubject(List<TradeToken> t, int first, int m)
    {
        var sawIt = false;
        for (var i = first; i < m; i++)
        {
            if (t[i].Kind is TradeTokenKind.Country or TradeTokenKind.Outsider or TradeTokenKind.Money) return false;
            if (t[i].IsWord("it")) sawIt = true;
            else if (!sawIt && i > first && t[i].Lower is "figure" or "number" && t[i - 1].Lower is "the" or "this" or "that") sawIt = true;
            else if (sawIt && t[i].Kind == TradeTokenKind.Word && !FigureVerbs.Contains(t[i].Lower)) return false;
        }
        return sawIt;
    }

    private static readonly HashSet<string> FigureVerbs =
        ["reached", "stood", "at", "was", "totalled", "totaled", "amounted", "to", "hit", "has", "had", "already", "exceeded", "topped", "rose", "grew", "came"];

    // "reached $72 million in 2023, and $28 million in the first quarter of 2024": a second figure of the same flow, its verb left out.
    private static bool IsElidedRepeat(List<TradeToken> t, int first, int m)
    {
        if (m - 1 < first || !(t[m - 1].IsWord("and") || (t[m - 1].IsPunct(",") && m - 2 >= first && t[m - 2].IsWord("and")))) return false;
        return m - first <= 6 && !TradeClauseWords.Has(t, first, m, TradeTokenKind.Country) && !TradeClauseWords.Has(t, first, m, TradeTokenKind.Outsider);
    }

    // "between Malaysia and Türkiye", "between the two countries", "Malaysia-Türkiye trade".
    private static bool NamesPairOutright(List<TradeToken> t, int first, int m, CountryPair pair)
    {
        var named = new HashSet<string>();
        for (var i = first; i < m; i++)
        {
            if (t[i].Kind == TradeTokenKind.Country && t[i].Code is { } code && pair.Contains(code)) named.Add(code);
            // "between the two countries", "between the countries", "between both nations".
            if (t[i].IsWord("between") && i + 2 < m && t[i + 1].Lower is "the" or "both")
            {
                var head = t[i + 2].IsWord("two") && i + 3 < m ? t[i + 3] : t[i + 2];
                if (head.Lower is "countries" or "nations" or "sides" or "states" or "economies") return true;
            }
        }
        return named.Count == 2;
    }

    // "rice exports", "exports of coffee", "$15 million worth of rice": the value of one product, not of the flow.
    private static bool NamesOneProduct(List<TradeToken> t, int cue, int m)
    {
        var isNoun = t[cue].Lower is not ("exported" or "imported" or "sold" or "shipped" or "supplied");
        // "exported tea worth $5 million": a verb's object before the figure names the product.
        if (!isNoun && cue < m)
        {
            for (var i = cue + 1; i < m; i++)
                if (t[i].Kind == TradeTokenKind.Word && !TradeVocabulary.GenericGoods.Contains(t[i].Lower) && t[i].Lower is not ("worth" or "a" or "total" or "some" or "of"))
                    return true;
        }
        if (isNoun && cue > 0 && t[cue - 1] is { Kind: TradeTokenKind.Word, Capitalised: false } before && !TradeVocabulary.WholeFlowLeaders.Contains(before.Lower))
            return true;
        if (cue + 2 < t.Count && t[cue + 1].IsWord("of") && t[cue + 2].Kind == TradeTokenKind.Word && !TradeVocabulary.GenericGoods.Contains(t[cue + 2].Lower))
            return true;
        return m + 3 < t.Count && t[m + 1].IsWord("worth") && t[m + 2].IsWord("of") && t[m + 3].Kind == TradeTokenKind.Word &&
            !TradeVocabulary.GenericGoods.Contains(t[m + 3].Lower);
    }

    private static int LastCue(List<TradeToken> t, int first, int end, bool total)
    {
        for (var i = end - 1; i >= first; i--)
            if (IsCue(t, i, total)) return i;
        return -1;
    }

    // "Ghana, buying $2 million in Kenyan exports": the country of the flow named after the figure is one side, the
    // other country named before the figure the other.
    private static Flow? BuyerOfNamedFlow(List<TradeToken> t, int first, int m, CountryPair pair)
    {
        if (t[m + 2].Code is not { } named || !pair.Contains(named)) return null;
        var other = pair.Other(named);
        var otherNamed = false;
        for (var i = first; i < m; i++) otherNamed |= t[i].Kind == TradeTokenKind.Country && t[i].Code == other;
        if (!otherNamed) return null;
        return TradeVocabulary.ImportNouns.Contains(t[m + 3].Lower)
            ? new Flow("export", pair.Codes, other, named, null)
            : new Flow("export", pair.Codes, named, other, null);
    }

    // "$20 billion in US exports", "$3 million of Kenyan imports": the cue of "in/of <country> exports" after the figure, or -1.
    private static int OneWayRightAfter(List<TradeToken> t, int m, int end)
    {
        if (m + 3 >= end || !(t[m + 1].IsWord("in") || t[m + 1].IsWord("of")) || t[m + 2].Kind != TradeTokenKind.Country) return -1;
        return IsCue(t, m + 3, total: false) ? m + 3 : -1;
    }

    private static int TotalRightAfter(List<TradeToken> t, int m, int end)
    {
        if (m + 2 >= end || !(t[m + 1].IsWord("in") || t[m + 1].IsWord("of"))) return -1;
        var i = m + 2;
        if (t[i].Lower is "bilateral" or "two-way" or "mutual") i++;
        return i < end && IsCue(t, i, total: true) ? i : -1;
    }

    private static int FirstCue(List<TradeToken> t, int first, int end)
    {
        for (var i = first; i < end; i++)
            if (IsCue(t, i, total: false)) return i;
        return -1;
    }

    private static bool IsCue(List<TradeToken> t, int i, bool total)
    {
        if (t[i].Kind != TradeTokenKind.Word) return false;
        // "the commercial exchange between the two countries", "bilateral exchanges reached", "the goods exchange".
        if (total && t[i].Lower is "exchange" or "exchanges" or "interchange" && i > 0 && t[i - 1].Lower is "commercial" or "trade" or "goods" or "merchandise" or "bilateral")
            return true;
        var words = total ? TradeVocabulary.TotalNouns : null;
        var isCue = words?.Contains(t[i].Lower) ?? (TradeVocabulary.ExportNouns.Contains(t[i].Lower) || TradeVocabulary.ImportNouns.Contains(t[i].Lower));
        if (!isCue) return false;
        if (i + 1 < t.Count && t[i + 1].Kind == TradeTokenKind.Word && TradeVocabulary.NotFlowFollowers.Contains(t[i + 1].Lower)) return false;
        return i == 0 || !TradeVocabulary.NotFlowLeaders.Contains(t[i - 1].Lower);
    }

    private static Change? ChangeIn(List<TradeToken> t, int first, int end)
    {
        for (var i = first; i < end; i++)
            if (t[i].Kind == TradeTokenKind.Change && t[i].Change is { } change && (change.Factor is not null || change.Percent != 0)) return change;
        return null;
    }
}
