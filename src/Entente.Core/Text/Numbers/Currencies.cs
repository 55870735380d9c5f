
namespace Entente.Core.Text.Numbers;

/// <summary>Currency signs, codes and names, mapped to ISO 4217 codes.</summary>
internal static class Currencies
{
    private static readonly HashSet<string> IsoCodes =
    [
        "USD", "EUR", "GBP", "JPY", "CNY", "VND", "BYN", "BYR", "RUB", "INR", "KRW", "SGD", "AUD", "HKD", "CAD",
        "NZD", "THB", "MYR", "IDR", "PHP", "KHR", "LAK", "MMK", "BDT", "PKR", "LKR", "KZT", "UZS", "UAH", "PLN",
        "CZK", "HUF", "RON", "BGN", "CHF", "SEK", "NOK", "DKK", "TRY", "AED", "SAR", "QAR", "KWD", "EGP", "ZAR",
        "NGN", "KES", "BRL", "MXN", "ARS", "CLP", "COP", "PEN", "TWD", "ILS", "IRR", "IQD", "MNT", "NPR", "AZN",
        "GEL", "AMD", "KGS", "TJS", "TMT", "CUP", "ETB", "MZN", "AOA", "DZD", "MAD", "TND", "JOD", "OMR", "BHD",
        "ISK", "RSD", "MDL", "BND", "MOP", "FJD", "PGK", "LBP", "SYP", "VEF", "VES", "GHS", "TZS", "UGX",
    ];

    // Abbreviations that are not ISO codes but stand before amounts.
    private static readonly Dictionary<string, string> PrefixWords = new(StringComparer.Ordinal)
    {
        ["RMB"] = "CNY", ["Rs"] = "INR", ["Rp"] = "IDR", ["RM"] = "MYR", ["Tk"] = "BDT", ["Dh"] = "AED", ["R"] = "ZAR", ["SR"] = "SAR", ["QR"] = "QAR",
    };

    // Letters glued in front of "$".
    private static readonly Dictionary<string, string> DollarPrefixes = new(StringComparer.Ordinal)
    {
        ["US"] = "USD", ["S"] = "SGD", ["A"] = "AUD", ["AU"] = "AUD", ["HK"] = "HKD", ["C"] = "CAD", ["CA"] = "CAD",
        ["NZ"] = "NZD", ["NT"] = "TWD", ["R"] = "BRL", ["Mex"] = "MXN", ["B"] = "BND",
    };

    private static readonly Dictionary<char, string> Signs = new()
    {
        ['$'] = "USD", ['€'] = "EUR", ['£'] = "GBP", ['¥'] = "JPY", ['₫'] = "VND", ['₹'] = "INR", ['₽'] = "RUB",
        ['₩'] = "KRW", ['฿'] = "THB", ['₱'] = "PHP", ['₺'] = "TRY", ['₴'] = "UAH", ['₸'] = "KZT", ['₦'] = "NGN",
    };

    // Names after an amount, longest first so "Singapore dollars" wins over "dollars".
    private static readonly (string[] Words, string Code)[] Names =
    [
        (["new", "zealand", "dollars"], "NZD"), (["hong", "kong", "dollars"], "HKD"), (["new", "taiwan", "dollars"], "TWD"),
        (["sri", "lankan", "rupees"], "LKR"), (["south", "korean", "won"], "KRW"), (["pounds", "sterling"], "GBP"),
        (["us", "dollars"], "USD"), (["us", "dollar"], "USD"), (["american", "dollars"], "USD"),
        (["singapore", "dollars"], "SGD"), (["australian", "dollars"], "AUD"), (["canadian", "dollars"], "CAD"),
        (["taiwan", "dollars"], "TWD"), (["belarusian", "roubles"], "BYN"), (["belarusian", "rubles"], "BYN"),
        (["russian", "roubles"], "RUB"), (["russian", "rubles"], "RUB"), (["indian", "rupees"], "INR"),
        (["pakistani", "rupees"], "PKR"), (["chinese", "yuan"], "CNY"), (["japanese", "yen"], "JPY"),
        (["korean", "won"], "KRW"), (["vietnamese", "dong"], "VND"), (["vietnam", "dong"], "VND"),
        (["swiss", "francs"], "CHF"), (["dollars"], "USD"), (["dollar"], "USD"), (["euros"], "EUR"), (["euro"], "EUR"),
        (["yuan"], "CNY"), (["renminbi"], "CNY"), (["yen"], "JPY"), (["roubles"], "RUB"), (["rubles"], "RUB"),
        (["rouble"], "RUB"), (["ruble"], "RUB"), (["dong"], "VND"), (["rupees"], "INR"), (["rupee"], "INR"),
        (["ringgit"], "MYR"), (["baht"], "THB"), (["rupiah"], "IDR"), (["riel"], "KHR"), (["kip"], "LAK"),
        (["kyat"], "MMK"), (["taka"], "BDT"), (["tenge"], "KZT"), (["lira"], "TRY"), (["hryvnias"], "UAH"),
        (["hryvnia"], "UAH"), (["zlotys"], "PLN"), (["zloty"], "PLN"), (["forints"], "HUF"), (["rand"], "ZAR"),
        (["naira"], "NGN"), (["reais"], "BRL"), (["dirhams"], "AED"), (["riyals"], "SAR"), (["won"], "KRW"), (["sterling"], "GBP"),
    ];

