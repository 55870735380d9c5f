using System.Globalization;
using Entente.Core.Cleaning;
using Entente.Core.Domain;
using Entente.Core.Extraction;
using Entente.Core.Ingest;

namespace Entente.Core.Tests.Extraction.Trade;

/// <summary>Runs the whole pipeline over a short text and renders the trade facts it gives as compact lines.</summary>
internal static class TradeFacts
{
    public static IReadOnlyList<Fact> All(string text)
    {
        // A text the cleaner finds no article in gives no facts.
        var articles = new ArticlePipelineBuilder().UseDefaults().Build().Process(new SourceDocument("t.txt", text, []), new CleaningContext());
        var facts = new FactExtractionPipelineBuilder().UseDefaults().Build();
        return articles.SelectMany(facts.Extract).ToList();
    }

    /// <summary>"total VN-TH 21500000000 USD 2023..2023 %4.2 ~about" or "export KE>UG …".</summary>
    public static List<string> Flows(string text) => All(text).OfType<Domain.Trade>().Select(Render).ToList();

    /// <summary>"VN>PH rice|coffee".</summary>
    public static List<string> Goods(string text) =>
        All(text).OfType<TradeGoods>().Select(g => $"{g.From}>{g.To} {string.Join('|', g.Goods)}").ToList();

    /// <summary>"VN-TH 25000000000 USD by 2025".</summary>
    public static List<string> Targets(string text) =>
        All(text).OfType<TradeTarget>().Select(t => $"{Parties(t.Parties)} {Amount(t.Value)} by {t.By ?? "-"}").ToList();

    private static string Render(Domain.Trade t)
    {
        var who = t.Flow == "export" ? $"{t.From}>{t.To}" : Parties(t.Parties);
        var change = t.Change switch
        {
            { Percent: { } p } => $" %{p.ToString(CultureInfo.InvariantCulture)}",
            { Factor: { } f } => $" x{f.ToString(CultureInfo.InvariantCulture)}",
            _ => "",
        };
        var qualifier = t.Qualifier is null ? "" : $" ~{t.Qualifier}";
        return $"{t.Flow} {who} {Amount(t.Value)} {t.Period.Start}..{t.Period.End}{change}{qualifier}";
    }

    private static string Parties(string[] parties) => string.Join('-', parties.Order(StringComparer.Ordinal));

    private static string Amount(Money m) => $"{m.Amount.ToString(CultureInfo.InvariantCulture)} {m.Currency}";
}
