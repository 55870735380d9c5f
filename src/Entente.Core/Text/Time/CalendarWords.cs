namespace Entente.Core.Text.Time;

/// <summary>Month and weekday names with their usual abbreviations.</summary>
internal static class CalendarWords
{
    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static readonly string[] WeekdayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    private static readonly Dictionary<string, int> Months = BuildMonths();

    private static readonly Dictionary<string, DayOfWeek> Weekdays = BuildWeekdays();

    /// <summary>The month names and abbreviations <see cref="Month"/> knows, lower case.</summary>
    public static IEnumerable<string> MonthWords => Months.Keys;

    /// <summary>The weekday names <see cref="TryWeekday"/> knows, lower case.</summary>
    public static IEnumerable<string> WeekdayWords => Weekdays.Keys;

    /// <summary>1..12 for a month name or abbreviation ("Jan", "Sept"), else 0.</summary>
    public static int Month(string lowerWord) => Months.GetValueOrDefault(lowerWord);

    /// <summary>True when the full month name was used, which is safe without a day or year ("in September").</summary>
    public static bool IsFullMonthName(string lowerWord) => Array.IndexOf(MonthNames, lowerWord) >= 0;

    public static bool TryWeekday(string lowerWord, out DayOfWeek day) => Weekdays.TryGetValue(lowerWord, out day);

    private static Dictionary<string, int> BuildMonths()
    {
        var map = new Dictionary<string, int>();
        for (var m = 0; m < 12; m++)
        {
            map[MonthNames[m]] = m + 1;
            map[MonthNames[m][..3]] = m + 1;
        }
        map["sept"] = 9;
        return map;
    }

    private static Dictionary<string, DayOfWeek> BuildWeekdays()
    {
        var map = new Dictionary<string, DayOfWeek>();
        for (var d = 0; d < 7; d++)
        {
            // DayOfWeek counts from Sunday.
            var day = (DayOfWeek)((d + 1) % 7);
            map[WeekdayNames[d]] = day;
        }
        return map;
    }
}
