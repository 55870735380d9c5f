using System.Globalization;
using System.Text;
using Entente.Core.Domain;
using Entente.Core.Storage;

namespace Entente.Core.Knowledge.Briefing;

/// <summary>
/// Writes the briefing note on a country pair from the knowledge base: an executive summary; what is
/// new since a date when asked; political ties and the relationship's level; mechanisms with their
/// sessions under them; agreements; high-level exchanges held and planned; a trade panel that compares
/// only like with like, with its chart; goods, targets, investment; localities; people; multilateral
/// support; conflicting reports side by side with their quotes. Every statement carries a footnote with
/// its quotes and sources; a date the sources did not state is said to be inferred.
/// </summary>
public sealed class BriefBuilder(IEntenteStore store)
{
    /// <summary>The brief on two countries (ISO codes or bloc acronyms), named in the order given; since, when set, an ISO date from which to report what is new.</summary>
    public Brief Build(string first, string second, string? since = null)
    {
        var pair = FactCountries.PairKey(first, second);
        var notes = new Footnotes(pair);
        // A fact filed under the pair only through articles about other pairs is not the pair's.
        var facts = PairSources.Facts(store.Facts(new FactQuery(Pair: pair)), pair);
        string[] codes = [first, second];
        var md = new StringBuilder();
        var title = $"{Names.Country(codes[0])} – {Names.Country(codes[1])}";
        md.AppendLine($"# {MarkdownText.Escape(title)}: briefing note").AppendLine();
        var trade = new TradePanel(facts);

        ExecutiveSummary(md, facts, trade, notes);
        if (since is not null) NewSince(md, facts, since, notes);
        Section(md, "Political ties", facts.Where(f => f.Fact is RelationsEstablished or RelationshipLevel or EmbassyOpened or AmbassadorAppointed).OrderBy(Date, StringComparer.Ordinal), notes);
        Mechanisms(md, facts, notes);
        Section(md, "Agreements", facts.Where(f => f.Fact is Agreement).OrderBy(Date, StringComparer.Ordinal), notes);
        Section(md, "High-level exchanges", facts.Where(f => f.Fact is Visit or Meeting && !FactStatus.IsPlanned(f.Fact)).OrderBy(Date, StringComparer.Ordinal), notes);
        Section(md, "Planned exchanges", facts.Where(f => f.Fact is Visit or Meeting && FactStatus.IsPlanned(f.Fact)).OrderBy(Date, StringComparer.Ordinal), notes);
        var chart = Trade(md, trade, title, notes);
        Section(md, "Goods traded", facts.Where(f => f.Fact is TradeGoods).OrderBy(Date, StringComparer.Ordinal), notes, heading: 3);
        Section(md, "Trade targets", facts.Where(f => f.Fact is TradeTarget).OrderBy(Date, StringComparer.Ordinal), notes, heading: 3);
        Section(md, "Investment and joint ventures", facts.Where(f => f.Fact is Investment or JointVenture).OrderBy(Date, StringComparer.Ordinal), notes);
        Section(md, "Localities", facts.Where(f => f.Fact is LocalityPartnership), notes);
        Section(md, "People", facts.Where(f => f.Fact is Community or Students).OrderBy(Date, StringComparer.Ordinal), notes);
        Section(md, "Office holders named", facts.Where(f => f.Fact is OfficeHolder).OrderBy(Date, StringComparer.Ordinal), notes, heading: 3);
        Section(md, "Multilateral support", facts.Where(f => f.Fact is CandidacySupport).OrderBy(Date, StringComparer.Ordinal), notes);
        Conflicts(md, facts, notes);

        md.AppendLine("## Sources").AppendLine();
        foreach (var article in notes.Articles()) md.AppendLine($"- {Footnotes.Reference(article)}");
        md.AppendLine();
        foreach (var definition in notes.Definitions()) md.AppendLine(definition).AppendLine();
        return new Brief(pair, md.ToString(), chart);
    }

