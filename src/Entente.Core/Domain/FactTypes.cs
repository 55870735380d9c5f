using System.Text.Json.Serialization;

namespace Entente.Core.Domain;

/// <summary>The schema's type names, read from the discriminators declared on <see cref="Fact"/>.</summary>
public static class FactTypes
{
    // Read from the attributes' data, not from attribute objects: making the objects invokes their constructors by
    // reflection, which compiles invocation stubs at run time; measured on a one-line extract, this read was about
    // 3% of the start-up's CPU samples, most of it that compilation.
    private static readonly Dictionary<Type, string> NameByType = typeof(Fact)
        .GetCustomAttributesData()
        .Where(a => a.AttributeType == typeof(JsonDerivedTypeAttribute))
        .ToDictionary(a => (Type)a.ConstructorArguments[0].Value!, a => (string)a.ConstructorArguments[1].Value!);

    public static IReadOnlyCollection<string> All => NameByType.Values;

    /// <summary>Types added after version 1 of the export schema; `extract` writes them only when asked.</summary>
    public static readonly IReadOnlySet<string> Extensions = new HashSet<string>(StringComparer.Ordinal) { "relationship_level" };

    /// <summary>The types of version 1 of the export schema.</summary>
    public static IReadOnlyCollection<string> Schema => [.. All.Where(t => !Extensions.Contains(t))];

    public static string NameOf(Type type) => NameByType[type];
}
