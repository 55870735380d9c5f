namespace Entente.Core.Extraction.Diplomacy;

/// <summary>
/// Words that make a statement a plan, a wish or a hypothesis rather than something that happened:
/// such statements give no embassy, ambassador or relations fact.
/// </summary>
internal static class Hedges
{
    // A plan that did not come about is no event either: "had planned to visit in May but postponed the trip".
    public static readonly string[] Hypothetical =
    [
        "if", "were to", "would", "could", "might", "possibility", "consider", "considering",
        "had planned", "had been planned", "had been scheduled", "had been expected", "postponed", "cancelled", "canceled", "called off",
        "initially scheduled", "originally scheduled", "initially planned", "originally planned", "was supposed to", "were supposed to",
    ];

    // "amendments which allow opening a trade office": a permission is not an opening.
    public static readonly string[] Planned =
        ["will", "shall", "intends", "intend", "plans", "planned", "plan to", "to open", "is to", "are to", "expected", "hopes", "wants", "allow", "allows", "allowing", "permit", "permits"];

    public static bool IsHypothetical(string text, int from, int to) => Words.Any(text, Hypothetical, from, to);

    public static bool IsPlanned(string text, int from, int to) => Words.Any(text, Planned, from, to);
}
