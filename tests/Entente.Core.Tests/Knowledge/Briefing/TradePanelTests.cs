using Entente.Core.Domain;
using Entente.Core.Knowledge;
using Entente.Core.Knowledge.Briefing;

namespace Entente.Core.Tests.Knowledge.Briefing;

public class TradePanelTests
{
    private static long _id;

    private static KnowledgeFact Figure(decimal amount, string currency, string start, string end, string? scope = null) =>
        new(++_id, new Trade(["VN", "JP"], "total", new Money(amount, currency), new Period(start, end)) { Scope = scope },
            [new FactSource("a.txt", 1, "Outlet", "2025", "Title", "quote", 0, 5)], [], ["JP-VN"]);

    private static readonly KnowledgeFact[] Figures =
    [
        Figure(151_000_000, "USD", "2011-01", "2011-08"),
        Figure(1_900_000_000, "USD", "2023", "2023"),
        Figure(2_100_000_000, "USD", "2024-01", "2024-12"),
        Figure(1_300_000_000, "USD", "2024-01", "2024-08"),
        Figure(1_500_000_000, "USD", "2025-01", "2025-07"),
        Figure(5_200_000_000_000, "JPY", "2023-04", "2024-03"),
        Figure(5_900_000_000_000, "JPY", "2024-04", "2025-03"),
        Figure(200_000_000, "USD", "2024", "2024", scope: "Hai Phong"),
        Figure(3_000_000_000, "USD", "2020", "2021"),
    ];

    [Fact]
    public void Full_calendar_years_are_the_main_series_with_change_on_the_year_before()
    {
        var main = new TradePanel(Figures).Main!;
        Assert.Equal(["2023", "2024"], main.Points.Select(p => p.Period.Label));
        Assert.Null(main.Points[0].Change);
        Assert.Equal(10.53m, Math.Round(main.Points[1].Change!.Value, 2));
        Assert.Equal("USD", main.Currency);
    }

    [Fact]
    public void Part_years_are_compared_only_with_the_same_months()
    {
        var panel = new TradePanel(Figures);
        var janAug = panel.National.Single(s => s.Months == "Jan–Aug");
        Assert.Equal(["Jan–Aug 2011", "Jan–Aug 2024"], janAug.Points.Select(p => p.Period.Label));
        // 2011 and 2024 are not consecutive years: no change is computed between them.
        Assert.All(janAug.Points, p => Assert.Null(p.Change));
        var janJul = panel.National.Single(s => s.Months == "Jan–Jul");
        Assert.Null(Assert.Single(janJul.Points).Previous);
    }

    [Fact]
    public void Fiscal_years_are_a_labelled_series_of_their_own_currency()
    {
        var fiscal = new TradePanel(Figures).National.Single(s => s.Kind == TradePeriodKind.FiscalYear);
        Assert.Equal("JPY", fiscal.Currency);
        Assert.Equal(["FY2023/24 (Apr–Mar)", "FY2024/25 (Apr–Mar)"], fiscal.Points.Select(p => p.Period.Label));
        Assert.Equal(13.46m, Math.Round(fiscal.Points[1].Change!.Value, 2));
    }

    [Fact]
    public void Sub_national_and_multi_year_figures_stay_out_of_the_series()
    {
        var panel = new TradePanel(Figures);
        Assert.Equal("Hai Phong", ((Trade)Assert.Single(panel.SubNational).Fact).Scope);
        Assert.Equal("2020 to 2021", TradePeriod.Of(((Trade)Assert.Single(panel.Other).Fact).Period).Label);
        Assert.DoesNotContain(panel.National.SelectMany(s => s.Points), p => ((Trade)p.Fact.Fact).Scope is not null);
    }

    [Fact]
    public void The_chart_draws_one_comparable_series()
    {
        var panel = new TradePanel(Figures);
        Assert.Same(panel.Main, panel.Comparable);
        Assert.All(panel.Comparable!.Points, p => Assert.Equal(TradePeriodKind.CalendarYear, p.Period.Kind));
        Assert.NotNull(TradeChart.Png(panel.Comparable, "Two-way trade"));
        // With no full calendar year, the chart takes the longest run of the same months instead.
        var partOnly = new TradePanel(Figures.Where(f => TradePeriod.Of(((Trade)f.Fact).Period).Kind == TradePeriodKind.PartYear));
        Assert.Null(partOnly.Main);
        Assert.Equal("Jan–Aug", partOnly.Comparable!.Months);
    }
}
