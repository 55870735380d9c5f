using Entente.Core.Domain;
using Entente.Core.Extraction.Sentences;
using Entente.Core.Text;

namespace Entente.Core.Extraction.Trade;

/// <summary>
/// Goods one country of the pair sends the other, in three shapes: a trading verb ("Vietnam exports
/// A, B and C to Belarus while importing D from the country", "Germany sells Poland mainly cars"),
/// a flow with its goods ("Ethiopia's exports to China, mainly A and B, …", "… consist chiefly of …")
/// and goods leading a flow ("A and B made up the bulk of Brazilian shipments to China"; "… flow the
/// other way").
/// </summary>
public sealed class TradeGoodsExtractor : IFactExtractor
{
    private const int BackReach = 4;

    public IEnumerable<Fact> Extract(ArticleContext context)
    {
        if (context.Pair is not { } pair) yield break;
        var seen = new HashSet<(string, string, string)>();
        foreach (var sentence in context.Sentences)
        {
            var t = TradeLayer.Of(context, sentence, pair);
            foreach (var (from, to, goods) in new SentenceReader(t, pair).Read())
            {
                var fresh = goods.Where(g => seen.Add((from, to, g))).ToArray();
                if (fresh.Length > 0) yield return new TradeGoods(from, to, fresh) { Evidence = context.Evidence(sentence) };
            }
        }
    }

    /// <summary>Reads one sentence left to right, remembering its last subject and direction.</summary>
    private sealed class SentenceReader(List<TradeToken> t, CountryPair pair)
    {
        private static readonly HashSet<string> ExportVerbs =
            [
                "exports", "export", "sells", "sell", "ships", "ship", "supplies", "supply", "sends", "send", "exported", "sold", "shipped",
                "supplied", "selling", "exporting", "supplying", "provides", "provide", "provided", "providing",
            ];

        private static readonly HashSet<string> ImportVerbs =
            ["imports", "import", "buys", "buy", "purchases", "purchase", "importing", "buying", "imported", "bought", "purchased"];

        private static readonly HashSet<string> Adverbs =
            ["mainly", "chiefly", "mostly", "largely", "primarily", "principally", "also", "now", "still", "usually", "traditionally"];

        private static readonly HashSet<string> Traders =
        [
            "suppliers", "companies", "firms", "producers", "exporters", "manufacturers", "businesses", "enterprises",
            "farmers", "traders", "importers", "buyers", "consumers",
        ];

        private static readonly HashSet<string> FlowNouns =
            ["exports", "shipments", "sales", "supplies", "deliveries", "imports", "purchases", "goods", "products"];

        private static readonly HashSet<string> LeadVerbs =
            ["made", "make", "makes", "dominate", "dominates", "dominated", "lead", "leads", "led", "account", "accounts", "accounted", "top", "tops", "topped", "head", "heads", "headed"];

        private readonly Clauses _clauses = TradeClauseWords.ClausesOf(t);
        private string? _subject;
        private (string From, string To)? _last;

        public IEnumerable<(string From, string To, List<string> Goods)> Read()
        {
            for (var i = 0; i < t.Count; i++)
            {
                var found = ByVerb(i) ?? ByFlowNoun(i) ?? ByFlowOf(i) ?? LeadingList(i) ?? ByAgentNoun(i);
                if (found is not { } f) continue;
                _last = (f.From, f.To);
                i = Math.Max(i, f.End - 1);
                if (f.Goods.Count > 0) yield return (f.From, f.To, f.Goods);
            }
        }

        private sealed record Found(string From, string To, List<string> Goods, int End);

