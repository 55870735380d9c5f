namespace Entente.Core.Extraction.Localities;

/// <summary>
/// "Quanzhou City of Fujian Province", "the city of Osh of Osh Region": a place named right after
/// "of" behind a place of the same country is the one that contains it, not a further partner.
/// </summary>
internal static class ContainingPlaces
{
    /// <summary>The slots without those that only say where the slot before them lies.</summary>
    public static List<Slot> Drop(string text, List<Slot> ordered)
    {
        var kept = new List<Slot>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            if (i > 0 && ordered[i].Country is { Length: > 0 } country && country == ordered[i - 1].Country &&
                IsJustOf(text.AsSpan(ordered[i - 1].End, ordered[i].Start - ordered[i - 1].End)))
                continue;
            kept.Add(ordered[i]);
        }
        return kept;
    }

    private static bool IsJustOf(ReadOnlySpan<char> gap)
    {
        var word = gap.Trim();
        if (word.StartsWith("of ", StringComparison.OrdinalIgnoreCase)) word = word[3..].TrimStart();
        else return word.Equals("of", StringComparison.OrdinalIgnoreCase);
        return word.Equals("the", StringComparison.OrdinalIgnoreCase);
    }
}
