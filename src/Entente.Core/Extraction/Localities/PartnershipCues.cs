namespace Entente.Core.Extraction.Localities;

/// <summary>
/// Words that say two localities are partners: "twinned", "sister cities", "partnership", "cooperates with".
/// Some say so of localities alone ("twinned", "sister", "friendship"); the general ones ("relations",
/// "cooperation", "ties", "trading partners", "memorandum") are said of states as often, with capitals
/// standing for their governments ("relations between Athens and Ankara").
/// </summary>
internal static class PartnershipCues
{
    // "partnership" is not among them: "the strategic partnership between Doha and Ankara" is the states'.
    private static readonly string[] LocalStems = ["sister", "twin", "paired", "pairs", "friendship", "linked"];

    private static readonly string[] Stems =
    [
        "sister", "twin", "partnership", "partner", "paired", "pairs", "ties", "links", "linked",
        "agreement", "memorandum", "cooperat", "co-operat", "friendship", "relations", "relationship",
    ];

    /// <summary>True when some word of the text starts with a partnership cue.</summary>
    public static bool AnyIn(string text) => AnyIn(text, Stems);

    /// <summary>True when some word of the text is a cue said of localities alone.</summary>
    public static bool LocalIn(string text) => AnyIn(text, LocalStems);

    private static bool AnyIn(string text, string[] stems)
    {
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetter(text[i])) i++;
            var start = i;
            while (i < text.Length && (char.IsLetter(text[i]) || text[i] == '-')) i++;
            if (i > start && StartsWithCue(text.AsSpan(start, i - start), stems)) return true;
        }
        return false;
    }

    private static bool StartsWithCue(ReadOnlySpan<char> word, string[] stems)
    {
        foreach (var stem in stems)
            if (word.StartsWith(stem, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
