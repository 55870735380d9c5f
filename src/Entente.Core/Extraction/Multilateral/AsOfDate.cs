using Entente.Core.Extraction.Sentences;

namespace Entente.Core.Extraction.Multilateral;

/// <summary>
/// The date a figure or an office refers to: a past date the sentence gives ("at the end of
/// 2022", "according to the 2022 microcensus"), else the publication year.
/// </summary>
internal static class AsOfDate
{
    public static string? Of(ArticleContext context, Sentence sentence, int after = -1, int before = int.MaxValue)
    {
        var published = context.Published;
        foreach (var date in context.DatesIn(sentence))
        {
            if (date.Start < after || date.End > before) continue;
            if (published is { } p && date.From.Year > p.Year) continue;
            return (date.IsPeriod ? date.To : date.From).Truncate(Time.DatePrecision.Month).ToString();
        }
        return context.AsOfYear;
    }
}
