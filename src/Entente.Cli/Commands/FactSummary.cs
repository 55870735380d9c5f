using System.Text.Json;
using System.Text.Json.Nodes;
using Entente.Core.Domain;

namespace Entente.Cli.Commands;

/// <summary>A fact's fields on one line for tables: "parties=VN,BY value=151000000 USD …".</summary>
public static class FactSummary
{
    public static string Of(Fact fact)
    {
        var node = JsonSerializer.SerializeToNode(fact with { Evidence = null }, EntenteJson.Options)!.AsObject();
        return string.Join("  ", node.Where(kv => kv.Key != "type").Select(kv => $"{kv.Key}={Flatten(kv.Value)}"));
    }

    private static string Flatten(JsonNode? node) => node switch
    {
        JsonArray array => string.Join(", ", array.Select(Flatten)),
        JsonObject obj => string.Join(" ", obj.Select(kv => Flatten(kv.Value))),
        null => "",
        _ => node.ToString(),
    };
}
