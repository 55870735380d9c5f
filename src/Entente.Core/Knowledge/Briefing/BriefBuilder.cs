using System.Globalization;
using System.Text;
using Entente.Core.Domain;
using Entente.Core.Extraction;
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
/// <remarks>
/// A brief reads what it shows, not the pair: the store counts the pair's facts and articles, gives
/// the latest <see cref="SectionSize"/> facts of each section (the rest are counted and the command
/// that lists them is named), the trade figures one per conflict group (the one most sources give)
/// and the latest conflict groups. Its cost follows what it shows, whatever the size of the pair.
/// </remarks>
public sealed class BriefBuilder(IEntenteStore store)
{
    /// <summary>How many facts a section lists at most: the latest by date.</summary>
    public const int SectionSize = 20;

    /// <summary>How many trade figures the trade panel reads at most (the latest, one per conflict group).</summary>
    public const int TradeFigures = 400;

    private static readonly string[] PoliticalTies = [Type<RelationsEstablished>(), Type<RelationshipLevel>(), Type<EmbassyOpened>(), Type<AmbassadorAppointed>()];
    private static readonly string[] Exchanges = [Type<Visit>(), Type<Meeting>()];

    /// <summary>The brief on two countries (ISO codes or bloc acronyms), named in the order given; since, when set, an ISO date from which to report what is new.</summary>
    public Brief Build(string first, string second, string? since = null)
    {
        var pair = FactCountries.PairKey(first, second);
        var notes = new Footnotes(pair);
        var reader = new PairReader(store, pair);
        string[] codes = [first, second];
        var md = new StringBuilder();
        var title = $"{Names.Country(codes[0])} – {Names.Country(codes[1])}";
        md.AppendLine($"# {MarkdownText.Escape(title)}: briefing note").AppendLine();
        var trade = new TradePanel(reader.Latest(new FactQuery { Types = [Type<Trade>()], OnePerConflictGroup = true }, TradeFigures).Facts);
        var held = reader.Latest(new FactQuery { Types = Exchanges, Planned = false });
        var conflicts = store.ConflictGroups(new FactQuery(pair), SectionSize);
        var planned = reader.Latest(new FactQuery { Types = Exchanges, Planned = true });

        ExecutiveSummary(md, reader, trade, held.Facts, conflicts.Total, notes);
        if (since is not null) NewSince(md, reader, since, notes);
        Section(md, "Political ties", reader.Latest(new FactQuery { Types = PoliticalTies }), notes);
        Mechanisms(md, reader, notes);
        Section(md, "Agreements", reader.Latest(new FactQuery { Types = [Type<Agreement>()] }), notes);
        Section(md, "High-level exchanges", held, notes);
        Section(md, "Planned exchanges", planned, notes);
        var chart = Trade(md, trade, title, pair, notes);
        Section(md, "Goods traded", reader.Latest(new FactQuery { Types = [Type<TradeGoods>()] }), notes, heading: 3);
        Section(md, "Trade targets", reader.Latest(new FactQuery { Types = [Type<TradeTarget>()] }), notes, heading: 3);
        Section(md, "Investment and joint ventures", reader.Latest(new FactQuery { Types = [Type<Investment>(), Type<JointVenture>()] }), notes);
        Section(md, "Localities", reader.Latest(new FactQuery { Types = [Type<LocalityPartnership>()] }), notes, byDate: false);
        Section(md, "People", reader.Latest(new FactQuery { Types = [Type<Community>(), Type<Students>()] }), notes);
        Section(md, "Office holders named", reader.Latest(new FactQuery { Types = [Type<OfficeHolder>()] }), notes, heading: 3);
        Section(md, "Multilateral support", reader.Latest(new FactQuery { Types = [Type<CandidacySupport>()] }), notes);
        Conflicts(md, reader, conflicts, notes);

        md.AppendLine("## Sources").AppendLine();
        foreach (var article in notes.Articles()) md.AppendLine($"- {Footnotes.Reference(article)}");
        md.AppendLine();
        foreach (var definition in notes.Definitions()) md.AppendLine(definition).AppendLine();
        return new Brief(pair, md.ToString(), chart);
    }

    private static string Type<T>() where T : Fact => FactTypes.NameOf(typeof(T));

    /// <summary>The latest facts of a section (with the pair's sources only) and how many more the pair has: what the brief shows of it.</summary>
    private sealed record Shown(IReadOnlyList<KnowledgeFact> Facts, int More, string Pair, IReadOnlyList<string> Types);

