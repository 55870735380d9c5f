using Entente.Core.Extraction.Time;

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
}
