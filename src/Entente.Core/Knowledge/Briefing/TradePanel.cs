using Entente.Core.Domain;

namespace Entente.Core.Knowledge.Briefing;

/// <summary>
/// A pair's trade figures arranged so that only like is compared with like: one series per flow and
/// currency; full calendar years as the main series with the change on the year before; fiscal years
/// apart and labelled; part-year figures compared only with the same months of another year;
/// sub-national figures (those with a scope) kept out of the national series.
/// </summary>
public sealed class TradePanel
{
    /// <summary>One figure of a series: the fact, its period, and the figure it is compared with.</summary>
    public sealed record Point(KnowledgeFact Fact, TradePeriod Period, KnowledgeFact? Previous)
    {
        public Trade Trade => (Trade)Fact.Fact;

        /// <summary>Percentage change on the compared figure, when there is one.</summary>
        public decimal? Change => Previous is { Fact: Trade before } && before.Value.Amount != 0
            ? (Trade.Value.Amount - before.Value.Amount) / before.Value.Amount * 100m
            : null;
    }

    /// <summary>A series: the figures of one flow, currency and kind of period.</summary>
    public sealed record Series(string Flow, string? From, string? To, string Currency, TradePeriodKind Kind, string? Months, IReadOnlyList<Point> Points)
    {
        /// <summary>"full calendar years", "fiscal years, Apr–Mar" or "Jan–Aug of each year": what the series compares.</summary>
        public string Describe() => Kind switch
        {
            TradePeriodKind.CalendarYear => "full calendar years",
            TradePeriodKind.FiscalYear => $"fiscal years, {Months}",
            _ => $"{Months} of each year",
        };
    }

    public IReadOnlyList<Series> National { get; }

    /// <summary>Figures for a province, state or city.</summary>
    public IReadOnlyList<KnowledgeFact> SubNational { get; }

    /// <summary>Figures whose period compares with nothing (several years at once).</summary>
    public IReadOnlyList<KnowledgeFact> Other { get; }

    public TradePanel(IEnumerable<KnowledgeFact> facts)
    {
        var trade = facts.Where(f => f.Fact is Trade).ToList();
        SubNational = trade.Where(f => ((Trade)f.Fact).Scope is not null).ToList();
        var national = trade.Where(f => ((Trade)f.Fact).Scope is null).Select(f => (Fact: f, Period: TradePeriod.Of(((Trade)f.Fact).Period))).ToList();
        Other = national.Where(x => x.Period.Kind == TradePeriodKind.Other).Select(x => x.Fact).ToList();
        National = national.Where(x => x.Period.Kind != TradePeriodKind.Other)
            .GroupBy(x =>
            {
                var t = (Trade)x.Fact.Fact;
                return (t.Flow, t.From, t.To, t.Value.Currency, x.Period.Kind, Months: x.Period.Kind == TradePeriodKind.CalendarYear ? null : x.Period.Months);
            })
            .Select(g => new Series(g.Key.Flow, g.Key.From, g.Key.To, g.Key.Currency, g.Key.Kind, g.Key.Months, Points([.. g])))
            .OrderBy(s => s.Flow == "total" ? 0 : 1).ThenBy(s => s.Kind).ThenByDescending(s => s.Points.Count).ThenBy(s => s.Currency, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The main series: two-way trade by full calendar year in the currency with most such years.</summary>
    public Series? Main => National.Where(s => s is { Flow: "total", Kind: TradePeriodKind.CalendarYear }).MaxBy(s => s.Points.Count);

    /// <summary>The figures a chart may draw side by side: the main series, else the longest run of one kind of period, flow and currency.</summary>
    public Series? Comparable => Main ?? National.Where(s => s.Flow == "total").MaxBy(s => s.Points.Count);

    /// <summary>One figure per year (the one most sources give when several disagree), each compared with the year before when it is there.</summary>
    private static List<Point> Points(IReadOnlyList<(KnowledgeFact Fact, TradePeriod Period)> figures)
    {
        var byYear = figures.GroupBy(x => x.Period.Year)
            .Select(g => g.OrderByDescending(x => x.Fact.Sources.Count + x.Fact.MoreSources).ThenBy(x => x.Fact.Id).First())
            .OrderBy(x => x.Period.Year).ToList();
        var points = new List<Point>();
        for (var i = 0; i < byYear.Count; i++)
        {
            var previous = i > 0 && byYear[i - 1].Period.Year == byYear[i].Period.Year - 1 ? byYear[i - 1].Fact : null;
            points.Add(new Point(byYear[i].Fact, byYear[i].Period, previous));
        }
        return points;
    }
}
