using Entente.Core.Extraction.Sentences;

namespace Entente.Core.Extraction.Localities;

/// <summary>
/// A list of partner pairs: "Nong Khai and Vientiane, Mukdahan and Savannakhet, and Loei and
/// Xayaboury"; "Baku is twinned with Izmir, Ganja with Bursa and Nakhchivan with Kars". Places
/// alternate between a joint inside a pair (" and ", "… with ") and a separator between pairs
/// (", ", ", and ", " and "). A name the gazetteer does not know takes the other country of its partner.
/// </summary>
internal static class PairList
{
    private static readonly HashSet<string> SeparatorWords = new(StringComparer.OrdinalIgnoreCase) { "and", "between", "as", "well" };

    /// <summary>The pairs, or null when the slots do not read as such a list.</summary>
    public static List<(Slot, Slot)>? Read(SentenceView view, List<Slot> slots, CountryPair pair)
    {
        var text = view.Tokens.Text;
        if (slots.Count < 2 || slots.Count % 2 == 1) return null;
        var pairs = new List<(Slot, Slot)>();
        for (var i = 0; i < slots.Count; i += 2)
        {
            if (!IsJoint(view, slots[i].End, slots[i + 1].Start)) return null;
            if (i > 0 && !IsSeparator(text[slots[i - 1].End..slots[i].Start])) return null;
            var (a, b) = (slots[i], slots[i + 1]);
            if (a.Country is null && b.Country is null) return null;
            if (a.Country == b.Country) return null;
            a = a.Country is null ? a with { Country = pair.Other(b.Country!) } : a;
            b = b.Country is null ? b with { Country = pair.Other(a.Country!) } : b;
            if (a.Country is not null && b.Country is not null && pair.Contains(a.Country) && pair.Contains(b.Country)) pairs.Add((a, b));
        }
        return pairs;
    }

    /// <summary>" and ", or words ending in "with" without a comma ("is twinned with").</summary>
    private static bool IsJoint(SentenceView view, int start, int end)
    {
        var gap = view.Tokens.Text[start..end];
        if (gap.IndexOfAny([',', ';', '(', ')']) >= 0 || UnlinkingWords.InGap(view, start, end)) return false;
        var trimmed = gap.Trim();
        return trimmed == "and" || trimmed == "with" || trimmed.EndsWith(" with", StringComparison.Ordinal);
    }

    private static bool IsSeparator(string gap)
    {
        var words = gap.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        // ", ", " and ", " as well as ".
        return words.All(SeparatorWords.Contains) && (gap.Contains(',') || (words.Length > 0 && words[0] is "and" or "as"));
    }
}
