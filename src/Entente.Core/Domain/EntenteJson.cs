using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Entente.Core.Domain;

/// <summary>The JSON settings of every export: snake_case names, nulls left out, text unescaped.</summary>
public static class EntenteJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
        // Facts and article records are described at build time (no reflection-built serialiser at start-up);
        // other shapes written with these options (anonymous objects, audit entries) still fall back to reflection.
        TypeInfoResolver = JsonTypeInfoResolver.Combine(EntenteJsonContext.Default, new DefaultJsonTypeInfoResolver()),
    };

    /// <summary>
    /// A fact as one JSON line, byte for byte as <c>JsonSerializer.Serialize&lt;Fact&gt;(fact, Options)</c> writes it: the
    /// type discriminator first, then the fact's own properties. Only the fact's own type is described to the serializer:
    /// the polymorphic description of <see cref="Fact"/> builds the metadata of every fact type on first use, which cost
    /// every `extract` that wrote a fact about 0.05 s of CPU at start (measured on a one-line input, about a fifth of its run).
    /// </summary>
    public static string Line(Fact fact)
    {
        var own = JsonSerializer.Serialize(fact, fact.GetType(), Options);
        return own.Length > 2 ? $"{{\"type\":\"{fact.Type}\",{own.AsSpan(1)}" : $"{{\"type\":\"{fact.Type}\"}}";
    }
}

/// <summary>Build-time JSON metadata of the exported records, with the same naming and null handling as <see cref="EntenteJson.Options"/>.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Fact))]
[JsonSerializable(typeof(ArticleRecord))]
internal sealed partial class EntenteJsonContext : JsonSerializerContext;
