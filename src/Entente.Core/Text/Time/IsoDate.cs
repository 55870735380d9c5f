using System.Globalization;

namespace Entente.Core.Text.Time;

/// <summary>
/// A calendar date known to the year, the month or the day, written as the schema's Date
/// ("2011", "2003-10", "1992-01-24"). Month and Day are 0 where not known. Dates order by year,
/// then month, then day, so a partial date sorts before the dates it contains.
/// </summary>
public readonly record struct IsoDate : IComparable<IsoDate>
{
    private IsoDate(int year, int month, int day)
    {
        Year = year;
        Month = month;
        Day = day;
    }

    public int Year { get; }
    public int Month { get; }
    public int Day { get; }

    public DatePrecision Precision => Day > 0 ? DatePrecision.Day : Month > 0 ? DatePrecision.Month : DatePrecision.Year;

    public static IsoDate OfYear(int year) => Create(year, 0, 0);

    public static IsoDate OfMonth(int year, int month) => Create(year, month, 0);

    public static IsoDate OfDay(int year, int month, int day) => Create(year, month, day);

    public static IsoDate Of(DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>A date if the parts make one (month 0 means unknown, and then day must be 0 too).</summary>
    public static bool TryCreate(int year, int month, int day, out IsoDate date)
    {
        date = default;
        if (year is < 1 or > 9999 || month is < 0 or > 12 || day < 0) return false;
        if (month == 0 && day != 0) return false;
        if (day > 0 && day > DateTime.DaysInMonth(year, month)) return false;
        date = new IsoDate(year, month, day);
        return true;
    }

    private static IsoDate Create(int year, int month, int day) =>
        TryCreate(year, month, day, out var date) ? date : throw new ArgumentOutOfRangeException(nameof(year), $"{year}-{month}-{day} is not a date.");

    /// <summary>Parses "2011", "2003-10" or "1992-01-24".</summary>
    public static bool TryParse(string? text, out IsoDate date)
    {
        date = default;
        if (text is null) return false;
        var parts = text.Split('-');
        if (parts.Length > 3 || parts[0].Length != 4 || parts.Skip(1).Any(p => p.Length != 2)) return false;
        var numbers = new int[3];
        for (var k = 0; k < parts.Length; k++)
            if (!int.TryParse(parts[k], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[k]) || (k > 0 && numbers[k] == 0))
                return false;
        return TryCreate(numbers[0], numbers[1], numbers[2], out date);
    }

    public static IsoDate Parse(string text) =>
        TryParse(text, out var date) ? date : throw new FormatException($"'{text}' is not a year, year-month or date.");

    /// <summary>The first day the date covers.</summary>
    public DateOnly FirstDay => new(Year, Math.Max(Month, 1), Math.Max(Day, 1));

    /// <summary>The last day the date covers.</summary>
    public DateOnly LastDay
    {
        get
        {
            var month = Month == 0 ? 12 : Month;
            return new DateOnly(Year, month, Day == 0 ? DateTime.DaysInMonth(Year, month) : Day);
        }
    }

    /// <summary>The same date cut to at most the given precision.</summary>
    public IsoDate Truncate(DatePrecision precision) => precision switch
    {
        DatePrecision.Year => new IsoDate(Year, 0, 0),
        DatePrecision.Month when Precision == DatePrecision.Day => new IsoDate(Year, Month, 0),
        _ => this,
    };

    public int CompareTo(IsoDate other)
    {
        var byYear = Year.CompareTo(other.Year);
        if (byYear != 0) return byYear;
        var byMonth = Month.CompareTo(other.Month);
        return byMonth != 0 ? byMonth : Day.CompareTo(other.Day);
    }

    public static bool operator <(IsoDate a, IsoDate b) => a.CompareTo(b) < 0;
    public static bool operator >(IsoDate a, IsoDate b) => a.CompareTo(b) > 0;
    public static bool operator <=(IsoDate a, IsoDate b) => a.CompareTo(b) <= 0;
    public static bool operator >=(IsoDate a, IsoDate b) => a.CompareTo(b) >= 0;

    public override string ToString() => Precision switch
    {
        DatePrecision.Day => $"{Year:D4}-{Month:D2}-{Day:D2}",
        DatePrecision.Month => $"{Year:D4}-{Month:D2}",
        _ => $"{Year:D4}",
    };
}
