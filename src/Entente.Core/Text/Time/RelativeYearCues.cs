using Entente.Core.Text.Numbers;

namespace Entente.Core.Text.Time;

/// <summary>
/// Publication years given away by a relative year that a sentence pins to a written one: "last year,
/// up 20 percent from 2022" (last year is 2023, so 2024), "this year, 12% more than in 2023" (2024),
/// "so far this year, to 31 May 2024" (2024).
/// </summary>
internal static class RelativeYearCues
{
    // Words before a year that make it the base of a comparison.
    private static readonly HashSet<string> ComparisonLeads = ["from", "than", "over", "against"];

    public static IEnumerable<int> Implied(TokenList t, Clauses sentences, IReadOnlyList<SentenceDate> dates, Func<int, bool> holdsAmount)
    {
        var offsets = RelativeYears(t, sentences);
        foreach (var date in dates)
        {
            if (!date.IsWrittenPoint || !offsets.TryGetValue(date.Sentence, out var offset) || offset is not (0 or -1)) continue;
            if (date.Mention.From.Precision == DatePrecision.Year)
            {
                // The compared year is the one before the relative one.
                if (IsComparisonBase(t, date.First) && holdsAmount(date.Sentence)) yield return date.Year + 1 - offset;
            }
            else if (offset == 0 && !t.Is(date.First - 1, "since"))
            {
                yield return date.Year;
            }
        }
    }

    // "from 2022", "than in 2022", "compared with 2022", "compared to 2022".
    private static bool IsComparisonBase(TokenList t, int first)
    {
        var lead = t.Is(first - 1, "in") ? first - 2 : first - 1;
        return t.IsAny(lead, ComparisonLeads)
               || ((t.Is(lead, "with") || t.Is(lead, "to")) && (t.Is(lead - 1, "compared") || t.Is(lead - 1, "comparison")));
    }

    /// <summary>
    /// Per sentence (by first token): -1 when it says "last year", 0 for "this year", and 2 (no use)
    /// when it says both, so that the comparison is ambiguous.
    /// </summary>
    private static Dictionary<int, int> RelativeYears(TokenList t, Clauses sentences)
    {
        var offsets = new Dictionary<int, int>();
        for (var k = 0; k + 1 < t.Count; k++)
        {
            if (!t.Is(k + 1, "year") || t.Is(k - 1, "the")) continue;
            int? offset = t.Is(k, "last") || t.Is(k, "past") ? -1 : t.Is(k, "this") || t.Is(k, "current") ? 0 : null;
            if (offset is not { } o) continue;
            var sentence = sentences.StartOf(k);
            offsets[sentence] = offsets.TryGetValue(sentence, out var seen) && seen != o ? 2 : o;
        }
        return offsets;
    }
}
