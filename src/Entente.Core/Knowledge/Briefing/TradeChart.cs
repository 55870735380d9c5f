using ScottPlot;

namespace Entente.Core.Knowledge.Briefing;

/// <summary>
/// A bar chart of one comparable trade series, drawn with ScottPlot, as PNG bytes: only figures of one
/// flow, currency and kind of period (full calendar years, or the same months of each year), the
/// latest <see cref="MaxBars"/> of them.
/// </summary>
public static class TradeChart
{
    public const int MaxBars = 16;

    public static byte[]? Png(TradePanel.Series? series, string title)
    {
        if (series is null || series.Points.Count == 0) return null;
        var points = series.Points.TakeLast(MaxBars).ToList();
        var plot = new Plot();
        plot.Add.Bars(points.Select(p => (double)(p.Trade.Value.Amount / 1_000_000m)).ToArray());
        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, points.Count).Select(i => (double)i).ToArray(), points.Select(p => p.Period.Label).ToArray());
        plot.Axes.Left.Label.Text = $"million {series.Currency}";
        plot.Axes.Margins(bottom: 0);
        plot.Title(title);
        return plot.GetImageBytes(Math.Max(480, 140 * points.Count), 320, ImageFormat.Png);
    }

    /// <summary>"full calendar years" or "Jan–Aug of each year": what the chart compares.</summary>
    public static string Describe(TradePanel.Series series) => series.Kind switch
    {
        Briefing.TradePeriodKind.CalendarYear => "full calendar years",
        Briefing.TradePeriodKind.FiscalYear => $"fiscal years ({series.Months})",
        _ => $"{series.Months} of each year",
    };
}
