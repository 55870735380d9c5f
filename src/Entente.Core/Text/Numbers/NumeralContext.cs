
namespace Entente.Core.Text.Numbers;

/// <summary>
/// Tells numerals that are part of a name or code ("G20", "COVID-19", "Resolution 2231", "#5")
/// from numerals that count or measure something.
/// </summary>
internal static class NumeralContext
{
    // Nouns after which a number names an item rather than counting anything.
    private static readonly HashSet<string> Designators =
    [
        "resolution", "decree", "decision", "article", "no", "nos", "number", "clause", "chapter", "section",
        "flight", "route", "highway", "road", "room", "model", "version", "law", "circular", "directive", "item",
        "paragraph", "page", "code", "hotline", "tel", "phone", "fax", "box", "lot", "platform", "gate", "ward",
        "district", "zone", "block", "lane", "street", "floor", "apartment", "building", "level", "category",
        "grade", "class", "type", "size", "batch", "ordinance", "bill", "protocol", "convention", "annex",
    ];

    /// <summary>True when the numeral at token i is glued into a name or follows a designator.</summary>
    public static bool IsNamePart(TokenList t, int i)
    {
        if (t.Glued(i))
        {
            // "G20", "A320", "F16": letters glued in front.
            if (t.IsWord(i - 1)) return true;
            // "COVID-19", "Su-30", "pre-2020".
            if (t.IsDash(i - 1) && t.IsWord(i - 2) && t.Glued(i - 1)) return true;
            if (t.IsSymbol(i - 1, '+') || t.IsSymbol(i - 1, '#') || t.IsSymbol(i - 1, '№')) return true;
        }
        var p = i - 1;
        if (t.IsSymbol(p, '.') || t.IsSymbol(p, ':') || t.IsSymbol(p, '#')) p--;
        return t.IsWord(p) && Designators.Contains(t.Lower(p));
    }
}
