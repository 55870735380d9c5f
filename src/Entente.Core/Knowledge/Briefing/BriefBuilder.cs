using System.Text;
using Entente.Core.Domain;
using Entente.Core.Storage;

namespace Entente.Core.Knowledge.Briefing;

/// <summary>
/// Writes the briefing note on a country pair from the knowledge base: overview; political ties,
/// mechanisms and their sessions, agreements; high-level exchanges; trade as a series with a chart,
/// goods each way, targets, investment and ventures; localities; people; multilateral support;
/// conflicting reports. Every statement cites its sources; figures state their period.
/// </summary>
public sealed class BriefBuilder(IEntenteStore store)
{
    /// <summary>The brief on two countries (ISO codes or bloc acronyms), named in the order given.</summary>
    public Brief Build(string first, string second)
    {
        var pair = FactCountries.PairKey(first, second);
        var facts = store.Facts(new FactQuery(Pair: pair));
        string[] codes = [first, second];
        var citations = new Citations();
        var md = new StringBuilder();
        var title = $"{Names.Country(codes[0])} – {Names.Country(codes[1])}";
        md.AppendLine($"# {title}: briefing note").AppendLine();

        Overview(md, facts, codes, citations);
        Section(md, "Political ties", facts.Where(f => f.Fact is RelationsEstablished or EmbassyOpened or AmbassadorAppointed).OrderBy(Date, StringComparer.Ordinal), citations);
        Mechanisms(md, facts, citations);
        Section(md, "Agreements", facts.Where(f => f.Fact is Agreement).OrderBy(Date, StringComparer.Ordinal), citations);
        Section(md, "High-level exchanges", facts.Where(f => f.Fact is Visit or Meeting).OrderBy(Date, StringComparer.Ordinal), citations);

        var trade = facts.Where(f => f.Fact is Trade).OrderBy(f => ((Trade)f.Fact).Period.Start, StringComparer.Ordinal).ToList();
        var chart = TradeChart.Png(trade.Select(f => (Trade)f.Fact).Where(t => t.Flow == "total").ToList(), $"Two-way trade, {title}");
        md.AppendLine("## Trade").AppendLine();
        if (trade.Count == 0) md.AppendLine("No trade figures in the sources.").AppendLine();
        else
        {
            md.AppendLine("| period | flow | value | change | sources |").AppendLine("| --- | --- | --- | --- | --- |");
            foreach (var f in trade)
            {
                var t = (Trade)f.Fact;
                var flow = t.Flow == "export" ? $"{Names.Country(t.From)} → {Names.Country(t.To)}" : "two-way";
                var change = t.Change is { Percent: { } p } ? $"{p:+0.##;-0.##}%" : t.Change is { Factor: { } x } ? $"×{x:0.##}" : "";
                md.AppendLine($"| {Names.Period(t.Period)} | {flow} | {t.Qualifier}{(t.Qualifier is null ? "" : " ")}{Names.Money(t.Value)} | {change} | {citations.For(f)}{ConflictMark(f)} |");
            }
            md.AppendLine();
            if (chart is not null) md.AppendLine($"![Two-way trade by period]({Brief.ChartFile})").AppendLine();
        }
        Section(md, "Goods traded", facts.Where(f => f.Fact is TradeGoods).OrderBy(Date, StringComparer.Ordinal), citations, heading: 3);
        Section(md, "Trade targets", facts.Where(f => f.Fact is TradeTarget).OrderBy(Date, StringComparer.Ordinal), citations, heading: 3);
        Section(md, "Investment and joint ventures", facts.Where(f => f.Fact is Investment or JointVenture).OrderBy(Date, StringComparer.Ordinal), citations);
        Section(md, "Localities", facts.Where(f => f.Fact is LocalityPartnership), citations);
        Section(md, "People", facts.Where(f => f.Fact is Community or Students).OrderBy(Date, StringComparer.Ordinal), citations);
        Section(md, "Office holders named", facts.Where(f => f.Fact is OfficeHolder).OrderBy(Date, StringComparer.Ordinal), citations, heading: 3);
        Section(md, "Multilateral support", facts.Where(f => f.Fact is CandidacySupport).OrderBy(Date, StringComparer.Ordinal), citations);

        var conflicted = facts.Where(f => f.Conflicts.Count > 0).ToList();
        if (conflicted.Count > 0)
        {
            md.AppendLine("## Conflicting reports").AppendLine();
            foreach (var f in conflicted) md.AppendLine($"- {FactDescription.Of(f.Fact)} {citations.For(f)} (disagrees with fact {string.Join(", ", f.Conflicts)})");
            md.AppendLine();
        }

        md.AppendLine("## Sources").AppendLine();
        foreach (var reference in citations.References()) md.AppendLine($"- {reference}");
        return new Brief(pair, md.ToString(), chart);
    }