        // "Vietnam exports A, B to Belarus", "while import D from the country", "Germany sells Poland mainly cars".
        private Found? ByVerb(int v)
        {
            if (t[v].Kind != TradeTokenKind.Word) return null;
            var isImport = ImportVerbs.Contains(t[v].Lower);
            if (!isImport && !ExportVerbs.Contains(t[v].Lower)) return null;
            var subjectIsAnaphor = SubjectIsAnaphor(v);
            var subject = subjectIsAnaphor ? "" : SubjectOf(v);
            // "…, and imported $2 billion, mostly Z": a figure's goods after "and" go on with the sentence's subject.
            if (subject is null && v > 0 && t[v - 1].IsWord("and") && _subject is not null && AfterFigure(SkipAdverbs(v + 1)) >= 0)
                subject = _subject;
            if (subject is null) return null;
            var k = SkipAdverbs(v + 1);
            TradeToken? counterpart = null;
            if (k < t.Count && t[k].Kind == TradeTokenKind.Country && !isImport)
            {
                counterpart = t[k];
                k = SkipAdverbs(k + 1);
                // "China supplies Ethiopia with machinery".
                if (k < t.Count && t[k].IsWord("with")) k = SkipAdverbs(k + 1);
            }
            // "India exports to the Kingdom tea, rice and jewellery": the buyer before the goods; the list must end the clause.
            var goodsAfterBuyer = false;
            if (counterpart is null && !isImport && CounterpartAt(k) is var (buyer, afterBuyer) && afterBuyer < t.Count
                && t[SkipAdverbs(afterBuyer)].Kind == TradeTokenKind.Word && !GoodsMarkers.IsChangeOrFigureWord(t[SkipAdverbs(afterBuyer)].Lower))
            {
                if (buyer.Kind == TradeTokenKind.Outsider) return null;
                counterpart = buyer;
                k = SkipAdverbs(afterBuyer);
                goodsAfterBuyer = true;
            }
            List<string> goods;
            int end;
            if (AfterFigure(k) is var afterFigure and >= 0)
            {
                // "plans to export $1 billion to B, mainly …": a wish, not a flow.
                if (v > 0 && t[v - 1].IsWord("to")) return null;
                // "A exported about $1 billion to B, mainly X and Y": the goods follow the figure and a marker.
                end = afterFigure;
                if (CounterpartAt(end) is var (after, next))
                {
                    if (after.Kind == TradeTokenKind.Outsider) return null;
                    counterpart ??= after;
                    end = SkipYear(next);
                }
                // "…, mainly X", "… -- mainly X": a comma or a dash sets the goods off.
                while (end < t.Count && GoodsMarkers.IsDash(t[end]) && end + 1 < t.Count && GoodsMarkers.IsDash(t[end + 1])) end++;
                if (!(end < t.Count && (t[end].IsPunct(",") || GoodsMarkers.IsDash(t[end]))) || GoodsMarkers.ListStartAfter(t, end + 1, Math.Min(t.Count, end + 3)) is not (var listStart and >= 0))
                    return null;
                (goods, end) = GoodsListReader.Read(t, listStart, t.Count);
            }
            else
            {
                if (k >= t.Count || t[k].Kind != TradeTokenKind.Word || t[k].Lower is "to" or "from" or "into" || TradeVocabulary.NotFlowFollowers.Contains(t[k].Lower))
                    return null;
                (goods, end) = GoodsListReader.Read(t, k, t.Count);
                // "supplying gas to countries of the region": goods sent to someone other than a country.
                if (goods.Count > 0 && end + 1 < t.Count && t[end].IsWord("to") && (t[end + 1].IsWord("the") ? end + 2 : end + 1) is var to
                    && to < t.Count && t[to].Kind == TradeTokenKind.Word && !t[to].IsAnaphor) return null;
                if (CounterpartAt(end) is var (after, next))
                {
                    // "exports rice to China" in an article about another pair: a third country's goods.
                    if (after.Kind == TradeTokenKind.Outsider) return null;
                    counterpart ??= after;
                    end = next;
                }
                if (goods.Count == 0 && GoodsMarkers.ListStartAfter(t, end, Math.Min(t.Count, end + 2)) is var start and >= 0)
                    (goods, end) = GoodsListReader.Read(t, start, t.Count);
                if (goodsAfterBuyer && !EndsClause(end)) return null;
            }
            if (subjectIsAnaphor)
            {
                // "A's exports to B are X, while the country imported Y": "the country" after "while" goes on with the subject.
                subject = counterpart is null && _subject is not null && CoordinatedAnaphor(v) ? _subject : AnaphorSubject(counterpart);
                if (subject is null) return null;
                if (counterpart is { Code: null }) counterpart = null;
            }
            var other = counterpart is { Code: { } c } ? c : pair.Other(subject);
            if (other is null || other == subject || !pair.Contains(other)) return null;
            _subject = subject;
            return isImport ? new Found(other, subject, goods, end) : new Found(subject, other, goods, end);
        }

