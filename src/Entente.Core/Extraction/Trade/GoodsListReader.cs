namespace Entente.Core.Extraction.Trade;

/// <summary>
/// Reads a list of goods starting at a token: comma-separated items of at most four lower-case
/// words, ending at a verb, a preposition, a clause opener or anything recognised (a country, a
/// figure). "a range of products" and other generic items are no goods.
/// </summary>
internal static class GoodsListReader
{
    private const int MaxItemWords = 4;

    private static readonly HashSet<string> Stops =
    [
        "to", "from", "into", "in", "for", "with", "while", "whereas", "which", "who", "that", "were", "was", "are", "is",
        "be", "been", "has", "have", "had", "made", "make", "makes", "dominate", "dominates", "dominated", "lead", "leads",
        "led", "flow", "flows", "go", "goes", "all", "account", "accounts", "accounted", "amounted", "amount", "totalled",
        "totaled", "stood", "rose", "fell", "grew", "worth", "valued", "according", "among", "at", "on", "by", "feature",
        "features", "than", "but", "so", "its", "their", "last", "this", "per", "cent", "percent", "top", "topped", "head",
        "headed", "came", "reached", "remain", "remained", "via", "stands", "stand", "reach", "reaches", "totals", "exceeds",
        "exceeded", "surpassed", "ranking", "ranked", "ranks", "representing", "accounting", "making", "reaching", "totalling", "totaling",
        "through", "under", "across", "each", "every", "year", "annually", "both", "sides", "countries", "not", "it",
        "westwards", "eastwards", "northwards", "southwards", "westward", "eastward", "abroad", "overseas", "there", "here",
        // Verbs of change: "exports to Peru increased", "X doubled".
        "increased", "decreased", "declined", "dropped", "jumped", "surged", "soared", "climbed", "expanded", "doubled",
        "tripled", "slipped", "plunged", "shrank", "rising", "growing", "increasing", "falling", "declining", "hit", "saw",
        "recorded", "registered", "posted", "will", "would", "could", "can", "should", "may", "might", "must",
    ];

    private static readonly HashSet<string> TradingVerbs =
        ["buys", "imports", "purchases", "sells", "ships", "exports", "sends", "buying", "importing", "selling", "exporting", "shipping", "imported", "exported", "sold", "bought", "shipped", "purchased"];

    private static readonly HashSet<string> Fillers =
    [
        "and", "or", "mainly", "chiefly", "mostly", "largely", "primarily", "principally", "predominantly", "especially",
        "notably", "including", "such", "as", "also", "other", "various", "a", "an", "the", "some", "more", "small", "large",
        "quantities", "amounts", "range", "variety", "number", "lot", "kinds", "types", "of", "namely", "like", "particularly",
        "almost", "entirely", "well",
    ];

    // What countries send each other that is not merchandise: "sends experts", "supplies loans".
    private static readonly HashSet<string> NotGoods =
    [
        "experts", "expert", "delegation", "delegations", "workers", "students", "troops", "teachers", "doctors",
        "volunteers", "officials", "ministers", "message", "messages", "letter", "letters", "congratulations",
        "condolences", "aid", "invitation", "team", "teams", "peacekeepers", "specialists", "representatives", "envoy",
        "envoys", "loans", "loan", "credit", "credits", "assistance", "support", "training", "scholarships", "tourists",
        "signals", "greetings", "observers", "staff", "personnel", "mission", "missions", "money", "funds", "capital",
        // What a country "provides" that is no merchandise.
        "opportunity", "opportunities", "information", "platform", "services", "service", "security", "guarantees",
        "guarantee", "access", "help", "protection", "framework", "basis", "conditions", "incentives", "benefits", "jobs",
        "employment", "education", "expertise", "advice", "guidance", "solutions", "insight", "insights", "details",
        "facilities", "space", "shelter", "refuge", "care", "treatment", "relief", "backing", "cover", "coverage",
        "momentum", "impetus", "options", "examples", "evidence", "data", "feedback", "leadership", "know-how",
        "technology", "technologies", "opinions", "views", "answers", "hope", "visas", "grants", "grant", "financing",
        "investment", "investments",
    ];

    private static readonly HashSet<string> Generic =
        ["products", "goods", "commodities", "items", "things", "merchandise", "product", "exports", "imports", "others"];

    /// <summary>The goods of the list at token start (not past end), and the index just after the list.</summary>
    public static (List<string> Goods, int End) Read(IReadOnlyList<TradeToken> t, int start, int end)
    {
        var (goods, next) = ReadItems(t, start, end);
        ShareHeads(goods);
        return (goods, next);
    }

