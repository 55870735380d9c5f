namespace Entente.Core.Knowledge.Briefing;

/// <summary>
/// A briefing note: its Markdown (which links the chart as <see cref="ChartFile"/>) and the trade chart
/// when there is one. The chart is drawn on first use (a PNG takes tens of milliseconds to draw), so a
/// brief read as text, or shown with its chart served apart, never draws it.
/// </summary>
public sealed class Brief(string pair, string markdown, Func<byte[]>? chart)
{
    public const string ChartFile = "trade-chart.png";

    private readonly Lazy<byte[]?> _chart = new(() => chart?.Invoke());

    public string Pair => pair;

    public string Markdown => markdown;

    /// <summary>True when the brief has a trade chart (its Markdown links it).</summary>
    public bool HasChart => chart is not null;

    /// <summary>The chart as PNG bytes, drawn on first use; null when the brief has none.</summary>
    public byte[]? TradeChartPng => _chart.Value;
}
