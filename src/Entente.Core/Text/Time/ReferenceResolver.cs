namespace Entente.Core.Text.Time;

/// <summary>Which occurrence of a year-less month, day or weekday the text means.</summary>
internal enum Occurrence
{
    /// <summary>Chosen by tense: the latest not after the reference, or the first not before it in the future.</summary>
    ByTense,

    /// <summary>"last May", "last Tuesday": strictly before the reference.</summary>
    Previous,

    /// <summary>"next May", "next Tuesday": strictly after the reference.</summary>
    Next,

    /// <summary>"this May": in the reference year.</summary>
    Same,
}

/// <summary>Places year-less dates and weekdays in time relative to a reference date.</summary>
internal static class ReferenceResolver
{
    /// <summary>
    /// The year for a month (and day, or 0) written without one. With only a reference year, that year.
    /// </summary>
    public static int? YearFor(int month, int day, IsoDate reference, Tense tense, Occurrence occurrence)
    {
        if (reference.Precision == DatePrecision.Year || occurrence == Occurrence.Same) return reference.Year;
        if (occurrence == Occurrence.ByTense && tense != Tense.Past && NearestWithinDays(month, day, reference) is { } near) return near;
        if (!IsoDate.TryCreate(reference.Year, month, day == 29 && month == 2 ? 28 : day, out var candidate)) return null;
        var precision = (DatePrecision)Math.Min((int)candidate.Precision, (int)reference.Precision);
        var cmp = candidate.Truncate(precision).CompareTo(reference.Truncate(precision));
        var year = reference.Year;
        switch (occurrence)
        {
            case Occurrence.Previous when cmp >= 0:
            case Occurrence.ByTense when tense != Tense.Future && cmp > 0:
                year--;
                break;
            case Occurrence.Next when cmp <= 0:
            case Occurrence.ByTense when tense == Tense.Future && cmp < 0:
                year++;
                break;
        }
        return year;
    }

    // Days either side of the reference within which a year-less day is taken as that nearby day
    // unless the text is known to speak of the past: a text dated May 8 means this May 11, not last
    // year's, and a dateline a few days late does not push "will meet on May 5" into next year.
    private const int NearDays = 14;

    private static int? NearestWithinDays(int month, int day, IsoDate reference)
    {
        if (reference.Precision != DatePrecision.Day || day == 0) return null;
        var at = reference.FirstDay.DayNumber;
        for (var year = reference.Year - 1; year <= reference.Year + 1; year++)
            if (IsoDate.TryCreate(year, month, day, out var candidate) && Math.Abs(candidate.FirstDay.DayNumber - at) <= NearDays)
                return year;
        return null;
    }

    /// <summary>
    /// The day a weekday name points to; without a reference day, the reference itself at its precision.
    /// </summary>
    public static IsoDate Weekday(DayOfWeek weekday, IsoDate reference, Tense tense, Occurrence occurrence)
    {
        if (reference.Precision != DatePrecision.Day) return reference;
        var day = reference.FirstDay;
        var back = ((int)day.DayOfWeek - (int)weekday + 7) % 7;
        var forward = ((int)weekday - (int)day.DayOfWeek + 7) % 7;
        var offset = occurrence switch
        {
            Occurrence.Previous => -(back == 0 ? 7 : back),
            Occurrence.Next => forward == 0 ? 7 : forward,
            _ when tense == Tense.Future => forward,
            _ => -back,
        };
        return IsoDate.Of(day.AddDays(offset));
    }

    /// <summary>The reference moved by whole days, or the reference itself when it has no day.</summary>
    public static IsoDate ShiftDays(IsoDate reference, int days) =>
        reference.Precision == DatePrecision.Day ? IsoDate.Of(reference.FirstDay.AddDays(days)) : reference;

    /// <summary>The reference moved by whole months, or the reference year when it has no month.</summary>
    public static IsoDate ShiftMonths(IsoDate reference, int months)
    {
        if (reference.Precision == DatePrecision.Year) return reference;
        var shifted = new DateOnly(reference.Year, reference.Month, 1).AddMonths(months);
        return IsoDate.OfMonth(shifted.Year, shifted.Month);
    }
}
