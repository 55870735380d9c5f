using Entente.Core.Knowledge;
using Entente.Core.Storage;

namespace Entente.Core.Review;

/// <summary>
/// The knowledge base as reviewers left it: a store whose fact queries leave out rejected facts and
/// facts merged into another, show a reviewer's edit instead of the extracted fields, give a merged
/// fact the sources of the facts merged into it, drop conflicts with rejected facts, and mark
/// accepted and edited facts. Briefs, timelines and exports read through it, so they honour reviews
/// without knowing about them.
/// </summary>
public sealed class ReviewedKnowledge(IEntenteStore knowledge, IReviewsStore reviews) : IEntenteStore
{
    public IEntenteStore Knowledge => knowledge;
    public IReviewsStore Reviews => reviews;

    public bool HasDocument(string contentHash) => knowledge.HasDocument(contentHash);

    public StoreResult StoreDocument(DocumentToStore document) => knowledge.StoreDocument(document);

    public bool Claim(string contentHash, string worker, TimeSpan lease) => knowledge.Claim(contentHash, worker, lease);

    public void Release(string contentHash, string worker) => knowledge.Release(contentHash, worker);

    public IReadOnlyList<KnowledgeFact> Facts(FactQuery query) => [.. EnumerateFacts(query)];

    /// <summary>The facts shown, read and reviewed a page at a time.</summary>
    public IEnumerable<KnowledgeFact> EnumerateFacts(FactQuery query) =>
        knowledge.EnumerateFacts(query with { ExcludeHidden = true }).Chunk(RelationalStore.PageSize)
            .SelectMany(page => Apply(page, includeHidden: false)).Select(f => f.Fact);

    public int Count(FactQuery query) => knowledge.Count(query with { ExcludeHidden = true });

    public (IReadOnlyList<IReadOnlyList<long>> Groups, int Total) ConflictGroups(FactQuery query, int limit) =>
        knowledge.ConflictGroups(query with { ExcludeHidden = true }, limit);

    public PairReach Reach(FactQuery query) => knowledge.Reach(query with { ExcludeHidden = true });

    public IReadOnlyList<PairSummary> Pairs()
    {
        var hidden = reviews.HiddenFactsByPair();
        return knowledge.Pairs().Select(p => p with { Facts = p.Facts - hidden.GetValueOrDefault(p.Pair) }).ToList();
    }

    /// <summary>Every fact matching the query with its review; hidden ones (rejected, merged away) only when asked for.</summary>
    public IReadOnlyList<ReviewedFact> Reviewed(FactQuery query, bool includeHidden = false) =>
        Apply(knowledge.Facts(includeHidden ? query : query with { ExcludeHidden = true }), includeHidden);

    /// <summary>Reviews applied to facts read from the knowledge base; the facts merged into them are read too, wherever they are filed.</summary>
    private List<ReviewedFact> Apply(IReadOnlyList<KnowledgeFact> facts, bool includeHidden)
    {
        var byId = facts.ToDictionary(f => f.Id);
        var states = reviews.Reviews(facts.SelectMany(f => f.Conflicts.Append(f.Id)));
        var merged = reviews.MergedInto(byId.Keys);
        var missing = merged.Values.SelectMany(ids => ids).Where(id => !byId.ContainsKey(id)).Distinct().ToList();
        if (missing.Count > 0)
            foreach (var absorbed in knowledge.Facts(new FactQuery { Ids = missing })) byId[absorbed.Id] = absorbed;
        var result = new List<ReviewedFact>(facts.Count);
        foreach (var fact in facts)
        {
            var review = states.GetValueOrDefault(fact.Id);
            var hidden = review is { Status: ReviewStatus.Rejected } or { MergedInto: not null };
            if (hidden && !includeHidden) continue;
            var absorbed = merged.GetValueOrDefault(fact.Id) ?? [];
            var sources = fact.Sources.Concat(absorbed.Select(byId.GetValueOrDefault).OfType<KnowledgeFact>().SelectMany(f => f.Sources))
                .DistinctBy(s => s.Article).OrderBy(s => s.Published, StringComparer.Ordinal).ThenBy(s => s.Article).ToList();
            var conflicts = fact.Conflicts.Where(c => !absorbed.Contains(c) && states.GetValueOrDefault(c) is not ({ Status: ReviewStatus.Rejected } or { MergedInto: not null })).ToList();
            var shown = fact with
            {
                Fact = review?.EditedPayload is { } edited ? Reconciler.FromPayload(edited) with { Evidence = fact.Fact.Evidence } : fact.Fact,
                Sources = sources,
                Conflicts = conflicts,
                Review = review?.Status is ReviewStatus.Accepted or ReviewStatus.Edited ? review.Status : null,
            };
            result.Add(new ReviewedFact(shown, fact.Fact, review, absorbed));
        }
        return result;
    }

    /// <summary>One fact with its review, hidden or not; null when there is no such fact.</summary>
    public ReviewedFact? Find(long id)
    {
        if (!reviews.FactExists(id)) return null;
        var pairs = reviews.PairsOfFact(id);
        var query = pairs.Count > 0 ? new FactQuery(Pair: pairs[0]) : new FactQuery();
        return Reviewed(query, includeHidden: true).FirstOrDefault(f => f.Fact.Id == id);
    }

    /// <summary>Closes the knowledge base, whose connection the reviews share.</summary>
    public void Dispose() => knowledge.Dispose();
}

/// <summary>A fact as reviewers left it, the fact as extracted, its review, and the facts merged into it.</summary>
public sealed record ReviewedFact(KnowledgeFact Fact, Domain.Fact Extracted, FactReview? Review, IReadOnlyList<long> Absorbed)
{
    public string Status => Review?.Status ?? ReviewStatus.Unreviewed;

    public bool Hidden => Review is { Status: ReviewStatus.Rejected } or { MergedInto: not null };
}
