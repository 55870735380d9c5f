using System.Globalization;
using Entente.Core.Domain;

namespace Entente.Core.Knowledge.Briefing;

/// <summary>What a trade figure's period is, for comparing only like with like.</summary>
public enum TradePeriodKind
{
    /// <summary>A full calendar year: "2024", or January to December.</summary>
    CalendarYear,

    /// <summary>Twelve months starting in another month than January: "FY2023/24 (Apr–Mar)".</summary>
    FiscalYear,

    /// <summary>Months within one year: "Jan–Aug 2011"; comparable only with the same months of another year.</summary>
    PartYear,

    /// <summary>Anything else (several years, a quarter across years).</summary>
    Other,
}

/// <summary>A classified period: its kind, year, month range and label.</summary>
public sealed record TradePeriod(TradePeriodKind Kind, int Year, int FirstMonth, int LastMonth, string Label)
{
    private static readonly string[] MonthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>"Jan–Aug": the months a part-year figure covers, the key it is compared by.</summary>
    public string Months => FirstMonth == LastMonth ? MonthNames[FirstMonth - 1] : $"{MonthNames[FirstMonth - 1]}–{MonthNames[LastMonth - 1]}";

    public static TradePeriod Of(Period period)
    {
        var (startYear, startMonth) = Parse(period.Start, first: true);
        var (endYear, endMonth) = Parse(period.End, first: false);
        var label = period.Start == period.End ? period.Start : $"{period.Start} to {period.End}";
        if (startYear == 0 || endYear == 0) return new(TradePeriodKind.Other, 0, 0, 0, label);
        if (startYear == endYear && startMonth == 1 && endMonth == 12)
            return new(TradePeriodKind.CalendarYear, startYear, 1, 12, startYear.ToString(CultureInfo.InvariantCulture));
        if (endYear == startYear + 1 && startMonth > 1 && endMonth == startMonth - 1)
            return new(TradePeriodKind.FiscalYear, startYear, startMonth, endMonth,
                $"FY{startYear}/{(endYear % 100).ToString("D2", CultureInfo.InvariantCulture)} ({MonthNames[startMonth - 1]}–{MonthNames[endMonth - 1]})");
        if (startYear == endYear)
        {
            var partial = new TradePeriod(TradePeriodKind.PartYear, startYear, startMonth, endMonth, "");
            return partial with { Label = $"{partial.Months} {startYear.ToString(CultureInfo.InvariantCulture)}" };
        }
        return new(TradePeriodKind.Other, startYear, startMonth, endMonth, label);
    }

    /// <summary>Year and month of an ISO date; a bare year starts in January and ends in December.</summary>
    private static (int Year, int Month) Parse(string date, bool first)
    {
        if (date.Length < 4 || !int.TryParse(date.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)) return (0, 0);
        if (date.Length < 7) return (year, first ? 1 : 12);
        return int.TryParse(date.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12 ? (year, month) : (0, 0);
    }
}
