using Entente.Core.Domain;

namespace Entente.Core.Storage;

/// <summary>
/// Where ingested inputs and their articles are kept. Every backend stores one input in one
/// transaction, so an interrupted run leaves each input either wholly stored or not at all.
/// </summary>
public interface IEntenteStore : IDisposable
{
    /// <summary>True when an input with this content hash is already stored.</summary>
    bool HasDocument(string contentHash);

    /// <summary>Stores one input and its articles atomically; near-duplicates of stored articles are linked to them.</summary>
    StoreResult StoreDocument(DocumentToStore document);

    /// <summary>Every stored article in storage order; a copy of another story carries the original in DuplicateOf.</summary>
    IEnumerable<StoredArticle> Articles();
}

/// <summary>One decoded input and what was read from it.</summary>
public sealed record DocumentToStore(string Source, string ContentHash, string RawText, IReadOnlyList<Article> Articles);

/// <summary>What storing one input did.</summary>
public sealed record StoreResult(int NewArticles, int Duplicates);

/// <summary>An article as the store keeps it.</summary>
public sealed record StoredArticle(long Id, long DocumentId, ArticleRecord Record, long? DuplicateOf);
