namespace Entente.Core.Knowledge.Briefing;

/// <summary>Numbers the articles a brief cites, in order of first citation, and lists them at the end.</summary>
public sealed class Citations
{
    private readonly Dictionary<long, (int Number, FactSource Source)> _byArticle = [];

    /// <summary>"[1][3]": the citation marks for a fact's sources.</summary>
    public string For(KnowledgeFact fact) => string.Concat(fact.Sources.Select(Number).Distinct().Order().Select(n => $"[{n}]"));

    public int Number(FactSource source)
    {
        if (!_byArticle.TryGetValue(source.Article, out var entry))
            _byArticle[source.Article] = entry = (_byArticle.Count + 1, source);
        return entry.Number;
    }

    public IEnumerable<string> References() => _byArticle.Values.OrderBy(e => e.Number).Select(e =>
        $"[{e.Number}] {(e.Source.Title is { } t ? $"\"{t}\"" : "Untitled article")}{(e.Source.Outlet is { } o ? $", {o}" : "")}, published {e.Source.Published ?? "date unknown"} ({e.Source.Source})");
}