    private static void Overview(StringBuilder md, IReadOnlyList<KnowledgeFact> facts, string[] codes, Citations citations)
    {
        md.AppendLine("## Overview").AppendLine();
        var articles = facts.SelectMany(f => f.Sources).Select(s => s.Article).Distinct().Count();
        var published = facts.SelectMany(f => f.Sources).Select(s => s.Published).OfType<string>().Order(StringComparer.Ordinal).ToList();
        md.Append($"{Names.Count(facts.Count)} facts on relations between {Names.Country(codes[0])} and {Names.Country(codes[1])}, from {articles} article{(articles == 1 ? "" : "s")}");
        md.AppendLine(published.Count > 0 ? $" published {published[0]} to {published[^1]}." : ".");
        md.AppendLine();
        if (facts.FirstOrDefault(f => f.Fact is RelationsEstablished) is { } relations)
            md.AppendLine($"- {FactDescription.Of(relations.Fact)} {citations.For(relations)}");
        if (facts.Where(f => f.Fact is Trade { Flow: "total" }).MaxBy(f => ((Trade)f.Fact).Period.End, StringComparer.Ordinal) is { } latest)
            md.AppendLine($"- Latest trade figure: {FactDescription.Of(latest.Fact)} {citations.For(latest)}");
        var mechanisms = facts.Count(f => f.Fact is Mechanism);
        if (mechanisms > 0) md.AppendLine($"- {mechanisms} cooperation mechanism{(mechanisms == 1 ? "" : "s")} on record.");
        md.AppendLine();
    }

    /// <summary>Each mechanism with its sessions under it (a session belongs to the mechanism whose name it shares).</summary>
    private static void Mechanisms(StringBuilder md, IReadOnlyList<KnowledgeFact> facts, Citations citations)
    {
        var mechanisms = facts.Where(f => f.Fact is Mechanism).ToList();
        var sessions = facts.Where(f => f.Fact is MechanismSession).OrderBy(Date, StringComparer.Ordinal)
            .Select(f => (Fact: f, Words: NameKey.Words(((MechanismSession)f.Fact).Mechanism))).ToList();
        if (mechanisms.Count == 0 && sessions.Count == 0) return;
        md.AppendLine("## Mechanisms and their sessions").AppendLine();
        var placed = new HashSet<long>();
        foreach (var m in mechanisms)
        {
            var name = NameKey.Words(((Mechanism)m.Fact).Name);
            md.AppendLine($"- {FactDescription.Of(m.Fact)} {citations.For(m)}");
            foreach (var (s, _) in sessions.Where(s => NameKey.Similarity(name, s.Words) >= FactIdentity.SameName))
            {
                md.AppendLine($"  - {FactDescription.Of(s.Fact)} {citations.For(s)}{ConflictMark(s)}");
                placed.Add(s.Id);
            }
        }
        foreach (var (s, _) in sessions.Where(s => !placed.Contains(s.Fact.Id))) md.AppendLine($"- {FactDescription.Of(s.Fact)} {citations.For(s)}{ConflictMark(s)}");
        md.AppendLine();
    }

    private static void Section(StringBuilder md, string title, IEnumerable<KnowledgeFact> facts, Citations citations, int heading = 2)
    {
        var list = facts.ToList();
        if (list.Count == 0) return;
        md.AppendLine($"{new string('#', heading)} {title}").AppendLine();
        foreach (var f in list) md.AppendLine($"- {FactDescription.Of(f.Fact)} {citations.For(f)}{ConflictMark(f)}");
        md.AppendLine();
    }

    private static string ConflictMark(KnowledgeFact fact) =>
        (fact.Conflicts.Count > 0 ? " (sources disagree)" : "") + (fact.Review is { } review ? $" ({review} by a reviewer)" : "");

    private static string Date(KnowledgeFact fact) => fact.Date ?? "";
}
