namespace Entente.Core.Extraction.Localities;

/// <summary>Words that say two localities are partners: "twinned", "sister cities", "partnership", "cooperates with".</summary>
internal static class PartnershipCues
{
    private static readonly string[] Stems =
    [
        "sister", "twin", "partnership", "partner", "paired", "pairs", "ties", "links", "linked",
        "agreement", "memorandum", "cooperat", "co-operat", "friendship", "relations", "relationship",
    ];

    /// <summary>True when some word of the text starts with a partnership cue.</summary>
    public static bool AnyIn(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetter(text[i])) i++;
            var start = i;
            while (i < text.Length && (char.IsLetter(text[i]) || text[i] == '-')) i++;
            if (i > start && StartsWithCue(text.AsSpan(start, i - start))) return true;
        }
        return false;
    }

    private static bool StartsWithCue(ReadOnlySpan<char> word)
    {
        foreach (var stem in Stems)
            if (word.StartsWith(stem, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
