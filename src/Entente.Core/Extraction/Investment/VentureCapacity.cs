using Entente.Core.Domain;
using Entente.Core.Text.Numbers;
using Entente.Core.Text;

namespace Entente.Core.Extraction.Investment;

/// <summary>
/// A production capacity: "an annual capacity of 3,000 units", "can turn out 1,000 buses a year",
/// "5,000 tractors a year", "a 1,878-megawatt plant" (a rating, per nothing).
/// </summary>
internal static class VentureCapacity
{
    private static readonly HashSet<string> Leads = new(StringComparer.OrdinalIgnoreCase)
    {
        "capacity", "make", "build", "produce", "assemble", "out", "manufacture",
    };
    private static readonly HashSet<string> Ratings = new(StringComparer.OrdinalIgnoreCase)
    {
        "megawatt", "gigawatt", "kilowatt", "mw", "gw", "tonne", "ton",
    };

    public static Capacity? Find(string text, List<Token> words, IEnumerable<NumberMention> numbers)
    {
        foreach (var number in numbers)
        {
            if (number.Kind != NumberKind.Cardinal) continue;
            var next = WordIndex.At(words, number.End);
            if (next < 0) continue;
            // "1,878-megawatt": the unit glued to the figure by a hyphen.
            var glued = words[next].Start < number.End || (number.End < text.Length && text[number.End] == '-');
            if (glued)
            {
                var unitWord = words[next].Start < number.End ? words[next].Text[(number.End - words[next].Start)..].TrimStart('-') : words[next].Text;
                if (Ratings.Contains(unitWord)) return new Capacity(number.Value, unitWord.ToLowerInvariant() + "s", PerYear(words, next + 1) ? "year" : null);
                continue;
            }
            var unit = words[next].Text;
            if (!unit.EndsWith('s') || words[next].IsCapitalized) continue;
            var previous = WordIndex.Before(words, number.Start);
            var led = previous >= 0 && (Leads.Contains(words[previous].Text) || (words[previous].Is("of") && previous > 0 && words[previous - 1].Is("capacity")));
            var perYear = PerYear(words, next + 1) || AnnualCapacity(words, previous);
            if (led || perYear) return new Capacity(number.Value, unit.ToLowerInvariant(), perYear ? "year" : null);
        }
        return null;
    }

    private static bool PerYear(List<Token> words, int i) =>
        i < words.Count && (words[i].Is("annually") || words[i].Is("yearly")
            || (i + 1 < words.Count && (words[i].Is("a") || words[i].Is("per") || words[i].Is("each") || words[i].Is("every")) && words[i + 1].Is("year")));

    /// <summary>"an annual capacity of": the words just before the figure.</summary>
    private static bool AnnualCapacity(List<Token> words, int previous) =>
        previous >= 2 && words[previous].Is("of") && words[previous - 1].Is("capacity") && words[previous - 2].Is("annual");
}
