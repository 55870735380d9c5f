using System.Globalization;

namespace Entente.Core.Knowledge.Briefing;

/// <summary>
/// The citations of a brief: one Markdown footnote per statement (labelled by the fact's id, so a
/// reader can look it up with `entente facts`), holding every source's quote, outlet, date, title,
/// input file, character offsets and link. Only sources about the brief's own pair are cited.
/// </summary>
public sealed class Footnotes(string pair)
{
    /// <summary>How many sources a footnote quotes at most: the first by publication date; the others are counted.</summary>
    public const int SourcesCited = 10;

    private readonly Dictionary<long, KnowledgeFact> _facts = [];
    private readonly List<long> _order = [];

    public IReadOnlyList<FactSource> Sources(KnowledgeFact fact) => PairSources.Of(fact, pair);

    /// <summary>" [^12]": the footnote mark of a fact's statement.</summary>
    public string Mark(KnowledgeFact fact)
    {
        if (_facts.TryAdd(fact.Id, fact)) _order.Add(fact.Id);
        return $"[^{fact.Id.ToString(CultureInfo.InvariantCulture)}]";
    }

    /// <summary>The footnote definitions, in order of first citation.</summary>
    public IEnumerable<string> Definitions() => _order.Select(id =>
    {
        var fact = _facts[id];
        var sources = Sources(fact).Select(Describe);
        var more = fact.MoreSources > 0 ? $" And {fact.MoreSources.ToString(CultureInfo.InvariantCulture)} later source{(fact.MoreSources == 1 ? "" : "s")}: `entente facts --pair {pair}` lists them all." : "";
        return $"[^{id.ToString(CultureInfo.InvariantCulture)}]: Fact {id.ToString(CultureInfo.InvariantCulture)}. {string.Join(" Also: ", sources)}{more}";
    });

    /// <summary>The articles cited, once each, for the source list.</summary>
    public IEnumerable<FactSource> Articles() =>
        _order.SelectMany(id => Sources(_facts[id])).DistinctBy(s => s.Article).OrderBy(s => s.Published ?? "", StringComparer.Ordinal).ThenBy(s => s.Article);

    /// <summary>"“quote”, Outlet, 2025-05-01, “Title”, file a.txt, characters 10–90, link."</summary>
    public static string Describe(FactSource s) =>
        $"“{MarkdownText.Escape(s.Quote)}” ({Reference(s)}), characters {s.Start.ToString(CultureInfo.InvariantCulture)}–{s.End.ToString(CultureInfo.InvariantCulture)}.";

    /// <summary>"Outlet, 2025-05-01, “Title”, file a.txt, <link>": an article as the source list names it.</summary>
    public static string Reference(FactSource s) =>
        $"{MarkdownText.Escape(s.Outlet ?? "outlet unknown")}, {s.Published ?? "date unknown"}, " +
        $"{(s.Title is { } t ? $"“{MarkdownText.Escape(t)}”" : "untitled")}, file {MarkdownText.Escape(s.Source)}" +
        $"{(s.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? $", <{uri.AbsoluteUri}>" : "")}";
}
