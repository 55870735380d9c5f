using Entente.Core.Domain;
using Domain = Entente.Core.Domain;
using Entente.Core.Extraction;

namespace Entente.Core.Tests.Extraction;

public class FactValueComparerTests
{
    private static readonly Evidence First = new("a.txt", 0, 10, "first quote");
    private static readonly Evidence Second = new("a.txt", 50, 60, "second one");

    [Fact]
    public void Facts_equal_but_for_evidence_and_array_instances_are_one_fact()
    {
        var a = new Domain.Trade(["VN", "JP"], "total", new Money(60_000_000, "USD"), new Period("2024", "2024")) { Evidence = First };
        var b = new Domain.Trade(["VN", "JP"], "total", new Money(60_000_000, "USD"), new Period("2024", "2024")) { Evidence = Second };
        Assert.True(FactValueComparer.Instance.Equals(a, b));
        Assert.Equal(FactValueComparer.Instance.GetHashCode(a), FactValueComparer.Instance.GetHashCode(b));
        Assert.Equal(FactExtractionPipeline.Key(a), FactExtractionPipeline.Key(b));
    }

    [Fact]
    public void A_different_array_element_nested_value_or_type_makes_another_fact()
    {
        var visit = new Visit(new Person("Ana Diaz", "Minister"), "CL", "PE", Period.Single("2025-05-02")) { Places = [new Place("Lima", "PE")] };
        Assert.False(FactValueComparer.Instance.Equals(visit, visit with { Places = [new Place("Cusco", "PE")] }));
        Assert.False(FactValueComparer.Instance.Equals(visit, visit with { Visitor = new Person("Ana Diaz", null) }));
        Assert.False(FactValueComparer.Instance.Equals(visit, visit with { Places = null }));
        Assert.True(FactValueComparer.Instance.Equals(visit, visit with { Places = [new Place("Lima", "PE")], Evidence = First }));
        Fact mechanism = new Mechanism("Joint Commission", ["CL", "PE"]);
        Fact agreement = new Agreement("Joint Commission", ["CL", "PE"]);
        Assert.False(FactValueComparer.Instance.Equals(mechanism, agreement));
    }
}
