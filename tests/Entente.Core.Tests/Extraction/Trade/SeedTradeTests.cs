using System.Text.Json;
using Entente.Core.Domain;
using Entente.Core.Tests.Support;

namespace Entente.Core.Tests.Extraction.Trade;

/// <summary>The trade facts of the seed gold are found in the seeds (read from ../shared at run time).</summary>
public class SeedTradeTests
{
    public static TheoryData<string> SeedNames() => [.. SharedFiles.SeedPaths().Select(p => Path.GetFileName(p))];

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void Finds_every_gold_trade_value_and_good(string seed)
    {
        var facts = TradeFacts.All(File.ReadAllText(Path.Combine(SharedFiles.Seeds, seed)));
        foreach (var gold in GoldOf(seed))
        {
            switch (gold.GetProperty("type").GetString())
            {
                case "trade":
                    var amount = gold.GetProperty("value").GetProperty("amount").GetDecimal();
                    var start = gold.GetProperty("period").GetProperty("start").GetString()!;
                    Assert.Contains(facts.OfType<Domain.Trade>(), t => t.Value.Amount == amount && t.Period.Start.StartsWith(start, StringComparison.Ordinal));
                    break;
                case "trade_goods":
                    var from = gold.GetProperty("from").GetString();
                    var found = facts.OfType<TradeGoods>().Where(g => g.From == from).SelectMany(g => g.Goods).ToList();
                    foreach (var good in gold.GetProperty("goods").EnumerateArray())
                        Assert.Contains(found, g => SharesAWord(g, good.GetString()!));
                    break;
            }
        }
    }

    private static IEnumerable<JsonElement> GoldOf(string seed) =>
        File.ReadLines(Path.Combine(SharedFiles.Gold, "seeds.facts.jsonl"))
            .Where(line => line.Length > 0)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Where(r => r.GetProperty("source").GetString() == seed);

    // "fertiliser" and "fertilisers", "canned vegetable" and "canned vegetables" are the same good.
    private static bool SharesAWord(string found, string gold) =>
        found.Split(' ').Any(w => gold.Split(' ').Any(g => g.TrimEnd('s') == w.TrimEnd('s') && g.Length > 2));
}
