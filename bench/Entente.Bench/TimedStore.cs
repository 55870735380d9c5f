using System.Diagnostics;
using Entente.Core.Knowledge;
using Entente.Core.Storage;

namespace Entente.Bench;

/// <summary>A store that times each of its read calls, to tell how much of a brief is the store's and how much its rendering.</summary>
public sealed class TimedStore(IEntenteStore store) : IEntenteStore
{
    private readonly Dictionary<string, (int Calls, double Ms)> _times = [];

    public IReadOnlyDictionary<string, (int Calls, double Ms)> Times => _times;

    public double Total => _times.Values.Sum(t => t.Ms);

    public void Reset() => _times.Clear();

    private T Timed<T>(string name, Func<T> read)
    {
        var watch = Stopwatch.StartNew();
        var result = read();
        var (calls, ms) = _times.GetValueOrDefault(name);
        _times[name] = (calls + 1, ms + watch.Elapsed.TotalMilliseconds);
        return result;
    }

    public bool HasDocument(string contentHash) => store.HasDocument(contentHash);

    public StoreResult StoreDocument(DocumentToStore document) => store.StoreDocument(document);

    public bool Claim(string contentHash, string worker, TimeSpan lease) => store.Claim(contentHash, worker, lease);

    public void Release(string contentHash, string worker) => store.Release(contentHash, worker);

    public IReadOnlyList<KnowledgeFact> Facts(FactQuery query) => Timed($"facts[{string.Join('+', query.Types ?? [])}{(query.Ids is null ? "" : "ids")}{(query.Planned is { } p ? p ? ",planned" : ",held" : "")}{(query.OnePerConflictGroup ? ",1/group" : "")}]", () => store.Facts(query));

    public IEnumerable<KnowledgeFact> EnumerateFacts(FactQuery query) => Timed("facts", () => store.Facts(query));

    public int Count(FactQuery query) => Timed("count", () => store.Count(query));

    public (IReadOnlyList<IReadOnlyList<long>> Groups, int Total) ConflictGroups(FactQuery query, int limit) => Timed("conflicts", () => store.ConflictGroups(query, limit));

    public PairReach Reach(FactQuery query) => Timed("reach", () => store.Reach(query));

    public IReadOnlyList<PairSummary> Pairs() => store.Pairs();

    public void Dispose() => store.Dispose();
}
