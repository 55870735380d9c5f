using System.Text.Json;
using Entente.Core.Domain;

namespace Entente.Core.Tests.Support;

/// <summary>A fact's fields but the evidence as one JSON string: what tests compare when they ask "same facts?".</summary>
public static class FactKeys
{
    public static string Of(Fact fact) => JsonSerializer.Serialize(fact with { Evidence = null }, EntenteJson.Options);
}
