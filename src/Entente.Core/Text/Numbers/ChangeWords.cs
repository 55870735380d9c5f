
namespace Entente.Core.Text.Numbers;

/// <summary>Words that give a percentage a direction: "up 12%", "fell 4 percent", "a 5.3% increase".</summary>
internal static class ChangeWords
{
    private static readonly HashSet<string> RisingBefore =
    [
        "up", "rose", "rise", "rises", "rising", "risen", "increased", "increase", "increases", "increasing", "grew",
        "grow", "grows", "growing", "grown", "growth", "jumped", "jump", "jumps", "climbed", "climb", "gained",
        "gain", "surged", "surge", "soared", "expanded", "higher", "boosted", "added",
    ];

    private static readonly HashSet<string> FallingBefore =
    [
        "down", "fell", "fall", "falls", "falling", "fallen", "dropped", "drop", "drops", "declined", "decline",
        "declines", "declining", "decreased", "decrease", "decreases", "slipped", "slid", "plunged", "plummeted",
        "lost", "shrank", "shrunk", "contracted", "contraction", "lower", "reduced", "reduction", "slumped", "dipped",
    ];

    private static readonly HashSet<string> RisingAfter =
        ["increase", "rise", "growth", "jump", "gain", "surge", "hike", "expansion", "higher", "more", "up"];

    private static readonly HashSet<string> FallingAfter =
        ["decrease", "decline", "drop", "fall", "reduction", "contraction", "cut", "lower", "less", "down", "slump", "dip"];

    /// <summary>+1, -1 or 0 for a percentage spanning tokens first..last.</summary>
    public static int SignAround(TokenList t, int first, int last)
    {
        var p = first - 1;
        if (t.Is(p, "by") || t.Is(p, "of")) p--;
        // "an increase of 12%", "rose by 12%", "up 12%".
        if (t.IsWord(p) && t.SameLine(first))
        {
            var w = t.Lower(p);
            if (RisingBefore.Contains(w)) return 1;
            if (FallingBefore.Contains(w)) return -1;
        }
        var n = last + 1;
        if (t.IsWord(n) && t.SameLine(n))
        {
            var w = t.Lower(n);
            if (RisingAfter.Contains(w)) return 1;
            if (FallingAfter.Contains(w)) return -1;
        }
        return 0;
    }
}