    /// <summary>What a brief asks the store about its pair.</summary>
    private sealed class PairReader(IEntenteStore store, string pair)
    {
        public string Pair => pair;

        public IEntenteStore Store => store;

        public Shown Latest(FactQuery selection, int size = SectionSize, FactOrder order = FactOrder.Newest)
        {
            var query = selection with { Pair = pair, Order = order, Limit = size, SourcesPerFact = Footnotes.SourcesCited };
            var read = store.Facts(query);
            // Fewer than asked for: that is all there is; else the store counts the rest.
            var more = read.Count < size ? 0 : store.Count(query with { Limit = null }) - read.Count;
            return new Shown(PairSources.Facts(read, pair), more, pair, selection.Types ?? []);
        }
    }
    /// <summary>The statement of a fact as a brief writes it: planned events say so, inferred dates say so, disputed facts say so; then its footnote.</summary>
    public static string Statement(KnowledgeFact fact, Footnotes notes) =>
        $"{(FactStatus.IsPlanned(fact.Fact) ? "Planned: " : "")}{MarkdownText.Escape(FactDescription.Of(fact.Fact))}" +
        $"{(!FactDates.IsInferred(fact) ? "" : FactDates.IsAsOf(fact.Fact) ? " (as of the report's publication)" : " (date inferred from the publication date, not stated)")}" +
        $"{(fact.Fact.AlsoNamed is { Length: > 0 } also ? $" (also reported as {string.Join("; ", also.Select(a => $"“{MarkdownText.Escape(a)}”"))})" : "")}" +
        $"{(fact.Conflicts.Count > 0 ? " (sources disagree: see Conflicting reports)" : "")}{(fact.Review is { } review ? $" ({review} by a reviewer)" : "")} {notes.Mark(fact)}";

    private static void ExecutiveSummary(StringBuilder md, PairReader reader, TradePanel trade, IReadOnlyList<KnowledgeFact> held, int open, Footnotes notes)
    {
        md.AppendLine("## Executive summary").AppendLine();
        var all = new FactQuery(reader.Pair);
        var count = reader.Store.Count(all);
        var reach = reader.Store.Reach(all);
        md.Append($"{Names.Count(count)} facts from {reach.Articles} article{(reach.Articles == 1 ? "" : "s")}");
        md.AppendLine(reach.FirstPublished is not null ? $" published {reach.FirstPublished} to {reach.LastPublished}." : ".").AppendLine();

        var levels = reader.Latest(new FactQuery { Types = [Type<RelationshipLevel>()] }).Facts;
        var level = levels.OrderBy(f => ((RelationshipLevel)f.Fact).Date ?? "", StringComparer.Ordinal).ThenBy(f => f.Id).LastOrDefault();
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
        Latest(md, "Investment stock", reader.Latest(new FactQuery { Types = [Type<Investment>()] }).Facts.Where(f => f.Fact is Investment { Investor: null }), notes);
        Latest(md, "Community", reader.Latest(new FactQuery { Types = [Type<Community>()] }).Facts, notes);
        Latest(md, "Students", reader.Latest(new FactQuery { Types = [Type<Students>()] }).Facts, notes);
        var last = held.Where(f => f.Date is not null).OrderBy(f => f.Id).MaxBy(f => f.Date, StringComparer.Ordinal);
        var next = reader.Latest(new FactQuery { Types = Exchanges, Planned = true }, order: FactOrder.Oldest).Facts
            .Where(f => f.Date is not null).MinBy(f => f.Date, StringComparer.Ordinal);
        md.AppendLine(last is null ? "- Last high-level contact: none in the sources." : $"- Last high-level contact: {Statement(last, notes)}");
        md.AppendLine(next is null ? "- Next high-level contact: none announced in the sources." : $"- Next high-level contact: {Statement(next, notes)}");
        md.AppendLine(open == 0 ? "- Open conflicts: none." : $"- Open conflicts: {open} (see Conflicting reports).");
        md.AppendLine();
    }

    private static void Latest(StringBuilder md, string label, IEnumerable<KnowledgeFact> facts, Footnotes notes)
    {
        if (facts.OrderBy(f => f.Id).MaxBy(f => f.Date ?? "", StringComparer.Ordinal) is { } latest) md.AppendLine($"- {label}: {Statement(latest, notes)}");
    }

    /// <summary>Facts first reported on or after the date, and events dated on or after it.</summary>
    private static void NewSince(StringBuilder md, PairReader reader, string since, Footnotes notes)
    {
        md.AppendLine($"## New since {since}").AppendLine();
        var fresh = reader.Latest(new FactQuery { NewSince = since });
        if (fresh.Facts.Count == 0) md.AppendLine($"Nothing reported or dated on or after {since}.");
        foreach (var f in fresh.Facts.OrderBy(Date, StringComparer.Ordinal).ThenBy(f => f.Id)) md.AppendLine($"- {Statement(f, notes)}");
        More(md, fresh, $"`entente facts --pair {fresh.Pair} --since {since}` lists facts dated since then");
        md.AppendLine();
    }

    /// <summary>Each mechanism with its sessions under it: a session belongs to the mechanism whose name, short name or acronym it gives.</summary>
    private static void Mechanisms(StringBuilder md, PairReader reader, Footnotes notes)
    {
        var mechanisms = reader.Latest(new FactQuery { Types = [Type<Mechanism>()] });
        var sessions = reader.Latest(new FactQuery { Types = [Type<MechanismSession>()] });
        if (mechanisms.Facts.Count == 0 && sessions.Facts.Count == 0) return;
        md.AppendLine("## Mechanisms and their sessions").AppendLine();
        var names = mechanisms.Facts.OrderBy(m => m.Id)
            .Select(m => (m.Id, Names: new[] { ((Mechanism)m.Fact).Name }.Concat(m.Fact.AlsoNamed ?? []).Select(n => (Name: n, Words: NameKey.OfThing(n))).ToList())).ToList();
        var ordered = sessions.Facts.OrderBy(Date, StringComparer.Ordinal).ThenBy(f => f.Id).ToList();
        var owner = ordered.ToDictionary(s => s.Id, s => Owner((MechanismSession)s.Fact, names));
        foreach (var m in mechanisms.Facts.OrderBy(m => m.Id))
        {
            md.AppendLine($"- {Statement(m, notes)}");
            foreach (var s in ordered.Where(s => owner[s.Id] == m.Id)) md.AppendLine($"  - {Statement(s, notes)}");
        }
        foreach (var s in ordered.Where(s => owner[s.Id] is null)) md.AppendLine($"- {Statement(s, notes)}");
        More(md, mechanisms);
        More(md, sessions);
        md.AppendLine();
    }

    /// <summary>The mechanism a session is of: the one its name matches, else the only one its short name or acronym fits.</summary>
    private static long? Owner(MechanismSession session, IReadOnlyList<(long Id, List<(string Name, IReadOnlySet<string> Words)> Names)> mechanisms)
    {
        var words = NameKey.OfThing(session.Mechanism);
        var matching = mechanisms.Select(m => (m.Id, Score: m.Names.Max(n => NameKey.Similarity(words, n.Words))))
            .Where(m => m.Score >= FactIdentity.SameName).ToList();
        if (matching.Count > 0) return matching.MaxBy(m => m.Score).Id;
        var fitting = mechanisms.Where(m => m.Names.Any(n => (NameKey.IsPartOf(words, n.Words) && NameKey.SharesHead(session.Mechanism, n.Name)) || NameKey.IsAcronymOf(session.Mechanism, n.Name) || NameKey.IsAcronymOf(n.Name, session.Mechanism)))
            .Select(m => m.Id).ToList();
        return fitting.Count == 1 ? fitting[0] : null;
    }

    /// <summary>The trade panel: comparable series as tables, the chart of the main one, sub-national figures apart.</summary>
    private static Func<byte[]>? Trade(StringBuilder md, TradePanel trade, string title, string pair, Footnotes notes)
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
        Func<byte[]>? chart = null;
        if (trade.Comparable is { Points.Count: > 0 } comparable)
        {
            chart = () => TradeChart.Png(comparable, $"Two-way trade, {title}, {comparable.Describe()}")!;
            md.AppendLine($"![Two-way trade, {comparable.Describe()}, million {comparable.Currency}]({Brief.ChartFile})").AppendLine();
        }
        string[] types = [Type<Trade>()];
        Section(md, "Figures spanning several years", InPanel(trade.Other, pair, types), notes, heading: 3);
        Section(md, "Provinces and cities (kept out of the national series)", InPanel(trade.SubNational, pair, types), notes, heading: 3);
        return chart;
    }

