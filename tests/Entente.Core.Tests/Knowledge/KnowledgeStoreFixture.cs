using Entente.Core.Domain;
using Entente.Core.Storage;
using Entente.Core.Tests.Support;

namespace Entente.Core.Tests.Knowledge;

/// <summary>A throwaway store of the given backend and helpers to file facts as if they came from articles.</summary>
public sealed class KnowledgeStoreFixture : IDisposable
{
    private readonly TestStoreLocation _location;
    private int _documents;

    public KnowledgeStoreFixture(string backend)
    {
        _location = TestStores.NewLocation(backend);
        Store = _location.Open();
    }

    public RelationalStore Store { get; }

    /// <summary>Stores one article (its own input) with the given facts; each fact's evidence is a sentence of the article.</summary>
    public void Article(string source, string published, string pair, string outlet, params Fact[] facts)
    {
        var text = string.Join(" ", facts.Select((f, i) => $"Statement {i} of {source} about {f.Type} with distinct words {Guid.NewGuid():N}."));
        var article = new Article
        {
            Source = source,
            Title = $"Story {source}",
            Published = published,
            Text = text,
            RawText = text,
            RawIndex = Enumerable.Range(0, text.Length).ToArray(),
            Start = 0,
            End = text.Length,
            Outlet = outlet,
        };
        var withEvidence = facts.Select((f, i) => f with { Evidence = new Evidence(source, i, i + 9, text[i..(i + 9)]) }).ToList();
        Store.StoreDocument(new DocumentToStore(source, $"hash-{_documents++}-{Guid.NewGuid():N}", text, [new ExtractedArticle(article, withEvidence, pair)]));
    }

    /// <summary>Stores one article whose text is the given quotes, each the evidence of its fact.</summary>
    public void ArticleWithQuotes(string source, string published, string pair, string outlet, params (Fact Fact, string Quote)[] facts)
    {
        var text = string.Join(" ", facts.Select(f => f.Quote));
        var article = new Article
        {
            Source = source,
            Title = $"Story {source}",
            Published = published,
            Text = text,
            RawText = text,
            RawIndex = Enumerable.Range(0, text.Length).ToArray(),
            Start = 0,
            End = text.Length,
            Outlet = outlet,
        };
        var at = 0;
        var withEvidence = new List<Fact>();
        foreach (var (fact, quote) in facts)
        {
            withEvidence.Add(fact with { Evidence = new Evidence(source, at, at + quote.Length, quote) });
            at += quote.Length + 1;
        }
        Store.StoreDocument(new DocumentToStore(source, $"hash-{_documents++}-{Guid.NewGuid():N}", text, [new ExtractedArticle(article, withEvidence, pair)]));
    }

    public void Dispose()
    {
        Store.Dispose();
        _location.Dispose();
    }
}
