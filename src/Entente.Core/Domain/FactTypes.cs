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

    public static string NameOf(Type type) => NameByType[type];
}
