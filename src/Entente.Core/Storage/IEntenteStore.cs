using Entente.Core.Domain;
using Entente.Core.Knowledge;

namespace Entente.Core.Storage;

/// <summary>
/// Where ingested inputs and their articles are kept. Every backend stores one input in one
/// transaction, so an interrupted run leaves each input either wholly stored or not at all.
/// </summary>
public interface IEntenteStore : IDisposable
{
    /// <summary>True when an input with this content hash is already stored.</summary>
    bool HasDocument(string contentHash);

    /// <summary>
    /// Stores one input and its articles atomically; near-duplicates of stored articles are linked to them.
    /// A content already stored (by this or another worker) is not stored again: the result says AlreadyStored.
    /// </summary>
    StoreResult StoreDocument(DocumentToStore document);

    /// <summary>Reconciled facts matching the query, each with its sources and conflicts.</summary>
    IReadOnlyList<KnowledgeFact> Facts(FactQuery query);

    /// <summary>The country pairs in the store with their counts of articles and facts.</summary>
    IReadOnlyList<PairSummary> Pairs();
}

/// <summary>One decoded input and what was read from it.</summary>
public sealed record DocumentToStore(string Source, string ContentHash, string RawText, IReadOnlyList<ExtractedArticle> Articles);

/// <summary>An article with the facts extracted from it and the pair of countries it is about ("BY-VN").</summary>
public sealed record ExtractedArticle(Article Article, IReadOnlyList<Fact> Facts, string? Pair);

/// <summary>Which reconciled facts to return: all filters are optional.</summary>
public sealed record FactQuery(string? Pair = null, string? Type = null, string? Since = null);

/// <summary>A country pair and how much the store knows about it.</summary>
public sealed record PairSummary(string Pair, int Articles, int Facts);

/// <summary>What storing one input did; AlreadyStored when another writer stored the same content first.</summary>
public sealed record StoreResult(int NewArticles, int Duplicates, int Facts)
{
    public bool AlreadyStored { get; init; }
}
