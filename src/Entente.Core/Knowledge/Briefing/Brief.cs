namespace Entente.Core.Knowledge.Briefing;

/// <summary>A briefing note: its Markdown (which links the chart as <see cref="ChartFile"/>) and the trade chart when there is one.</summary>
public sealed record Brief(string Pair, string Markdown, byte[]? TradeChartPng)
{
    public const string ChartFile = "trade-chart.png";
}
