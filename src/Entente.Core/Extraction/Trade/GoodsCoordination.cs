namespace Entente.Core.Extraction.Trade;

/// <summary>
/// Splits one list item joined by "and"/"or" into goods: "garments and textiles" gives two;
/// "canned vegetable and fruits" shares its modifier ("canned fruits"); "electric and electronic
/// products" shares its head noun ("electric products", "electronic products").
/// </summary>
internal static class GoodsCoordination
{
    // Modifiers that describe the state of food or materials and so carry over to the next noun.
    private static readonly HashSet<string> SharedModifiers =
    [
        "canned", "frozen", "fresh", "dried", "processed", "raw", "refined", "chilled", "preserved", "packaged",
        "tropical", "organic", "roasted", "salted", "smoked", "cured", "tinned", "bottled",
    ];

    // Materials that name a kind of product ("iron and steel products"), unlike goods in their own right ("apples and dairy products").
    private static readonly HashSet<string> Materials =
        ["iron", "steel", "aluminium", "aluminum", "copper", "wood", "paper", "rubber", "plastic", "leather", "glass", "metal", "petroleum", "textile", "cotton"];

    private static readonly string[] AdjectiveEndings = ["ic", "al", "ive", "ous", "ary", "ian", "ese", "ed", "en"];

    public static IEnumerable<string> Split(IReadOnlyList<string> words)
    {
        var parts = new List<List<string>> { new() };
        foreach (var word in words)
        {
            if (word is "and" or "or" or "&") parts.Add([]);
            else parts[^1].Add(word);
        }
        parts.RemoveAll(p => p.Count == 0);
        // "cocoa and its products" is one good: what follows "its" is made of what came before.
        for (var k = parts.Count - 1; k > 0; k--)
        {
            if (parts[k][0] != "its") continue;
            parts[k - 1].Add("and");
            parts[k - 1].AddRange(parts[k]);
            parts.RemoveAt(k);
        }
        if (parts.Count == 2) return SplitPair(parts[0], parts[1]);
        return parts.Select(p => string.Join(' ', p));
    }

    private static IEnumerable<string> SplitPair(List<string> left, List<string> right)
    {
        var rightText = string.Join(' ', right);
        if (left.Count == 1 && right.Count >= 2 && IsAdjective(left[0]))
            return [left[0] + " " + string.Join(' ', right.Skip(1)), rightText];
        // "iron and steel products": both words name a kind of the shared head.
        if (left.Count == 1 && right.Count == 2 && Materials.Contains(left[0]) && right[1] is "products" or "goods")
            return [left[0] + " " + right[1], rightText];
        if (left.Count == 2 && right.Count == 1 && SharedModifiers.Contains(left[0]))
            return [string.Join(' ', left), left[0] + " " + rightText];
        return [string.Join(' ', left), rightText];
    }

    public static bool IsAdjective(string word) =>
        !word.EndsWith('s') && AdjectiveEndings.Any(e => word.EndsWith(e, StringComparison.Ordinal));
}
