using Entente.Core.Domain;
using Entente.Core.Knowledge;
using Entente.Core.Knowledge.Briefing;
using Entente.Core.Review;
using Entente.Core.Storage;

namespace Entente.Web;

/// <summary>The fact list's filters, shared by the /facts page and GET /api/facts. Every filter is optional.</summary>
public sealed record FactFilter(string? Pair, string? Type, string? Status, bool Conflicts, string? Q, string? Since, int Page)
{
    /// <summary>The reasons the filter cannot be used, for a 400 or a message on the page.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Pair is { Length: > 0 } p && CountryArgument.Pair(p) is null) problems.Add($"pair: '{p}' is not two countries (write VN-BY or Vietnam,Belarus)");
        if (Type is { Length: > 0 } t && !FactTypes.All.Contains(t)) problems.Add($"type: '{t}' is not a fact type");
        if (Status is { Length: > 0 } s && !ReviewStatus.All.Contains(s)) problems.Add($"status: '{s}' is not one of {string.Join(", ", ReviewStatus.All)}");
        if (Page < 1) problems.Add("page: pages start at 1");
        return problems;
    }

    public string? PairKey => Pair is { Length: > 0 } p ? CountryArgument.Pair(p) : null;

    /// <summary>One page of the matching facts, newest first, and how many match in all.</summary>
    public (IReadOnlyList<ReviewedFact> Facts, int Total) Run(ReviewedKnowledge store, int pageSize)
    {
        var query = new FactQuery(PairKey, Type is { Length: > 0 } ? Type : null, Since is { Length: > 0 } ? Since : null);
        IEnumerable<ReviewedFact> facts = store.Reviewed(query, includeHidden: true);
        if (Status is { Length: > 0 } status) facts = facts.Where(f => f.Status == status);
        else facts = facts.Where(f => f.Review?.MergedInto is null);
        if (Conflicts) facts = facts.Where(f => f.Fact.Conflicts.Count > 0);
        if (Q is { Length: > 0 } q)
            facts = facts.Where(f => FactDescription.Of(f.Fact.Fact).Contains(q, StringComparison.OrdinalIgnoreCase)
                                     || f.Fact.Sources.Any(s => s.Quote.Contains(q, StringComparison.OrdinalIgnoreCase) || (s.Title?.Contains(q, StringComparison.OrdinalIgnoreCase) ?? false)));
        var list = facts.OrderByDescending(f => f.Fact.Date ?? "", StringComparer.Ordinal).ThenBy(f => f.Fact.Id).ToList();
        return (list.Skip((Page - 1) * pageSize).Take(pageSize).ToList(), list.Count);
    }
}
