using Entente.Core.Knowledge;
using Entente.Core.Storage;

namespace Entente.Core.Review;

/// <summary>A review asked for by a user: accept, reject (with a reason), edit (fields to set), merge (into another fact) or split (one article's statement off).</summary>
public sealed record ReviewRequest(string Action, string? Reason = null, IReadOnlyDictionary<string, string>? Set = null, long? Into = null, long? Article = null)
{
    public static readonly IReadOnlyList<string> Actions = ["accept", "reject", "edit", "merge", "split"];
}

/// <summary>Why a review was refused, in one line; NotFound when the fact itself does not exist.</summary>
public sealed class ReviewException(string message, bool notFound = false) : Exception(message)
{
    public bool NotFound { get; } = notFound;
}

/// <summary>
/// Applies reviews, for the CLI and the web alike. Nothing is deleted: a rejected fact stays in the
/// store with its sources, an edit keeps the extracted fields beside it, a merge or split can be
/// undone, and every action is written to the audit trail with the value before and after.
/// </summary>
public sealed class Reviewing(ReviewedKnowledge store)
{
    public IReadOnlyList<AuditEntry> Apply(long factId, ReviewRequest request, string user)
    {
        var current = store.Find(factId) ?? throw new ReviewException($"fact {factId} does not exist", notFound: true);
        var review = current.Review;
        var status = current.Status;
        var payload = review?.EditedPayload;
        switch (request.Action)
        {
            case "accept":
                return [Record(factId, user, "accept", ReviewStatus.Accepted, null, payload, review?.MergedInto, status, ReviewStatus.Accepted)];
            case "reject":
                if (string.IsNullOrWhiteSpace(request.Reason)) throw new ReviewException("a rejection needs a reason");
                return [Record(factId, user, "reject", ReviewStatus.Rejected, request.Reason.Trim(), payload, review?.MergedInto, status, ReviewStatus.Rejected)];
            case "edit":
                if (request.Set is not { Count: > 0 } set) throw new ReviewException("an edit needs at least one field=value");
                var (edited, errors) = FactFields.Edit(current.Fact.Fact, set);
                if (edited is null) throw new ReviewException(string.Join("; ", errors));
                var before = Reconciler.Payload(current.Fact.Fact);
                var after = Reconciler.Payload(edited);
                if (before == after) throw new ReviewException("the edit changes nothing");
                return [Record(factId, user, "edit", ReviewStatus.Edited, request.Reason, after, review?.MergedInto, before, after)];
            case "merge":
                return [Merge(current, request, user)];
            case "split":
                return Split(current, request, user);
            default:
                throw new ReviewException($"unknown action '{request.Action}' (one of {string.Join(", ", ReviewRequest.Actions)})");
        }
    }

    private AuditEntry Merge(ReviewedFact current, ReviewRequest request, string user)
    {
        var id = current.Fact.Id;
        if (request.Into is not { } into) throw new ReviewException("a merge needs the fact to merge into");
        if (into == id) throw new ReviewException("a fact cannot be merged into itself");
        var target = store.Find(into) ?? throw new ReviewException($"fact {into} does not exist");
        if (target.Fact.Fact.Type != current.Fact.Fact.Type) throw new ReviewException($"fact {into} is a {target.Fact.Fact.Type}, not a {current.Fact.Fact.Type}");
        if (target.Review?.MergedInto is { } further) throw new ReviewException($"fact {into} is itself merged into fact {further}; merge into that one");
        if (current.Absorbed.Count > 0) throw new ReviewException($"facts {string.Join(", ", current.Absorbed)} are merged into this one; merge the other way");
        if (current.Review?.MergedInto is not null) throw new ReviewException($"fact {id} is already merged into fact {current.Review.MergedInto}");
        return Record(id, user, "merge", current.Status, request.Reason, current.Review?.EditedPayload, into, null, $"merged into {into}");
    }

    private List<AuditEntry> Split(ReviewedFact current, ReviewRequest request, string user)
    {
        var id = current.Fact.Id;
        if (request.Article is not { } article) throw new ReviewException("a split needs the article whose statement is split off");
        var absorbed = current.Absorbed.FirstOrDefault(a => store.Reviews.Statements(article).Any(s => s.FactId == a));
        if (absorbed != 0)
        {
            var review = store.Reviews.Reviews([absorbed])[absorbed];
            return [Record(absorbed, user, "split", review.Status, request.Reason, review.EditedPayload, null, $"merged into {id}", "unmerged")];
        }
        if (current.Review?.MergedInto is { } into)
            return [Record(id, user, "split", current.Status, request.Reason, current.Review.EditedPayload, null, $"merged into {into}", "unmerged")];
        try
        {
            var created = store.Reviews.SplitSource(id, article, user, request.Reason);
            return store.Reviews.Audit(factId: created).ToList();
        }
        catch (InvalidOperationException e)
        {
            throw new ReviewException(e.Message);
        }
    }

    private AuditEntry Record(long factId, string user, string action, string status, string? reason, string? payload, long? mergedInto, string? before, string? after) =>
        store.Reviews.Record(new ReviewChange(factId, user, action, status, reason, payload, mergedInto, before, after));
}
