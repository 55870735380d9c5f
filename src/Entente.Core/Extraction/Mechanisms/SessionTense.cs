using Entente.Core.Domain;
using Entente.Core.Text.Time;
using Entente.Core.Extraction.Sentences;

namespace Entente.Core.Extraction.Mechanisms;

/// <summary>
/// Tells a session the text only schedules ("agreed to hold the 9th session in August", "the next
/// meeting will take place in Hanoi", "is scheduled for May") from one held. A session dated after the
/// article's publication is planned whatever the wording.
/// </summary>
internal static class SessionTense
{
    /// <summary>How many words before the session's first word and after its trigger are read; the clause ends sooner.</summary>
    private const int Reach = 10;

    private static readonly HashSet<string> FutureWords = ["will", "shall", "scheduled", "slated", "planned", "upcoming", "forthcoming"];
    private static readonly HashSet<string> HoldVerbs = ["hold", "convene", "host", "organise", "organize", "have", "conduct"];
    private static readonly HashSet<string> PastWords = ["was", "were", "took", "ended", "concluded", "closed", "opened", "wrapped"];

    public static bool IsPlanned(SentenceView view, int first, int trigger, Period? dates, IsoDate? published)
    {
        if (dates is not null && published is { } day && Later(dates.Start, day.ToString())) return true;
        for (var k = trigger + 1; k < view.Count && k - trigger <= Reach && !IsBreak(view, k); k++)
        {
            var word = view.Lower(k);
            if (PastWords.Contains(word) || (word == "held" && !view.Is(k - 1, "be"))) return false;
            if (FutureWords.Contains(word) || (word == "expected" && view.Is(k + 1, "to")) || (word == "to" && view.Is(k + 1, "be", "take"))) return true;
        }
        for (var k = first - 1; k >= 0 && first - k <= Reach && !IsBreak(view, k); k--)
        {
            var word = view.Lower(k);
            if (FutureWords.Contains(word) || (word == "next" && k >= first - 2)) return true;
            if (word == "to" && HoldVerbs.Contains(view.Lower(k + 1))) return true;
        }
        return false;
    }

    private static bool IsBreak(SentenceView view, int k) => view.Tokens[k].Text is "," or ";" && !view.InsideDate(k);

    /// <summary>True when ISO date a lies after b at the precision of the coarser one.</summary>
    private static bool Later(string a, string b)
    {
        var n = Math.Min(a.Length, b.Length);
        return string.CompareOrdinal(a[..n], b[..n]) > 0;
    }
}
