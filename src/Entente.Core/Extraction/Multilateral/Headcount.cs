using Entente.Core.Extraction.Gazetteers;
using Entente.Core.Text.Numbers;
using Entente.Core.Extraction.Sentences;

namespace Entente.Core.Extraction.Multilateral;

/// <summary>
/// A count of people in a sentence with the text around it: Left runs back to the previous number
/// (or the sentence start), Right on to the next number (or the sentence end), so "270,000
/// Vietnamese live in the RoK, and some 80,000 Vietnamese students…" reads as two phrases.
/// Max is the upper end of a range ("500–600", "from 30,000 to 100,000").
/// </summary>
internal sealed record Headcount(Sentence Sentence, NumberMention Number, long Min, long Max, int LeftStart, int RightEnd)
{
    private const decimal MaxPeople = 10_000_000_000m;

    public static IEnumerable<Headcount> In(ArticleContext context, Sentence sentence)
    {
        var numbers = context.NumbersIn(sentence).Where(n => n.Kind == NumberKind.Cardinal).ToList();
        var money = context.MoneyIn(sentence).ToList();
        var moneyIndex = 0;
        var text = context.Text;
        for (var k = 0; k < numbers.Count; k++)
        {
            var n = numbers[k];
            while (moneyIndex < money.Count && money[moneyIndex].End < n.End) moneyIndex++;
            var isMoney = moneyIndex < money.Count && money[moneyIndex].Start <= n.Start && n.End <= money[moneyIndex].End;
            if (n.Value < 10 || n.Value != decimal.Truncate(n.Value) || isMoney) continue;
            // The phrase around a count reaches back to the previous number and on to the next, and no further than a clause or two.
            var left = Math.Max(k > 0 ? numbers[k - 1].End : sentence.Start, n.Start - 150);
            var max = n.Max ?? n.Value;
            var right = Math.Min(k + 1 < numbers.Count ? numbers[k + 1].Start : sentence.End, n.End + 150);
            // "from 30,000 to more than 100,000 people": one range.
            if (k + 1 < numbers.Count && EndsWith(text, left, n.Start, "from ") && Between(text, n.End, numbers[k + 1].Start) == "to")
            {
                max = numbers[k + 1].Value;
                right = Math.Min(k + 2 < numbers.Count ? numbers[k + 2].Start : sentence.End, numbers[k + 1].End + 150);
                k++;
            }
            // More people than live on Earth is no head count (and would not fit the type).
            if (n.Value > MaxPeople || max > MaxPeople) continue;
            yield return new Headcount(sentence, n, (long)n.Value, (long)max, left, right);
        }
    }

    /// <summary>The text after the count (after the range's upper end for "from X to Y").</summary>
    public string Right(string text, int from) => from < RightEnd ? text[from..RightEnd] : "";

    /// <summary>The country, other than the origin, of a place or country named after "in" ("in the RoK", "in Belarus") within [from, to), nearest to near.</summary>
    public static string? HostIn(ArticleContext context, int from, int to, int near, string origin)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var m in People.Window.Mentions(context, from, to))
        {
            if (m.IsDemonym || m.Kind is not (MentionKind.Country or MentionKind.Place) || m.Countries.Count != 1 || m.Countries[0] == origin) continue;
            if (!EndsWith(context.Text, Math.Max(from, m.Start - 8), m.Start, "in ") && !EndsWith(context.Text, Math.Max(from, m.Start - 8), m.Start, "in the ")) continue;
            var distance = Math.Abs(m.Start - near);
            if (distance < bestDistance) (best, bestDistance) = (m.Countries[0], distance);
        }
        return best;
    }

    private static bool EndsWith(string text, int from, int to, string tail) =>
        to - from >= tail.Length && string.CompareOrdinal(text, to - tail.Length, tail, 0, tail.Length) == 0;

    private static string Between(string text, int from, int to) => to > from && to - from < 10 ? text[from..to].Trim() : "";
}
