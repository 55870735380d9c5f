using Entente.Core.Text.Time;

namespace Entente.Core.Extraction.Diplomacy;

/// <summary>
/// "on Wednesday" in an article known only to its year: the reader can place the weekday in no more than
/// that year, which is not a date the text states, so events dated by it alone are left undated.
/// </summary>
internal static class BareWeekdays
{
    private static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    };

    public static bool IsUnplaced(string text, DateMention date) =>
        date.Relative && date.From.Precision == DatePrecision.Year && IsWeekday(text[date.Start..date.End]);

    public static bool IsWeekday(string mention) => Names.Contains(mention.Trim());
}
