using Entente.Core.Text.Numbers;

namespace Entente.Core.Text.Time;

/// <summary>
/// Years an article's anniversaries place it in: "the 50th anniversary of diplomatic ties" or "fifty
/// years of relations", counted from a founding year stated in the same sentence or in a sentence
/// saying when the relations were established; "next year" or "last year" beside the anniversary
/// moves it by one. A year of the anniversary's sentence is its founding only when the sentence
/// reads it as a start ("ties set up in 1991", "40 years since 1981"): most often it is the year the
/// anniversary falls in ("will mark the 70th anniversary in 2026", "200 years we complete in 2025").
/// </summary>
internal static class AnniversaryYears
{
    private static readonly HashSet<string> FoundingWords =
        ["established", "establish", "establishing", "establishment", "founded", "founding", "forged", "inaugurated", "normalised", "normalized"];

    private static readonly HashSet<string> RelationWords = ["relations", "ties", "diplomatic"];

    // Words after "half a century" that make it a count of years gone by ("half a century on"), not "ago".
    private static readonly HashSet<string> CenturyTails = ["of", "since", "on", "after"];

    /// <summary>
    /// Per sentence (by first token): what it says that bears on anniversaries. An anniversary with no
    /// "of" after it ("this year's anniversary") is, in an article about two countries, their relations'.
    /// </summary>
    private readonly record struct SentenceCues(bool Relations, bool Founding, int Shift);

    public static IEnumerable<int> Implied(TokenList t, Clauses sentences, IReadOnlyList<SentenceDate> dates)
    {
        // Most texts count no years ("50th anniversary"): the cues are read only for one that does.
        var counts = new List<(int Token, int Years)>();
        for (var k = 0; k < t.Count; k++)
            if (Count(t, k) is { } counted) counts.Add((k, counted));
        if (counts.Count == 0) yield break;
        var cues = Cues(t, sentences);
        // The founding year of the relations: the earliest year in a sentence about establishing them.
        int? relationsFounded = null;
        var earliestInSentence = new Dictionary<int, int>();
        foreach (var date in dates)
        {
            if (!date.IsWrittenPoint) continue;
            if (cues.TryGetValue(date.Sentence, out var c) && c is { Relations: true, Founding: true })
                relationsFounded = Math.Min(relationsFounded ?? int.MaxValue, date.Year);
            if (!ReadsAsStart(t, date.First)) continue;
            earliestInSentence[date.Sentence] = Math.Min(earliestInSentence.GetValueOrDefault(date.Sentence, int.MaxValue), date.Year);
        }
        foreach (var (k, years) in counts)
        {
            var sentence = sentences.StartOf(k);
            var cue = cues.GetValueOrDefault(sentence);
            int? founded = earliestInSentence.TryGetValue(sentence, out var here) ? here : cue.Relations ? relationsFounded : null;
            if (founded is { } f) yield return f + years + cue.Shift;
        }
    }

    // "50th anniversary", "fiftieth anniversary", "fifty years of", "50 years since", "half a century on": the years counted.
    private static int? Count(TokenList t, int k)
    {
        if (t.Is(k, "half") && t.Is(k + 1, "a") && t.Is(k + 2, "century"))
            return t.IsAny(k + 3, CenturyTails) ? 50 : null;
        if (!(t.IsDigits(k) || t.IsWord(k)) || !NumeralParser.TryParse(t, k, out var n) || n.Scaled || n.Value is < 1 or > 300
            || n.Value != decimal.Truncate(n.Value))
            return null;
        var years = (int)n.Value;
        if (n.Ordinal) return t.Is(n.Last + 1, "anniversary") ? years : null;
        // Round counts only: "two years of talks" is no anniversary.
        return years % 5 == 0 && years >= 10 && t.Is(n.Last + 1, "years") && (t.Is(n.Last + 2, "of") || t.Is(n.Last + 2, "since"))
            ? years
            : null;
    }

    private static bool IsFoundingWord(TokenList t, int k) => t.IsAny(k, FoundingWords) || (t.Is(k, "set") && t.Is(k + 1, "up"));

    // "since 1981", "relations established in 1972", "ties, forged in 1998": the year something began.
    private static bool ReadsAsStart(TokenList t, int first) =>
        t.Is(first - 1, "since") || PublishedYearInference.DatesAFounding(t, first, k => IsFoundingWord(t, k));

    private static Dictionary<int, SentenceCues> Cues(TokenList t, Clauses sentences)
    {
        var cues = new Dictionary<int, SentenceCues>();
        for (var k = 0; k < t.Count; k++)
        {
            var sentence = sentences.StartOf(k);
            var c = cues.GetValueOrDefault(sentence);
            if (t.IsAny(k, RelationWords) || (t.Is(k, "anniversary") && !t.Is(k + 1, "of"))) c = c with { Relations = true };
            if (IsFoundingWord(t, k)) c = c with { Founding = true };
            if (t.Is(k + 1, "year") && (t.Is(k, "next") || t.Is(k, "coming"))) c = c with { Shift = -1 };
            if (t.Is(k + 1, "year") && t.Is(k, "last") && !t.Is(k - 1, "the")) c = c with { Shift = 1 };
            // A sentence with no cue reads as the default: only cues are stored.
            if (c != default) cues[sentence] = c;
        }
        return cues;
    }
}
