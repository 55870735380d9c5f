using Entente.Core.Domain;
using ScottPlot;

namespace Entente.Core.Knowledge.Briefing;

/// <summary>
/// A bar chart of two-way trade by period, drawn with ScottPlot, as PNG bytes: one bar per period
/// (the first figure reported for it), the latest <see cref="MaxBars"/> periods.
/// </summary>
public static class TradeChart
{
    public const int MaxBars = 16;

    public static byte[]? Png(IReadOnlyList<Trade> series, string title)
    {
        if (series.Count == 0) return null;
        var currency = series.GroupBy(t => t.Value.Currency).OrderByDescending(g => g.Count()).First().Key;
        var points = series.Where(t => t.Value.Currency == currency)
            .GroupBy(t => t.Period).Select(g => g.First())
            .OrderBy(t => t.Period.Start, StringComparer.Ordinal).ThenBy(t => t.Period.End, StringComparer.Ordinal)
            .TakeLast(MaxBars).ToList();
        var plot = new Plot();
        var values = points.Select(t => (double)(t.Value.Amount / 1_000_000m)).ToArray();
        plot.Add.Bars(values);
        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, points.Count).Select(i => (double)i).ToArray(), points.Select(t => Names.Period(t.Period)).ToArray());
        plot.Axes.Left.Label.Text = $"million {currency}";
        plot.Axes.Margins(bottom: 0);
        plot.Title(title);
        return plot.GetImageBytes(Math.Max(480, 140 * points.Count), 320, ImageFormat.Png);
    }
}
