using Entente.Core.Extraction.Sentences;

namespace Entente.Core.Extraction.Mechanisms;

/// <summary>
/// Finds words around a name that make it hypothetical, planned or borrowed from another pair
/// ("could be launched", "explore the establishment", "a similar commission"): such a name gives no fact.
/// </summary>
internal static class HedgeCues
{
    /// <param name="sessionHedgesCount">
    /// False for the existence of a body: "the Joint Committee could meet in May" hedges a meeting, not the committee.
    /// </param>
    /// <param name="planCues">
    /// False for a document whose signing the sentence plans ("expected to sign", "would be signed soon", "intends to conclude"):
    /// the words of the plan are no hedge, doubts ("could", "may consider", "the possibility") still are.
    /// </param>
    public static bool Near(SentenceView view, int first, int last, int before, int after, bool sessionHedgesCount = true, bool planCues = true)
    {
        var from = Math.Max(0, first - before);
        var to = Math.Min(view.Count - 1, last + after);
        for (var i = from; i <= to; i++)
        {
            if (i >= first && i <= last) continue;
            var word = view.Lower(i);
            if (NameWords.Hedges.Contains(word) && !IsScheduled(view, i) && (sessionHedgesCount || !IsAboutSession(view, i)) && (planCues || !PlanWords.Contains(word))) return true;
            // "plans to", "to establish", "to set up", "setting up": a body still to be created.
            if (planCues && word is "plan" or "plans" or "planning" && view.Is(i + 1, "to")) return true;
            if (word == "to" && view.Is(i + 1, "establish", "create", "set", "launch", "form")) return true;
            if (word == "setting" && view.Is(i + 1, "up")) return true;
            // "the preconditions are in place for the signing of an agreement": a signing still to come (a ceremony's was held).
            if (word == "for" && view.Is(i + 1, "the") && view.Is(i + 2, "signing") && !view.Is(i - 1, "ceremony", "ceremonies")) return true;
            // "launch talks on an agreement", "initiated talks over the partnership agreement": still to be negotiated.
            if (word is "talks" && view.Is(i + 1, "on", "for", "towards", "toward", "over", "about")) return true;
            // "called for an early first meeting": asked for, not held.
            // "called for implementing the memorandum", "urged the implementation of": a document in effect, carried out.
            if (word is "call" or "calls" or "called" or "urged" or "urge" && view.Is(i + 1, "for") && !Implemented(view, i + 2, first)) return true;
        }
        return false;
    }

    private static readonly HashSet<string> ImplementingWords = ["implementing", "implementation", "implement", "applying", "application", "enforcing", "enforcement"];

    /// <summary>Whether a word of carrying out stands between <paramref name="from"/> and the name's first word.</summary>
    private static bool Implemented(SentenceView view, int from, int first)
    {
        for (var k = from; k < first; k++)
            if (ImplementingWords.Contains(view.Lower(k))) return true;
        return false;
    }

    /// <summary>Hedges that, before a signing, tell a plan of it.</summary>
    private static readonly HashSet<string> PlanWords = ["expected", "expects", "would", "intend", "intends"];

    /// <summary>"could be held", "would meet", "might convene again", "is expected to meet": a hedge on a meeting of the body.</summary>
    private static bool IsAboutSession(SentenceView view, int i)
    {
        var k = view.Is(i + 1, "soon", "also", "then") ? i + 2 : i + 1;
        if (view.Is(i, "expected", "expects") && view.Is(k, "to")) k++;
        return (view.Is(k, "be") && view.Is(k + 1, "held", "convened", "organised", "organized"))
               || view.Is(k, "meet", "convene", "resume", "hold");
    }

    /// <summary>"is expected to take place in Hanoi", "expected to be held": a meeting on the calendar, like "will be held".</summary>
    private static bool IsScheduled(SentenceView view, int i) =>
        view.Is(i, "expected") && view.Is(i + 1, "to")
        && ((view.Is(i + 2, "take") && view.Is(i + 3, "place")) || (view.Is(i + 2, "be") && view.Is(i + 3, "held", "convened")) || view.Is(i + 2, "convene"));
}
