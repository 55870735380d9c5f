using Entente.Core.Text.Numbers;

namespace Entente.Core.Text.Time;

/// <summary>
/// A cheap tense hint for a sentence, for the date reader: future when it speaks of plans or
/// things to come ("will", "upcoming", "is expected to"), otherwise unknown, which the reader
/// treats as past.
/// </summary>
public static class TenseGuesser
{
    /// <summary>Words that put what follows them in a sentence in the future.</summary>
    internal static readonly IReadOnlySet<string> FutureMarkers = new HashSet<string>
    {
        "will", "shall", "upcoming", "forthcoming", "plans", "planned", "planning", "aim", "aims", "aiming", "target",
        "targets", "targeted", "goal", "forecast", "forecasts", "projected", "expected", "expects", "scheduled",
    };

    public static Tense Guess(string sentence) => Guess(TokenList.Of(sentence));

    /// <summary>The tense of a sentence's tokens already made.</summary>
    internal static Tense Guess(TokenList t)
    {
        for (var k = 0; k < t.Count; k++)
            if (t.IsAny(k, WordClass.FutureMarker) || IsSetTo(t, k)) return Tense.Future;
        return Tense.Unknown;
    }

    // "is set to embark", "are set to sign": a plan; "set" alone ("set up", "had set a target") says nothing of tense.
    private static bool IsSetTo(TokenList t, int k) => t.Is(k, "set") && t.Is(k + 1, "to") && (t.Is(k - 1, "is") || t.Is(k - 1, "are"));
}