        // The list ends the sentence or its clause ("…, while …", "… and buys …").
        private bool EndsClause(int end) =>
            end >= t.Count || t[end].Kind == TradeTokenKind.Punct || t[end].Lower is "while" or "whereas" or "but" or "and";

        // "Ethiopia's exports to China, mainly A and B", "Korean goods sold in Vietnam are dominated by A".
        private Found? ByFlowNoun(int n)
        {
            if (t[n].Kind != TradeTokenKind.Word || !FlowNouns.Contains(t[n].Lower)) return null;
            var clauseStart = _clauses.StartOf(n);
            var clauseEnd = _clauses.EndOf(n);
            if (TradeClauseWords.Has(t, clauseStart, clauseEnd, TradeTokenKind.Outsider) || TradeClauseWords.SaysWorld(t, clauseStart, n)) return null;
            var parties = FlowPhraseReader.Read(t, n, clauseStart, clauseEnd, BackReach, pair, _subject, needBoth: false);
            if (parties is null) return null;
            // "exports to B, which were mainly X": the relative clause only describes the flow.
            var markerEnd = clauseEnd + 2 < t.Count && t[clauseEnd].IsPunct(",") && t[clauseEnd + 1].IsWord("which") && t[clauseEnd + 2].Lower is "are" or "were" or "is" or "was"
                ? _clauses.EndOf(clauseEnd + 1)
                : clauseEnd;
            var start = GoodsMarkers.ListStartAfter(t, n + 1, markerEnd);
            // "import more products that meet demand and strengthen cooperation in fields such as tourism": a marker past a
            // relative clause or a field noun lists something else.
            if (start >= 0 && MarkerDescribesOther(n + 1, start)) return null;
            // "the goal is to open markets for Somali products such as …": goods of a goal, not of a flow.
            if (TradeClauseWords.Any(t, clauseStart, n, GoalNouns)) return null;
            var copular = start < 0;
            if (copular) start = CopulaAfterFlow(n, clauseEnd);
            if (start < 0 || HasFlowNoun(n + 1, start)) return null;
            // The list may run past a colon, which opens a clause of its own.
            var (goods, end) = GoodsListReader.Read(t, start, t.Count);
            // "exports to Peru are expected to grow" is no list: after a bare "are" the goods must fill the clause.
            if (copular && !(end >= t.Count || t[end].Kind == TradeTokenKind.Punct || t[end - 1].IsPunct(","))) return null;
            _subject = parties.Subject;
            // "expand imports of Vietnamese fruit", "exports of Chilean wine": a demonym right after "of" names where the
            // goods come from, over a country read elsewhere in the clause; one outside the pair gives nothing.
            if (n + 2 < t.Count && t[n + 1].IsWord("of") && t[n + 2] is { Kind: TradeTokenKind.Country, IsDemonym: true, Code: { } origin } && origin != parties.From)
                return pair.Contains(origin) && pair.Other(origin) is { } buyer ? new Found(origin, buyer, goods, end) : null;
            return new Found(parties.From, parties.To, goods, end);
        }

        private static readonly HashSet<string> FlowOfNouns =
        [
            "exports", "export", "exportation", "supplies", "supply", "deliveries", "delivery", "shipments", "shipment", "sales",
            "imports", "import", "importation", "purchases",
        ];

