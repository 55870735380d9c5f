using Entente.Core.Extraction.Investment;
using Entente.Core.Extraction.Sentences;
using Entente.Core.Text;

namespace Entente.Core.Extraction.Localities;

/// <summary>
/// Words that relate two places other than as partners: travel between them ("visited Minsk",
/// "flights from Hanoi to Minsk") or transport links. Between two places they keep them apart;
/// anywhere in a sentence about transport or diplomatic relations they stop the sentence from giving partnerships.
/// </summary>
internal static class UnlinkingWords
{
    private static readonly string[] MovementStems = ["visit", "travel", "arriv", "depart", "receiv", "hosted", "headed"];
    private static readonly HashSet<string> Movement = new(StringComparer.OrdinalIgnoreCase) { "from", "to", "via", "flew", "led", "met", "held" };
    private static readonly HashSet<string> Transport = new(StringComparer.OrdinalIgnoreCase)
    {
        "flight", "flights", "air", "airline", "airlines", "route", "routes", "rail", "railway", "road", "highway",
        "train", "trains", "ferry", "shipping", "corridor", "cargo", "crossing", "crossings", "pipeline", "transmission",
    };

    /// <summary>Words of relations between states, for which capitals stand in: "Seoul and Hanoi established diplomatic ties".</summary>
    private static readonly HashSet<string> Statehood = new(StringComparer.OrdinalIgnoreCase) { "diplomatic" };

    /// <summary>True when the words between two places (at [start, end) of the sentence) say one travelled to or met in the other.</summary>
    public static bool InGap(SentenceView view, int start, int end) =>
        view.WordsWithin(start, end).Any(w => Movement.Contains(w.Text) || MovementStems.Any(s => w.Text.StartsWith(s, StringComparison.OrdinalIgnoreCase)));

    /// <summary>
    /// True when the place at start is where a visit went ("a state visit to Beijing and Shanghai by the ruler of Dubai"):
    /// the places around it are the visitor's, not a partner's.
    /// </summary>
    public static bool VisitDestination(SentenceView view, int start)
    {
        var before = view.WordsWithin(Math.Max(view.Sentence.Start, start - 24), start);
        return before.Count >= 2 && before.Is(before.Count - 1, "to")
            && MovementStems.Any(s => before.Str(before.Count - 2).StartsWith(s, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>True when the sentence speaks of transport between places ("transport" alone is as often a field of cooperation: "works with the capital on urban transport").</summary>
    public static bool AboutTransport(List<Token> words) => words.Any(w => Transport.Contains(w.Text));

    /// <summary>Bodies of the states: "a joint commission between Conakry and Kigali" joins the governments the capitals stand for.</summary>
    private static readonly HashSet<string> StateBodies = new(StringComparer.OrdinalIgnoreCase)
    {
        "commission", "intergovernmental", "inter-governmental", "government", "governments", "ministers", "ministries",
        "bilateral", "coordination", "leaderships", "diplomacy",
    };

    /// <summary>"the two countries", "both nations": the sentence's subject is the states.</summary>
    private static readonly HashSet<string> States = new(StringComparer.OrdinalIgnoreCase) { "countries", "nations", "states" };

    /// <summary>Words that name localities as such, so that a sentence about the states may still pair its cities.</summary>
    private static readonly HashSet<string> LocalityWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "sister", "twin", "twinned", "twinning", "city", "cities", "province", "provinces", "provincial", "municipal",
        "municipality", "municipalities", "locality", "localities", "region", "regions", "mayor", "mayors", "governor", "governors",
    };
    // "regional" is not among them: "regional cooperation" is as often between states and their neighbours.

    /// <summary>
    /// True when the sentence speaks of relations between the states, not their cities: diplomatic
    /// relations, or "the two countries" or a body of the states ("joint commission") with no word that makes its places localities ("cooperation
    /// between Rabat and Tokyo" there means the governments).
    /// </summary>
    public static bool AboutStates(List<Token> words) =>
        words.Any(w => Statehood.Contains(w.Text))
        || ((NamesBothStates(words) || words.Any(w => StateBodies.Contains(w.Text))) && !words.Any(NamesLocality));

    /// <summary>True when a word names places as localities ("city", "province", "mayor").</summary>
    public static bool NamesLocalities(List<Token> words) => words.Any(NamesLocality);

    // "sister-city" counts by its parts.
    private static bool NamesLocality(Token word) => word.Text.Split('-').Any(LocalityWords.Contains);

    private static bool NamesBothStates(List<Token> words)
    {
        for (var i = 1; i < words.Count; i++)
            if (States.Contains(words[i].Text) && (words[i - 1].Is("two") || words[i - 1].Is("both"))) return true;
        return false;
    }
}
