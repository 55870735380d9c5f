using Entente.Core.Domain;

namespace Entente.Core.Extraction.Trade;

/// <summary>
/// Currency names several countries use ("dirhams" in Morocco and the UAE, "rupees" in India and
/// Pakistan): the amount is in the currency of the article's country that uses the name.
/// </summary>
internal static class SharedCurrencyNames
{
    private static readonly (string Name, (string Country, string Code)[] Users)[] Names =
    [
        ("dirham", [("AE", "AED"), ("MA", "MAD")]),
        ("riyal", [("SA", "SAR"), ("QA", "QAR"), ("OM", "OMR"), ("YE", "YER")]),
        ("rial", [("OM", "OMR"), ("IR", "IRR"), ("YE", "YER")]),
        ("rupee", [("IN", "INR"), ("PK", "PKR"), ("LK", "LKR"), ("NP", "NPR"), ("MU", "MUR")]),
    ];

    public static Money ForPair(Money money, string writtenAs, CountryPair pair)
    {
        var lower = writtenAs.ToLowerInvariant();
        foreach (var (name, users) in Names)
        {
            if (!lower.Contains(name, StringComparison.Ordinal)) continue;
            var inPair = users.Where(u => pair.Contains(u.Country)).ToList();
            if (inPair.Count == 1 && inPair[0].Code != money.Currency) return new Money(money.Amount, inPair[0].Code);
            return money;
        }
        return money;
    }
}