        private static readonly HashSet<string> NotRunning =
        [
            "consider", "considers", "considered", "considering", "study", "studied", "studying", "explore", "explored", "exploring",
            "examine", "examined", "examining", "possibility", "possibilities", "prospects", "feasibility",
            "ban", "bans", "banned", "banning", "embargo", "halt", "halted", "halting", "suspend", "suspended", "suspension",
            "stop", "stopped", "stopping", "restrict", "restricted", "restriction", "restrictions", "curb", "curbs", "end", "ended",
        ];

        // "supplies of trucks and buses to Iran", "the import of fuel from Turkmenistan to Tajikistan": the goods right after
        // "of", the sides named by the prepositions that end the list ("to" the receiver, "from" the sender).
        private Found? ByFlowOf(int n)
        {
            if (t[n].Kind != TradeTokenKind.Word || !FlowOfNouns.Contains(t[n].Lower) || n + 2 >= t.Count || !t[n + 1].IsWord("of")) return null;
            var clauseStart = _clauses.StartOf(n);
            if (TradeClauseWords.Has(t, clauseStart, _clauses.EndOf(n), TradeTokenKind.Outsider) || TradeClauseWords.SaysWorld(t, clauseStart, n)) return null;
            // "agreed to consider the import of mangoes", "a ban on imports of beef": a flow weighed or halted, not one that runs.
            if (TradeClauseWords.Any(t, Math.Max(clauseStart, n - 3), n, NotRunning)) return null;
            var listStart = n + 2;
            string? origin = null;
            // "imports of Vietnamese fruit to Indonesia": the demonym names the sender.
            if (t[listStart] is { Kind: TradeTokenKind.Country, IsDemonym: true, Code: { } demonym })
            {
                if (!pair.Contains(demonym)) return null;
                origin = demonym;
                listStart++;
            }
            var (goods, end) = GoodsListReader.Read(t, listStart, t.Count);
            if (goods.Count == 0) return null;
            string? from = origin, to = null;
            for (var side = 0; side < 2 && CounterpartAt(end) is var (country, next); side++)
            {
                if (country.Code is not { } code || !pair.Contains(code)) return null;
                if (t[end].IsWord("from")) from ??= code;
                else to ??= code;
                end = next;
            }
            // "exports of copper from Chile" may go anywhere: the side the noun leaves open must be named.
            var isImport = t[n].Lower is "imports" or "import" or "importation" or "purchases";
            if (isImport ? from is null : to is null) return null;
            if (from is null) from = pair.Other(to!);
            else to ??= pair.Other(from);
            if (from is null || to is null || from == to) return null;
            return new Found(from, to, goods, end);
        }

        // "A, B and C made up the bulk of Brazilian shipments to China"; "D and E flow the other way".
        private Found? LeadingList(int i)
        {
            if (_clauses.StartOf(i) != i && !(i > 0 && t[i - 1].IsPunct(";"))) return null;
            var (goods, end) = GoodsListReader.Read(t, i, _clauses.EndOf(i));
            if (goods.Count == 0 || end >= t.Count) return null;
            if (t[end].Lower is "flow" or "flows" or "go" or "goes" or "move" or "moves" && end + 3 < t.Count &&
                t[end + 2].IsWord("other") && t[end + 3].IsWord("way") && _last is { } last)
                return new Found(last.To, last.From, goods, end + 4);
            // "X and Y are mainly exported from A to B": a passive trading verb after the list names the sides.
            if (t[end].Lower is "are" or "is" or "were" or "was" && SkipAdverbs(end + 1) is var verb && verb < t.Count && PassiveVerbs.Contains(t[verb].Lower))
            {
                if (TradeClauseWords.Has(t, verb, _clauses.EndOf(verb), TradeTokenKind.Outsider)) return null;
                var sides = FlowPhraseReader.Read(t, verb, verb, _clauses.EndOf(verb), 0, pair, null, needBoth: false);
                return sides is null ? null : new Found(sides.From, sides.To, goods, verb + 1);
            }
            if (!LeadVerbs.Contains(t[end].Lower)) return null;
            var clauseEnd = _clauses.EndOf(end);
            for (var n = end + 1; n < clauseEnd && n <= end + 6; n++)
            {
                if (t[n].Kind != TradeTokenKind.Word || !FlowNouns.Contains(t[n].Lower)) continue;
                var parties = FlowPhraseReader.Read(t, n, end + 1, clauseEnd, BackReach, pair, null, needBoth: false);
                if (parties is null) return null;
                return new Found(parties.From, parties.To, goods, n + 1);
            }
            return null;
        }

