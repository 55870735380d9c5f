using CsCheck;
using Entente.Core.Domain;

namespace Entente.Core.Tests.Extraction.Trade;

public class TradePropertyTests
{
    private static readonly string[] WordList =
    [
        "Vietnam", "Laos", "Lao", "China", "ASEAN", "'s", "’", "exports", "imports", "sells", "buys", "to", "from", "the", "country",
        "Kingdom", "trade", "two-way", "reached", "rose", "12%", "$5 billion", "R21 billion", "in", "2023", "by", "2030", "aim",
        "raise", "target", "of", "rice", "and", "canned", "fruit", ",", ";", ":", ".", "\n\n", "mainly", "led", "while", "which",
        "made", "up", "shipments", "flow", "other", "way", "could", "(April-March)", "2023-24", "its", "with",
    ];

    private static readonly Gen<string> Texts =
        Gen.Int[0, WordList.Length - 1].Select(i => WordList[i]).Array[0, 60].Select(ws => string.Join(" ", ws));

    [Fact]
    public void Every_trade_fact_has_evidence_equal_to_its_input_slice_and_parties_of_two_countries()
    {
        Texts.Sample(text =>
        {
            foreach (var fact in TradeFacts.All(text))
            {
                if (fact is not (Domain.Trade or TradeGoods or TradeTarget)) continue;
                var evidence = fact.Evidence!;
                Assert.Equal(text[evidence.Start..evidence.End], evidence.Quote);
                switch (fact)
                {
                    case Domain.Trade t:
                        Assert.Equal(2, t.Parties.Distinct().Count());
                        if (t.Flow == "export") Assert.NotEqual(t.From, t.To);
                        break;
                    case TradeGoods g:
                        Assert.NotEqual(g.From, g.To);
                        Assert.All(g.Goods, good => Assert.False(string.IsNullOrWhiteSpace(good)));
                        break;
                }
            }
        }, iter: 300);
    }
}
