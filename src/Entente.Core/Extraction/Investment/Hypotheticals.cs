using Entente.Core.Text;

namespace Entente.Core.Extraction.Investment;

/// <summary>Words that make a statement a plan, a forecast or a possibility rather than a fact.</summary>
internal static class Hypotheticals
{
    // Case-sensitive: "May 2009" is a month, "may" a possibility.
    private static readonly HashSet<string> Markers = new(StringComparer.Ordinal)
    {
        "will", "would", "could", "may", "might", "should", "plan", "plans", "planned", "planning", "intend", "intends",
        "intention", "pledge", "pledged", "pledges", "expected", "expects", "aim", "aims", "target", "targets",
        "potential", "forecast", "projected", "hope", "hopes", "seek", "seeks", "explore", "exploring",
        "consider", "considering", "possibility", "possible", "proposed", "proposal", "if", "discuss", "discussed",
        "discussing", "feasibility", "negotiating", "negotiations", "prospects",
    };

    public static bool AnyIn(IEnumerable<Token> words) => words.Any(w => Markers.Contains(w.Text));
}
