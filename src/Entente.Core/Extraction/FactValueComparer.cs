using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using Entente.Core.Domain;

namespace Entente.Core.Extraction;

/// <summary>
/// Facts equal in every field but their evidence: same type, and each property equal by value, arrays element by
/// element (the records' own equality compares arrays by reference). The nested values (people, places, money,
/// periods) are records of plain fields, so their own equality is by value.
/// </summary>
public sealed class FactValueComparer : IEqualityComparer<Fact>
{
    public static readonly FactValueComparer Instance = new();

    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Fields = new();

    public bool Equals(Fact? x, Fact? y)
    {
        if (ReferenceEquals(x, y)) return true;
        if (x is null || y is null || x.GetType() != y.GetType()) return false;
        foreach (var property in FieldsOf(x.GetType()))
        {
            if (!ValueEquals(property.GetValue(x), property.GetValue(y))) return false;
        }
        return true;
    }

    public int GetHashCode(Fact fact)
    {
        var hash = new HashCode();
        hash.Add(fact.GetType());
        foreach (var property in FieldsOf(fact.GetType()))
        {
            var value = property.GetValue(fact);
            if (value is IList list)
            {
                foreach (var item in list) hash.Add(item);
            }
            else
            {
                hash.Add(value);
            }
        }
        return hash.ToHashCode();
    }

    private static bool ValueEquals(object? a, object? b)
    {
        if (a is IList x && b is IList y)
        {
            if (x.Count != y.Count) return false;
            for (var i = 0; i < x.Count; i++)
                if (!Equals(x[i], y[i])) return false;
            return true;
        }
        return Equals(a, b);
    }

    // Every public property but the evidence and the type name (which the type itself gives).
    private static PropertyInfo[] FieldsOf(Type type) => Fields.GetOrAdd(type, t =>
        [.. t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.Name is not (nameof(Fact.Evidence) or nameof(Fact.Type)))
            .OrderBy(p => p.Name, StringComparer.Ordinal)]);
}
