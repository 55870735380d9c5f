using Entente.Core.Domain;

namespace Entente.Core.Knowledge;

/// <summary>
/// What reconciliation needs from a store, inside the transaction of the input being stored.
/// Each backend implements it; the rules stay in <see cref="Reconciler"/>.
/// </summary>
public interface IKnowledgeSession
{
    /// <summary>Stored facts of this type whose exact identity is the given one.</summary>
    IReadOnlyList<StoredIdentity> Candidates(string type, string exact);

    /// <summary>Stores a new reconciled fact; conflictGroup null starts a group of its own.</summary>
    long AddFact(string type, FactIdentity identity, string payload, long? conflictGroup, IReadOnlySet<string> pairs, string? date);

    void ReplacePayload(long factId, string payload, FactIdentity identity);

    /// <summary>Adds a source to a fact; a second statement from the same article is ignored.</summary>
    void AddSource(long factId, long articleId, Evidence evidence);

    void AddPairs(long factId, IReadOnlySet<string> pairs);
}

/// <summary>A stored fact as reconciliation sees it.</summary>
public sealed record StoredIdentity(long Id, IReadOnlySet<string>? Name, IReadOnlyList<string> Values, long ConflictGroup, string Payload);
