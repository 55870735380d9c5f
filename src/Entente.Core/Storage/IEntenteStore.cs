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
    /// Claims an input (by content hash) for one worker while it extracts it, so that no other worker or
    /// process extracts it too. False when another worker holds a claim on it that has not expired; the
    /// claim of a worker that died expires after the lease, and the input is then taken again. Storing
    /// the input ends its claim, in the same transaction.
    /// </summary>
    bool Claim(string contentHash, string worker, TimeSpan lease);

    /// <summary>Gives up a claim this worker holds (its input failed), so that another run can take the input at once.</summary>
    void Release(string contentHash, string worker);

    /// <summary>
    /// Stores one input and its articles atomically; near-duplicates of stored articles are linked to them.
    /// A content already stored (by this or another worker) is not stored again: the result says AlreadyStored.
    /// </summary>
    StoreResult StoreDocument(DocumentToStore document);

    /// <summary>Reconciled facts matching the query, each with its sources and conflicts.</summary>
    IReadOnlyList<KnowledgeFact> Facts(FactQuery query);

    /// <summary>
    /// The same facts as <see cref="Facts"/>, read page by page (keyset pagination on the fact id, or the
    /// query's own limit), so that reading a pair of any size holds one page in memory at a time.
    /// </summary>
    IEnumerable<KnowledgeFact> EnumerateFacts(FactQuery query);

    /// <summary>How many facts match the query (its limit and order aside).</summary>
    int Count(FactQuery query);

    /// <summary>
    /// The conflict groups of a pair with two or more of its facts in them (hidden facts left out when
    /// the query says so), latest first by their latest fact's date: at most limit groups, each its
    /// fact ids in order, and how many such groups there are in all.
    /// </summary>
    (IReadOnlyList<IReadOnlyList<long>> Groups, int Total) ConflictGroups(FactQuery query, int limit);

    /// <summary>How many distinct articles state the pair's facts, and the first and last of their publication dates.</summary>
    PairReach Reach(FactQuery query);

    /// <summary>The country pairs in the store with their counts of articles and facts.</summary>
    IReadOnlyList<PairSummary> Pairs();
}

/// <summary>One decoded input and what was read from it.</summary>
public sealed record DocumentToStore(string Source, string ContentHash, string RawText, IReadOnlyList<ExtractedArticle> Articles);

/// <summary>An article with the facts extracted from it and the pair of countries it is about ("BY-VN").</summary>
public sealed record ExtractedArticle(Article Article, IReadOnlyList<Fact> Facts, string? Pair);

/// <summary>Which reconciled facts to return: all filters are optional.</summary>
/// <param name="Since">Facts whose date (their own, else their first report's) is on or after this ISO date.</param>
public sealed record FactQuery(string? Pair = null, string? Type = null, string? Since = null)
{
    /// <summary>Facts of any of these types (beside <see cref="Type"/>, which adds one more).</summary>
    public IReadOnlyList<string>? Types { get; init; }

    /// <summary>Only planned events (true) or only those not planned (false).</summary>
    public bool? Planned { get; init; }

    /// <summary>Facts dated on or after this date, or first reported on or after it: what is new since.</summary>
    public string? NewSince { get; init; }

    /// <summary>Only these facts.</summary>
    public IReadOnlyList<long>? Ids { get; init; }

    /// <summary>Keyset pagination: only facts with a greater id (with <see cref="FactOrder.Id"/>).</summary>
    public long? AfterId { get; init; }

    /// <summary>At most this many facts, the first in <see cref="Order"/>.</summary>
    public int? Limit { get; init; }

    public FactOrder Order { get; init; } = FactOrder.Id;

    /// <summary>Of the facts of each conflict group, only the one most sources give (then the oldest); needs a pair.</summary>
    public bool OnePerConflictGroup { get; init; }

    /// <summary>At most this many sources per fact, the first by publication date; the others are counted (<see cref="KnowledgeFact.MoreSources"/>).</summary>
    public int? SourcesPerFact { get; init; }

    /// <summary>Leaves out facts a reviewer rejected or merged into another, so that limits and counts are of what is shown.</summary>
    public bool ExcludeHidden { get; init; }
}

/// <summary>Which facts come first: by id, or by date (a fact's own, else its first report's), newest or oldest first.</summary>
public enum FactOrder
{
    Id,
    Newest,
    Oldest,
}

/// <summary>The articles stating a pair's facts: how many, and their first and last publication dates.</summary>
public sealed record PairReach(int Articles, string? FirstPublished, string? LastPublished);

/// <summary>A country pair and how much the store knows about it.</summary>
public sealed record PairSummary(string Pair, int Articles, int Facts);

/// <summary>What storing one input did; AlreadyStored when another writer stored the same content first.</summary>
public sealed record StoreResult(int NewArticles, int Duplicates, int Facts)
{
    public bool AlreadyStored { get; init; }
}
