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

    /// <summary>Stores a new reconciled fact (its payload being the fact as stored); conflictGroup null starts a group of its own.</summary>
    long AddFact(Fact fact, FactIdentity identity, string payload, long? conflictGroup, IReadOnlySet<string> pairs);

    void ReplacePayload(long factId, string payload, FactIdentity identity);

    /// <summary>Adds a source to a fact; a second statement from the same article is ignored.</summary>
    void AddSource(long factId, long articleId, Evidence evidence);

    /// <summary>Files a fact under more pairs; ownPair is the pair the fact itself names (all its sources are that pair's).</summary>
    void AddPairs(long factId, IReadOnlySet<string> pairs, string? ownPair);
}

/// <summary>A stored fact as reconciliation sees it.</summary>
public sealed record StoredIdentity(long Id, IReadOnlySet<string>? Name, IReadOnlyList<string> Values, long ConflictGroup, string Payload);