    /// <summary>The latest figures of a list of the trade panel, the others counted.</summary>
    private static Shown InPanel(IReadOnlyList<KnowledgeFact> figures, string pair, IReadOnlyList<string> types)
    {
        var latest = figures.OrderByDescending(Date, StringComparer.Ordinal).ThenByDescending(f => f.Id).Take(SectionSize).ToList();
        return new Shown(latest, figures.Count - latest.Count, pair, types);
    }

    /// <summary>Reports that disagree about one thing, side by side: "A says X (“quote”), B says Y (“quote”)"; the latest groups, the others counted.</summary>
    private static void Conflicts(StringBuilder md, PairReader reader, (IReadOnlyList<IReadOnlyList<long>> Groups, int Total) conflicts, Footnotes notes)
    {
        var (latest, total) = conflicts;
        if (latest.Count == 0) return;
        // The latest groups while they hold at most a few sections' worth of reports (always one), each with at most a section's worth.
        var groups = new List<IReadOnlyList<long>>();
        foreach (var group in latest)
        {
            if (groups.Count > 0 && groups.Sum(g => g.Count) + Math.Min(group.Count, SectionSize) > 3 * SectionSize) break;
            groups.Add([.. group.Take(SectionSize)]);
        }
        var query = new FactQuery(reader.Pair) { Ids = [.. groups.SelectMany(g => g)], SourcesPerFact = Footnotes.SourcesCited };
        var byId = PairSources.Facts(reader.Store.Facts(query), reader.Pair).ToDictionary(f => f.Id);
        var shown = groups.Select(g => g.Select(byId.GetValueOrDefault).OfType<KnowledgeFact>().ToList()).Where(g => g.Count > 1).ToList();
        if (shown.Count == 0) return;
        md.AppendLine("## Conflicting reports").AppendLine();
        // Oldest of the groups shown first, as the sections read.
        foreach (var group in shown.OrderBy(g => g[0].Id))
        {
            var sides = group.Select(f =>
            {
                var sources = notes.Sources(f);
                var source = sources[0];
                var others = sources.Count - 1 + f.MoreSources;
                var who = $"{MarkdownText.Escape(source.Outlet ?? source.Source)} ({source.Published ?? "date unknown"}){(others > 0 ? $" and {others} other source{(others == 1 ? "" : "s")}" : "")}";
                return $"{who} says {MarkdownText.Escape(FactDescription.Of(f.Fact).TrimEnd('.'))} (fact {f.Id}: “{MarkdownText.Escape(source.Quote)}”) {notes.Mark(f)}";
            });
            var unshown = latest.First(g => g.Contains(group[0].Id)).Count - group.Count;
            md.AppendLine($"- {string.Join("; ", sides)}{(unshown > 0 ? $"; and {Names.Count(unshown)} more reports that disagree" : "")}.");
        }
        if (total > groups.Count) md.AppendLine().AppendLine($"{Names.Count(total - groups.Count)} earlier conflicting reports not shown: `entente facts --pair {reader.Pair}` lists every fact with its conflicts.");
        md.AppendLine();
    }

    private static void Section(StringBuilder md, string title, Shown shown, Footnotes notes, int heading = 2, bool byDate = true)
    {
        if (shown.Facts.Count == 0) return;
        md.AppendLine($"{new string('#', heading)} {title}").AppendLine();
        var facts = byDate ? shown.Facts.OrderBy(Date, StringComparer.Ordinal).ThenBy(f => f.Id) : shown.Facts.OrderBy(f => f.Id);
        foreach (var f in facts) md.AppendLine($"- {Statement(f, notes)}");
        More(md, shown);
        md.AppendLine();
    }

    /// <summary>"120 earlier facts not shown: `entente facts --pair BY-VN --type visit` lists them."</summary>
    private static void More(StringBuilder md, Shown shown, string? command = null)
    {
        if (shown.More <= 0) return;
        command ??= string.Join(" and ", shown.Types.Select(t => $"`entente facts --pair {shown.Pair} --type {t}`")) + " list them";
        md.AppendLine().AppendLine($"{Names.Count(shown.More)} earlier fact{(shown.More == 1 ? "" : "s")} not shown: {command}.");
    }

    private static string Date(KnowledgeFact fact) => fact.Date ?? "";
}