        private static readonly HashSet<string> PassiveVerbs = ["exported", "shipped", "sold", "supplied", "imported"];

        private static readonly HashSet<string> SellerNouns = ["supplier", "suppliers", "provider", "providers", "exporter", "exporters"];

        private static readonly HashSet<string> BuyerNouns = ["importer", "importers", "buyer", "buyers", "purchaser", "purchasers"];

        // "Azerbaijan ranks among the top suppliers of X to Russia": a ranking verb links the subject like a copula.
        private static readonly HashSet<string> Copulas =
            ["is", "was", "remains", "remained", "became", "become", "are", "were", "ranks", "ranked", "ranking"];

        // "Jordan is a dependable supplier of fertilizers and phosphates"; "Pakistan is one of the largest importers of Indonesian palm oil".
        // The subject before the copula trades with the pair's other side. A seller needs "a …" (not a world ranking such as
        // "the largest exporter of oil") or the other side named after the goods; a buyer needs the other side's demonym or name.
        private Found? ByAgentNoun(int n)
        {
            var isSeller = SellerNouns.Contains(t[n].Lower);
            if (t[n].Kind != TradeTokenKind.Word || (!isSeller && !BuyerNouns.Contains(t[n].Lower)) || n + 2 >= t.Count || !t[n + 1].IsWord("of")) return null;
            var clauseStart = _clauses.StartOf(n);
            var clauseEnd = _clauses.EndOf(n);
            if (TradeClauseWords.Has(t, clauseStart, clauseEnd, TradeTokenKind.Outsider) || TradeClauseWords.SaysWorld(t, clauseStart, clauseEnd)
                || TradeClauseWords.SaysHypothetical(t, clauseStart, clauseEnd)) return null;
            var copula = -1;
            var indefinite = false;
            for (var j = n - 1; j >= clauseStart && j >= n - 7; j--)
            {
                if (t[j].Kind != TradeTokenKind.Word) return null;
                if (t[j].Lower is "a" or "an") indefinite = true;
                if (Copulas.Contains(t[j].Lower)) { copula = j; break; }
            }
            // "has become", "has remained".
            if (copula >= 2 && t[copula - 1].Lower is "has" or "have" or "had") copula--;
            if (copula < 1 || t[copula - 1] is not { Kind: TradeTokenKind.Country, IsDemonym: false, Code: { } subject } || !pair.Contains(subject)) return null;
            var listStart = n + 2;
            string? origin = null;
            if (t[listStart] is { Kind: TradeTokenKind.Country, IsDemonym: true, Code: { } demonym })
            {
                if (!pair.Contains(demonym) || demonym == subject) return null;
                origin = demonym;
                listStart++;
            }
            var (goods, end) = GoodsListReader.Read(t, listStart, clauseEnd);
            var named = CounterpartAt(end) is ({ Code: { } partner }, _) && partner != subject && pair.Contains(partner)
                || (end + 1 < t.Count && t[end].IsWord("for") && t[end + 1] is { Code: { } client } && client != subject && pair.Contains(client));
            if (!(isSeller ? indefinite || named : origin is not null || named)) return null;
            var other = pair.Other(subject);
            if (other is null) return null;
            return isSeller ? new Found(subject, other, goods, end) : new Found(other, subject, goods, end);
        }

