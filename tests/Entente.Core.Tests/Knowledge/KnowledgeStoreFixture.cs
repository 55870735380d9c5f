using Entente.Core.Domain;
using Entente.Core.Storage;

namespace Entente.Core.Tests.Knowledge;

/// <summary>A throwaway SQLite store and helpers to file facts as if they came from articles.</summary>
public sealed class KnowledgeStoreFixture : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("entente-kb-").FullName;
    private int _documents;

    public KnowledgeStoreFixture() => Store = new SqliteStore(Path.Combine(_folder, "kb.db"));

    public SqliteStore Store { get; }

    public string DatabasePath => Path.Combine(_folder, "kb.db");

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

    public void Dispose()
    {
        Store.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
