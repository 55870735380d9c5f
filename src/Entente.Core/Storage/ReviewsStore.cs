namespace Entente.Core.Storage;

/// <summary>
/// What the review workspace keeps beside the knowledge base: the review state of facts, the audit
/// trail of every review action (never deleted), the workspace's users, and the lookups its pages
/// need. Reviews are kept apart from the extracted facts, so re-ingesting an input can add sources
/// to a fact without undoing what a reviewer decided about it.
/// </summary>
public interface IReviewsStore
{
    /// <summary>The review state of each of these facts that has one.</summary>
    IReadOnlyDictionary<long, FactReview> Reviews(IEnumerable<long> factIds);

    /// <summary>The facts merged into each of these facts by a reviewer.</summary>
    IReadOnlyDictionary<long, IReadOnlyList<long>> MergedInto(IEnumerable<long> targetIds);

    /// <summary>Per pair, how many of its facts a review hides (rejected or merged into another).</summary>
    IReadOnlyDictionary<string, int> HiddenFactsByPair();

    /// <summary>The pairs a fact is filed under (empty when the fact does not exist).</summary>
    IReadOnlyList<string> PairsOfFact(long factId);

    bool FactExists(long factId);

    /// <summary>Per pair, the latest publication date of its articles and when an input about it was last ingested.</summary>
    IReadOnlyDictionary<string, PairActivity> PairActivity();

    /// <summary>Applies one review to a fact and records it in the audit trail, in one transaction.</summary>
    AuditEntry Record(ReviewChange change);

    /// <summary>
    /// Moves one article's statement of a fact to a new fact (a wrong merge by reconciliation), the
    /// new fact starting with the same fields; returns the new fact's id. Audited as a split.
    /// </summary>
    long SplitSource(long factId, long articleId, string user, string? reason);

    /// <summary>The audit trail, oldest first: every entry, or those at or after a time, or those of one fact.</summary>
    IReadOnlyList<AuditEntry> Audit(string? since = null, long? factId = null);

    StoredArticle? Article(long id);

    /// <summary>Every fact stated in an article, with the stored quote and its offsets in the input.</summary>
    IReadOnlyList<ArticleStatement> Statements(long articleId);

    int UserCount();
    IReadOnlyList<WorkspaceUser> Users();
    WorkspaceUser? User(string name);
    WorkspaceUser? UserByTokenHash(string tokenHash);
    void AddUser(WorkspaceUser user);
    void SetTokenHash(string name, string tokenHash);
}

/// <summary>Review statuses; a fact without a stored review is <see cref="Unreviewed"/>.</summary>
public static class ReviewStatus
{
    public const string Unreviewed = "unreviewed";
    public const string Accepted = "accepted";
    public const string Rejected = "rejected";
    public const string Edited = "edited";

    public static readonly IReadOnlyList<string> All = [Unreviewed, Accepted, Rejected, Edited];
}

/// <summary>Roles of workspace users, each allowed what the one before it is and more.</summary>
public static class WorkspaceRoles
{
    public const string Viewer = "viewer";
    public const string Reviewer = "reviewer";
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [Viewer, Reviewer, Admin];

    public static bool CanReview(string role) => role is Reviewer or Admin;
}

/// <summary>Where a fact stands after its reviews: status, the reason of a rejection, the reviewer's edit, the fact it was merged into.</summary>
public sealed record FactReview(long FactId, string Status, string? Reason, string? EditedPayload, long? MergedInto);

/// <summary>One review to apply: the state the fact ends in, and what the audit trail records of it.</summary>
public sealed record ReviewChange(long FactId, string User, string Action, string Status, string? Reason, string? EditedPayload, long? MergedInto, string? Before, string? After);

/// <summary>One line of the audit trail: who did what to which fact, when, with the value before and after.</summary>
public sealed record AuditEntry(long Id, string At, string User, long FactId, string Action, string? Before, string? After, string? Reason);

/// <summary>How recent a pair's articles are: the latest publication date, and when an input about the pair was last ingested.</summary>
public sealed record PairActivity(string? LastPublished, string LastIngested);

/// <summary>A stored article as the workspace shows it.</summary>
public sealed record StoredArticle(long Id, string Source, string? Title, string? Published, string Text, int Start, int End, string? Url, string? Outlet, long? DuplicateOf);

/// <summary>A fact stated in an article: the quote and its offsets in the input.</summary>
public sealed record ArticleStatement(long FactId, string Quote, int Start, int End);

/// <summary>A workspace user: password and API token are stored only as hashes.</summary>
public sealed record WorkspaceUser(string Name, string Role, string PasswordHash, string? TokenHash = null);