        /// <summary>"while the country imported", "whereas it buys": an anaphor opening a clause joined to the sentence's first.</summary>
        private bool CoordinatedAnaphor(int v)
        {
            var j = v - 1;
            while (j >= 0 && t[j].Kind == TradeTokenKind.Word && Adverbs.Contains(t[j].Lower)) j--;
            if (j < 0 || !t[j].IsAnaphor) return false;
            var before = j - 1;
            if (before >= 0 && t[before].IsWord("the")) before--;
            return before >= 0 && t[before].Lower is "while" or "whereas" or "but";
        }

        // "while the country imports …", "the Southeast Asian country buys …": an anaphor as the verb's subject.
        private bool SubjectIsAnaphor(int v)
        {
            var j = BeforeVerb(v);
            return j >= 0 && t[j].IsAnaphor;
        }

        private static readonly HashSet<string> Modals = ["will", "can", "shall"];

        private static readonly HashSet<string> Enabled = ["able", "enabled", "allowed", "permitted"];

        // The token before a trading verb, past adverbs, "will"/"can" and "is able to" ("Mongolia is now enabled to supply …").
        // A wish ("wants to sell") is not skipped and so has no subject.
        private int BeforeVerb(int v)
        {
            var j = SkipBackAdverbs(v - 1);
            if (j >= 0 && t[j].Kind == TradeTokenKind.Word && Modals.Contains(t[j].Lower)) return SkipBackAdverbs(j - 1);
            if (j >= 2 && t[j].IsWord("to") && Enabled.Contains(t[j - 1].Lower))
            {
                var be = SkipBackAdverbs(j - 2);
                if (be >= 1 && t[be].Lower is "is" or "are" or "was" or "were" or "be") return SkipBackAdverbs(be - 1);
            }
            return j;
        }

        private int SkipBackAdverbs(int j)
        {
            while (j >= 0 && t[j].Kind == TradeTokenKind.Word && Adverbs.Contains(t[j].Lower)) j--;
            return j;
        }

        // A subject anaphor is the side other than a named counterpart ("… buys steel from China"); facing another
        // anaphor ("the country imports … from the republic") it goes on with the sentence's subject; alone, it is
        // the other side of that subject ("Vietnam sells rice, and the country buys …" is rare; "the neighbour sells …" is not).
        private string? AnaphorSubject(TradeToken? counterpart) => counterpart switch
        {
            { Code: { } code } => pair.Other(code),
            { Code: null } => _subject,
            null => _subject is null ? null : pair.Other(_subject),
        };

        // The country doing the verb: right before it (past adverbs), before ", which", or the sentence's subject after "while"/"and".
        private string? SubjectOf(int v)
        {
            var j = BeforeVerb(v);
            if (j < 0) return null;
            // "Polish suppliers send …": a demonym and the people who trade.
            if (t[j].Kind == TradeTokenKind.Word && Traders.Contains(t[j].Lower) && j > 0 && t[j - 1] is { Kind: TradeTokenKind.Country, Code: { } trader })
                return trader;
            // "Brazilian export credit": a demonym is no subject on its own.
            if (t[j].Kind == TradeTokenKind.Country && !t[j].IsDemonym) return t[j].Code ?? (_subject is null ? null : pair.Other(_subject));
            if (t[j].IsWord("which") && j >= 2 && t[j - 1].IsPunct(",") && t[j - 2] is { Kind: TradeTokenKind.Country, Code: { } code })
                return code;
            // "Kazakhstan, in turn, exports …": a short aside between the subject and its verb.
            if (t[j].IsPunct(",") && SubjectBeforeAside(j) is { } beforeAside) return beforeAside;
            if (t[j].Lower is "while" or "and" or "whereas" or "but" && _subject is not null && t[v].Lower is not ("exported" or "sold" or "shipped" or "supplied" or "imported" or "bought" or "purchased"))
                return _subject;
            return null;
        }

