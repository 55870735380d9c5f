using System.Reflection;
using System.Text.Json.Serialization;

namespace Entente.Core.Domain;

/// <summary>The schema's type names, read from the discriminators declared on <see cref="Fact"/>.</summary>
public static class FactTypes
{
    private static readonly Dictionary<Type, string> NameByType = typeof(Fact)
        .GetCustomAttributes<JsonDerivedTypeAttribute>()
        .ToDictionary(a => a.DerivedType, a => (string)a.TypeDiscriminator!);

    public static IReadOnlyCollection<string> All => NameByType.Values;

    /// <summary>Types added after version 1 of the export schema; `extract` writes them only when asked.</summary>
    public static readonly IReadOnlySet<string> Extensions = new HashSet<string>(StringComparer.Ordinal) { "relationship_level" };

    /// <summary>The types of version 1 of the export schema.</summary>
    public static IReadOnlyCollection<string> Schema => [.. All.Where(t => !Extensions.Contains(t))];

    public static string NameOf(Type type) => NameByType[type];
}