    private static (List<string> Goods, int End) ReadItems(IReadOnlyList<TradeToken> t, int start, int end)
    {
        var goods = new List<string>();
        var item = new List<TradeToken>();
        var i = start;
        for (; i < end; i++)
        {
            var token = t[i];
            if (token.IsPunct(","))
            {
                if (!TakeItem(item, goods, start)) return (goods, i);
                item.Clear();
                var opener = i + 1 < end && t[i + 1].Kind == TradeTokenKind.Word && t[i + 1].Lower != "and" &&
                    TradeVocabulary.ClauseOpeners.Contains(t[i + 1].Lower);
                if (opener) return (goods, i);
                continue;
            }
            // "food and crops as well as cement": "as well as" joins items like a comma.
            if (token.IsWord("as") && i + 2 < end && t[i + 1].IsWord("well") && t[i + 2].IsWord("as"))
            {
                if (item.Count > 0 && !TakeItem(item, goods, start)) return (goods, i);
                item.Clear();
                i += 2;
                continue;
            }
            // "palm oil and its fractions", "cocoa and its products": one good with what is made of it.
            if (token.IsWord("its") && item.Count > 0 && item[^1].IsWord("and") && i + 1 < end && t[i + 1].Kind == TradeTokenKind.Word && !Stops.Contains(t[i + 1].Lower))
            {
                item.Add(token);
                continue;
            }
            if (token.Kind != TradeTokenKind.Word || Stops.Contains(token.Lower)) break;
            // "… trucks and wheat, and buys coffee": a second trading verb of the subject ends the list.
            if (TradingVerbs.Contains(token.Lower) && i > start && t[i - 1].IsWord("and"))
            {
                item.RemoveAt(item.Count - 1);
                break;
            }
            // "agricultural products such as cashew nuts": the examples are the goods, not their heading; in "aluminium and
            // foodstuff like citrus" the heading is the last of two items, and the one before it stays a good.
            if (item.Count > 0 && IsExampleMarker(t, i, end))
            {
                var and = item.FindLastIndex(w => w.IsWord("and"));
                if (and > 0 && and < item.Count - 1 && !TakeItem(item.GetRange(0, and), goods, start)) return (goods, i);
                item.Clear();
                if (token.IsWord("such")) i++;
                continue;
            }
            item.Add(token);
        }
        TakeItem(item, goods, start);
        return (goods, i);
    }

    private static readonly string[] LoneAdjectiveEndings = ["ical", "ial", "ural", "ic"];

    // "mechanical, electrical and engineering equipment": a lone adjective before a coordinated item takes its head noun.
    private static void ShareHeads(List<string> goods)
    {
        for (var k = goods.Count - 2; k >= 0; k--)
        {
            var next = goods[k + 1];
            var space = next.LastIndexOf(' ');
            if (goods[k].Contains(' ') || space < 0 || !LoneAdjectiveEndings.Any(e => goods[k].EndsWith(e, StringComparison.Ordinal))
                || !GoodsCoordination.IsAdjective(next[..next.IndexOf(' ')])) continue;
            goods[k] += next[space..];
        }
    }

    private static bool IsExampleMarker(IReadOnlyList<TradeToken> t, int i, int end) =>
        t[i].Lower is "including" or "like" or "notably" or "especially" or "particularly" ||
        (t[i].IsWord("such") && i + 1 < end && t[i + 1].IsWord("as"));

    private static bool TakeItem(List<TradeToken> item, List<string> goods, int listStart)
    {
        var words = item.SkipWhile(w => Fillers.Contains(w.Lower)).ToList();
        if (words.Count == 0) return goods.Count > 0 || item.Count > 0;
        if (words.Count(w => w.Lower is not ("and" or "or")) > MaxItemWords + 1) return false;
        foreach (var w in words)
        {
            // "credit line of": a good has no "of" once its filler ("quantities of") is gone.
            if (w.Lower.Any(char.IsDigit) || w.Lower == "of") return false;
            if (w.Capitalised && !(goods.Count == 0 && ReferenceEquals(w, item[0]) && IsListStart(listStart))) return false;
        }
        if (words.Any(w => NotGoods.Contains(w.Lower))) return false;
        // "provides these resources": a demonstrative points back, it names no good.
        if (words[0].Lower is "these" or "those" or "this" or "that" or "such") return false;
        // "called the talks historic": a determiner inside an item makes it a clause, not a good; "non-copper" is no good.
        if (words.Skip(1).Any(w => w.Lower is "the" or "a" or "an" or "this" or "that" or "these" or "those") || words.Any(w => w.Lower.StartsWith("non-", StringComparison.Ordinal)))
            return false;
        foreach (var good in GoodsCoordination.Split(words.Select(w => w.Lower).ToList()))
            // "meat and other commodities": a generic word behind a filler is still no good.
            // "textile exports" names a flow, not a good.
            if (!Generic.Contains(good) && !good.EndsWith(" exports", StringComparison.Ordinal) && !good.EndsWith(" imports", StringComparison.Ordinal) && !Generic.Contains(string.Join(' ', good.Split(' ').SkipWhile(Fillers.Contains))) && good.Split(' ').Count(w => w is not ("and" or "its")) <= MaxItemWords)
                goods.Add(good);
        return true;
    }

    // A capital is allowed on the first word of a list that opens the sentence ("Soybeans, iron ore …").
    private static bool IsListStart(int listStart) => listStart == 0;
}