    /// <summary>The statement of a fact as a brief writes it: planned events say so, inferred dates say so, disputed facts say so; then its footnote.</summary>
    public static string Statement(KnowledgeFact fact, Footnotes notes) =>
        $"{(FactStatus.IsPlanned(fact.Fact) ? "Planned: " : "")}{MarkdownText.Escape(FactDescription.Of(fact.Fact))}" +
        $"{(!FactDates.IsInferred(fact) ? "" : FactDates.IsAsOf(fact.Fact) ? " (as of the report's publication)" : " (date inferred from the publication date, not stated)")}" +
        $"{(fact.Fact.AlsoNamed is { Length: > 0 } also ? $" (also reported as {string.Join("; ", also.Select(a => $"“{MarkdownText.Escape(a)}”"))})" : "")}" +
        $"{(fact.Conflicts.Count > 0 ? " (sources disagree: see Conflicting reports)" : "")}{(fact.Review is { } review ? $" ({review} by a reviewer)" : "")} {notes.Mark(fact)}";

    private static void ExecutiveSummary(StringBuilder md, IReadOnlyList<KnowledgeFact> facts, TradePanel trade, Footnotes notes)
    {
        md.AppendLine("## Executive summary").AppendLine();
        var articles = facts.SelectMany(notes.Sources).Select(s => s.Article).Distinct().Count();
        var published = facts.SelectMany(notes.Sources).Select(s => s.Published).OfType<string>().Order(StringComparer.Ordinal).ToList();
        md.Append($"{Names.Count(facts.Count)} facts from {articles} article{(articles == 1 ? "" : "s")}");
        md.AppendLine(published.Count > 0 ? $" published {published[0]} to {published[^1]}." : ".").AppendLine();

        var level = facts.Where(f => f.Fact is RelationshipLevel).OrderBy(f => ((RelationshipLevel)f.Fact).Date ?? "", StringComparer.Ordinal).LastOrDefault();
        md.AppendLine(level is { Fact: RelationshipLevel l }
            ? $"- Relationship: {MarkdownText.Escape(l.Level)}{(l.Date is { } raised ? $", raised to this level in {raised}" : ", date of raising not stated")} {notes.Mark(level)}"
            : "- Relationship level: not stated in the sources.");
        if (trade.Main is { Points.Count: > 0 } main)
        {
            var latest = main.Points[^1];
            var change = latest.Change is { } c ? $", {(c >= 0 ? "up" : "down")} {Math.Abs(c).ToString("0.#", CultureInfo.InvariantCulture)}% on {latest.Period.Year - 1}"
                : latest.Trade.Change is { Percent: { } stated } ? $", {(stated >= 0 ? "up" : "down")} {Math.Abs(stated).ToString("0.#", CultureInfo.InvariantCulture)}% on the year before (as the source states)" : "";
            md.AppendLine($"- Latest full-year trade: {Names.Money(latest.Trade.Value)} in {latest.Period.Label}{change} {notes.Mark(latest.Fact)}{(latest.Previous is { } p ? notes.Mark(p) : "")}");
        }
        else md.AppendLine("- Latest full-year trade: no full calendar-year figure in the sources.");
        Latest(md, "Investment stock", facts.Where(f => f.Fact is Investment { Investor: null }), notes);
        Latest(md, "Community", facts.Where(f => f.Fact is Community), notes);
        Latest(md, "Students", facts.Where(f => f.Fact is Students), notes);
        var contacts = facts.Where(f => f.Fact is Visit or Meeting && f.Date is not null).ToList();
        var last = contacts.Where(f => !FactStatus.IsPlanned(f.Fact)).MaxBy(f => f.Date, StringComparer.Ordinal);
        var next = contacts.Where(f => FactStatus.IsPlanned(f.Fact)).MinBy(f => f.Date, StringComparer.Ordinal);
        md.AppendLine(last is null ? "- Last high-level contact: none in the sources." : $"- Last high-level contact: {Statement(last, notes)}");
        md.AppendLine(next is null ? "- Next high-level contact: none announced in the sources." : $"- Next high-level contact: {Statement(next, notes)}");
        var open = ConflictGroups(facts).Count;
        md.AppendLine(open == 0 ? "- Open conflicts: none." : $"- Open conflicts: {open} (see Conflicting reports).");
        md.AppendLine();
    }

    private static void Latest(StringBuilder md, string label, IEnumerable<KnowledgeFact> facts, Footnotes notes)
    {
        if (facts.MaxBy(f => f.Date ?? "", StringComparer.Ordinal) is { } latest) md.AppendLine($"- {label}: {Statement(latest, notes)}");
    }

    /// <summary>Facts first reported on or after the date, and events dated on or after it.</summary>
    private static void NewSince(StringBuilder md, IReadOnlyList<KnowledgeFact> facts, string since, Footnotes notes)
    {
        md.AppendLine($"## New since {since}").AppendLine();
        var fresh = facts.Where(f => string.CompareOrdinal(notes.Sources(f).Select(s => s.Published).OfType<string>().Order(StringComparer.Ordinal).FirstOrDefault() ?? "", since) >= 0
                                     || (FactDates.Primary(f.Fact) is { } d && string.CompareOrdinal(d, since) >= 0))
            .OrderBy(Date, StringComparer.Ordinal).ToList();
        if (fresh.Count == 0) md.AppendLine($"Nothing reported or dated on or after {since}.");
        foreach (var f in fresh) md.AppendLine($"- {Statement(f, notes)}");
        md.AppendLine();
    }

    /// <summary>Each mechanism with its sessions under it: a session belongs to the mechanism whose name, short name or acronym it gives.</summary>
    private static void Mechanisms(StringBuilder md, IReadOnlyList<KnowledgeFact> facts, Footnotes notes)
    {
        var mechanisms = facts.Where(f => f.Fact is Mechanism).ToList();
        var sessions = facts.Where(f => f.Fact is MechanismSession).OrderBy(Date, StringComparer.Ordinal).ToList();
        if (mechanisms.Count == 0 && sessions.Count == 0) return;
        md.AppendLine("## Mechanisms and their sessions").AppendLine();
        var owner = sessions.ToDictionary(s => s.Id, s => Owner((MechanismSession)s.Fact, mechanisms));
        foreach (var m in mechanisms)
        {
            md.AppendLine($"- {Statement(m, notes)}");
            foreach (var s in sessions.Where(s => owner[s.Id] == m.Id)) md.AppendLine($"  - {Statement(s, notes)}");
        }
        foreach (var s in sessions.Where(s => owner[s.Id] is null)) md.AppendLine($"- {Statement(s, notes)}");
        md.AppendLine();
    }

    /// <summary>The mechanism a session is of: the one its name matches, else the only one its short name or acronym fits.</summary>
    private static long? Owner(MechanismSession session, IReadOnlyList<KnowledgeFact> mechanisms)
    {
        var words = NameKey.OfThing(session.Mechanism);
        var names = mechanisms.Select(m => (m.Id, Names: new[] { ((Mechanism)m.Fact).Name }.Concat(m.Fact.AlsoNamed ?? []).ToList())).ToList();
        var best = names.Select(m => (m.Id, Score: m.Names.Max(n => NameKey.Similarity(words, NameKey.OfThing(n)))))
            .Where(m => m.Score >= FactIdentity.SameName).MaxBy(m => m.Score);
        if (best != default) return best.Id;
        var fitting = names.Where(m => m.Names.Any(n => (NameKey.IsPartOf(words, NameKey.OfThing(n)) && NameKey.SharesHead(session.Mechanism, n)) || NameKey.IsAcronymOf(session.Mechanism, n) || NameKey.IsAcronymOf(n, session.Mechanism)))
            .Select(m => m.Id).ToList();
        return fitting.Count == 1 ? fitting[0] : null;
    }

    /// <summary>The trade panel: comparable series as tables, the chart of the main one, sub-national figures apart.</summary>
    private static byte[]? Trade(StringBuilder md, TradePanel trade, string title, Footnotes notes)
    {
        md.AppendLine("## Trade").AppendLine();
        if (trade.National.Count == 0 && trade.SubNational.Count == 0 && trade.Other.Count == 0)
        {
            md.AppendLine("No trade figures in the sources.").AppendLine();
            return null;
        }
        foreach (var series in trade.National)
        {
            var flow = series.Flow == "export" ? $"{Names.Country(series.From)} exports to {Names.Country(series.To)}" : "Two-way trade";
            var kind = series.Kind == TradePeriodKind.PartYear ? $"{series.Describe()}, compared only with the same months" : series.Describe();
            md.AppendLine($"### {flow}, {kind} ({series.Currency})").AppendLine();
            md.AppendLine(series.Kind == TradePeriodKind.CalendarYear ? "| year | value | change on the year before | source |" : "| period | value | change on the same period a year before | source |");
            md.AppendLine("| --- | --- | --- | --- |");
            foreach (var p in series.Points)
            {
                var change = p.Change is { } c ? $"{c.ToString("+0.#;-0.#;0", CultureInfo.InvariantCulture)}%" : p.Trade.Change is { Percent: { } stated } ? $"{stated.ToString("+0.##;-0.##;0", CultureInfo.InvariantCulture)}% (as stated)" : "";
                md.AppendLine($"| {p.Period.Label} | {MarkdownText.Escape(p.Trade.Qualifier)}{(p.Trade.Qualifier is null ? "" : " ")}{Names.Money(p.Trade.Value)}{(FactStatus.IsPlanned(p.Fact.Fact) ? " (planned)" : "")} | {change} | {notes.Mark(p.Fact)}{(p.Fact.Conflicts.Count > 0 ? " (sources disagree)" : "")} |");
            }
            md.AppendLine();
        }
        var comparable = trade.Comparable;
        var chart = TradeChart.Png(comparable, $"Two-way trade, {title}, {(comparable is null ? "" : comparable.Describe())}");
        if (chart is not null) md.AppendLine($"![Two-way trade, {comparable!.Describe()}, million {comparable!.Currency}]({Brief.ChartFile})").AppendLine();
        Section(md, "Figures spanning several years", trade.Other, notes, heading: 3);
        Section(md, "Provinces and cities (kept out of the national series)", trade.SubNational, notes, heading: 3);
        return chart;
    }

    /// <summary>Reports that disagree about one thing, side by side: "A says X (“quote”), B says Y (“quote”)".</summary>
    private static void Conflicts(StringBuilder md, IReadOnlyList<KnowledgeFact> facts, Footnotes notes)
    {
        var groups = ConflictGroups(facts);
        if (groups.Count == 0) return;
        md.AppendLine("## Conflicting reports").AppendLine();
        foreach (var group in groups)
        {
            var sides = group.Select(f =>
            {
                var source = notes.Sources(f)[0];
                var who = $"{MarkdownText.Escape(source.Outlet ?? source.Source)} ({source.Published ?? "date unknown"}){(notes.Sources(f).Count > 1 ? $" and {notes.Sources(f).Count - 1} other source{(notes.Sources(f).Count == 2 ? "" : "s")}" : "")}";
                return $"{who} says {MarkdownText.Escape(FactDescription.Of(f.Fact).TrimEnd('.'))} (fact {f.Id}: “{MarkdownText.Escape(source.Quote)}”) {notes.Mark(f)}";
            });
            md.AppendLine($"- {string.Join("; ", sides)}.");
        }
        md.AppendLine();
    }

    /// <summary>The conflict groups among the pair's facts with two or more members present.</summary>
    private static List<List<KnowledgeFact>> ConflictGroups(IReadOnlyList<KnowledgeFact> facts)
    {
        var byId = facts.ToDictionary(f => f.Id);
        var seen = new HashSet<long>();
        var groups = new List<List<KnowledgeFact>>();
        foreach (var f in facts.Where(f => f.Conflicts.Count > 0))
        {
            if (!seen.Add(f.Id)) continue;
            var members = new List<KnowledgeFact> { f };
            foreach (var other in f.Conflicts)
                if (byId.TryGetValue(other, out var o) && seen.Add(other)) members.Add(o);
            if (members.Count > 1) groups.Add(members);
        }
        return groups;
    }

    private static void Section(StringBuilder md, string title, IEnumerable<KnowledgeFact> facts, Footnotes notes, int heading = 2)
    {
        var list = facts.ToList();
        if (list.Count == 0) return;
        md.AppendLine($"{new string('#', heading)} {title}").AppendLine();
        foreach (var f in list) md.AppendLine($"- {Statement(f, notes)}");
        md.AppendLine();
    }

    private static string Date(KnowledgeFact fact) => fact.Date ?? "";
}
