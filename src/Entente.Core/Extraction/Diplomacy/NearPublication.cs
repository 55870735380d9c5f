using Entente.Core.Text.Time;

namespace Entente.Core.Extraction.Diplomacy;

/// <summary>
/// A trip reported while it happens: a year-less day that the date reader, going by the sentence's
/// tense, placed a year away from publication ("lasting until March 6" on March 5; "from February 4"
/// in a sentence with "will", published February 5) is moved back within weeks of publication.
/// </summary>
internal static class NearPublication
{
    private const int NearDays = 21;

    public static IsoDate Adjust(IsoDate date, bool relative, IsoDate? published)
    {
        if (!relative || published is not { Precision: DatePrecision.Day } p || date.Precision != DatePrecision.Day) return date;
        foreach (var shift in new[] { -1, 1 })
        {
            if (IsoDate.TryCreate(date.Year + shift, date.Month, date.Day, out var moved)
                && Math.Abs(moved.FirstDay.DayNumber - p.FirstDay.DayNumber) <= NearDays)
                return moved;
        }
        return date;
    }

    /// <summary>
    /// "held a meeting with Y on Tuesday, … the summit that will take place this week": the reader, taking the sentence's
    /// future for the weekday's, put Tuesday in the week after publication. An event told as held has happened, so a
    /// weekday read into the days after publication is the one of the week before.
    /// </summary>
    public static DateMention PastWeekday(string text, DateMention date, IsoDate? published)
    {
        if (!date.Relative || published is not { Precision: DatePrecision.Day } p || date.From.Precision != DatePrecision.Day
            || !BareWeekdays.IsWeekday(text[date.Start..date.End])) return date;
        var ahead = date.From.FirstDay.DayNumber - p.FirstDay.DayNumber;
        if (ahead is < 1 or > 7) return date;
        var back = IsoDate.Of(date.From.FirstDay.AddDays(-7));
        return date with { From = back, To = back };
    }
}