        private string? SubjectBeforeAside(int comma)
        {
            for (var k = comma - 1; k >= 1 && k >= comma - 4; k--)
            {
                if (t[k].Kind != TradeTokenKind.Word) return t[k].IsPunct(",") && t[k - 1] is { Kind: TradeTokenKind.Country, IsDemonym: false, Code: { } code } ? code : null;
            }
            return null;
        }

        private static readonly HashSet<string> Approximators =
            ["about", "around", "nearly", "almost", "over", "some", "roughly", "approximately", "more", "less", "than", "up", "to", "an", "estimated"];

        // "about $1 billion", "$2 billion worth of goods", "$3 million in goods": the index after a traded figure, or -1.
        private int AfterFigure(int k)
        {
            var j = k;
            while (j < t.Count && j < k + 3 && t[j].Kind == TradeTokenKind.Word && Approximators.Contains(t[j].Lower)) j++;
            if (j >= t.Count || t[j].Kind != TradeTokenKind.Money) return -1;
            j++;
            if (j < t.Count && t[j].IsWord("worth")) j++;
            if (j + 1 < t.Count && (t[j].IsWord("of") || t[j].IsWord("in")) && t[j + 1].Lower is "goods" or "products" or "merchandise" or "commodities") j += 2;
            return SkipYear(j);
        }

        // "in 2023", "last year": a period between a figure and its goods.
        private int SkipYear(int j)
        {
            if (j + 1 < t.Count && t[j].IsWord("in") && t[j + 1].Lower.Length == 4 && t[j + 1].Lower.All(char.IsAsciiDigit)) return j + 2;
            if (j + 1 < t.Count && t[j].IsWord("last") && t[j + 1].IsWord("year")) return j + 2;
            return j;
        }

        private int SkipAdverbs(int k)
        {
            while (k < t.Count && t[k].Kind == TradeTokenKind.Word && Adverbs.Contains(t[k].Lower)) k++;
            return k;
        }

        // "to Belarus", "from the country", "to China": the side named after a list, or a third party.
        private (TradeToken Country, int Next)? CounterpartAt(int k)
        {
            if (k >= t.Count || t[k].Lower is not ("to" or "from" or "into")) return null;
            var j = k + 1 < t.Count && t[k + 1].IsWord("the") ? k + 2 : k + 1;
            return j < t.Count && t[j].Kind is TradeTokenKind.Country or TradeTokenKind.Outsider ? (t[j], j + 1) : null;
        }

        // "Thailand's main exports to Peru are …": a copula right after the flow's named side opens its goods.
        private int CopulaAfterFlow(int n, int clauseEnd)
        {
            for (var i = n + 1; i < clauseEnd && i <= n + 6; i++)
                if (t[i].Lower is "are" or "were" && t[i].Kind == TradeTokenKind.Word && (t[i - 1].Kind == TradeTokenKind.Country || i == n + 1)) return i + 1;
            return -1;
        }

        private static readonly HashSet<string> GoalNouns = ["goal", "goals", "aim", "aims", "priority", "priorities", "objective", "objectives", "target", "targets"];

        // "exports to Togo, which were mainly …" still lists the flow's goods.
        private bool MarkerDescribesOther(int from, int to)
        {
            for (var i = from; i < to; i++)
            {
                if (t[i].Kind != TradeTokenKind.Word) continue;
                if (t[i].Lower is "that" or "which" or "who" && !(i + 1 < t.Count && t[i + 1].Lower is "are" or "were" or "is" or "was")) return true;
                if (t[i].Lower is "fields" or "field" or "sectors" or "areas" or "spheres" or "domains") return true;
            }
            return false;
        }

        // "exports to B beyond current products such as X": a bare "goods"/"products" heading "such as" is the flow's own list.
        private bool HasFlowNoun(int from, int to)
        {
            for (var i = from; i < to; i++)
                if (t[i].Kind == TradeTokenKind.Word && FlowNouns.Contains(t[i].Lower)
                    && !(t[i].Lower is "goods" or "products" && i + 3 == to && t[i + 1].IsWord("such") && t[i + 2].IsWord("as"))) return true;
            return false;
        }
    }
}