    /// <summary>A currency written before an amount at token i: "$", "US$", "€", "USD", "RMB", "Rs.".</summary>
    public static bool TryPrefix(TokenList t, int i, out string code, out int next)
    {
        code = "";
        next = i;
        if (!t.Has(i)) return false;
        if (t.IsWord(i))
        {
            var word = t.Str(i);
            if (t.IsSymbol(i + 1, '$') && t.Glued(i + 1) && DollarPrefixes.TryGetValue(word, out var dollar))
            {
                code = dollar;
                next = i + 2;
                return true;
            }
            // A one-letter sign ("R" for the rand) only counts glued to its digits: "R21.3 billion".
            if (IsUpperCode(t, i) || (PrefixWords.ContainsKey(word) && (word.Length > 1 || t.Glued(i + 1))))
            {
                code = PrefixWords.GetValueOrDefault(word, word);
                next = i + 1;
                if (t.IsSymbol(next, '.') && t.Glued(next)) next++;
                return true;
            }
            return false;
        }
        if (t[i].Kind != TokenKind.Symbol || !Signs.TryGetValue(t.Text[t[i].Start], out var sign)) return false;
        // A sign glued to letters we do not know ("Z$") is some other currency.
        if (t.IsWord(i - 1) && t.Glued(i)) return false;
        code = sign;
        next = i + 1;
        return true;
    }

    /// <summary>A currency written after an amount at token i: "USD", "euros", "US dollars"; last is its final token.</summary>
    public static bool TrySuffix(TokenList t, int i, out string code, out int last)
    {
        code = "";
        last = i;
        if (!t.IsWord(i) || !t.SameLine(i)) return false;
        if (IsUpperCode(t, i))
        {
            code = t.Str(i);
            return true;
        }
        var (words, end) = LowerWords(t, i, 3);
        foreach (var (name, iso) in Names)
        {
            if (name.Length > words.Count) continue;
            var k = 0;
            while (k < name.Length && words[k] == name[k]) k++;
            if (k < name.Length) continue;
            code = iso;
            last = end[k - 1];
            return true;
        }
        return false;
    }

    private static bool IsUpperCode(TokenList t, int i)
    {
        if (t[i].Length != 3) return false;
        var word = t.Str(i);
        return IsoCodes.Contains(word);
    }

    // Up to n lower-cased words from token i, reading "U.S." as "us"; end[k] is the last token of word k.
    private static (List<string> Words, List<int> End) LowerWords(TokenList t, int i, int n)
    {
        var words = new List<string>(n);
        var end = new List<int>(n);
        var j = i;
        while (words.Count < n && t.IsWord(j) && (j == i || t.SameLine(j)))
        {
            if (t.Is(j, "U") && t.IsSymbol(j + 1, '.') && t.Is(j + 2, "S") && t.IsSymbol(j + 3, '.'))
            {
                words.Add("us");
                end.Add(j + 3);
                j += 4;
                continue;
            }
            words.Add(t.Lower(j));
            end.Add(j);
            j++;
        }
        return (words, end);
    }
}
