using System.Text.Json;
using System.Text.Json.Nodes;
using Entente.Core.Domain;

namespace Entente.Core.Knowledge.Export;

/// <summary>A reconciled fact as one JSON object: the schema's fact plus id, pairs, sources and conflicts.</summary>
public static class KnowledgeFactJson
{
    public static JsonObject ToNode(KnowledgeFact fact)
    {
        var node = JsonSerializer.SerializeToNode(fact.Fact with { Evidence = null }, EntenteJson.Options)!.AsObject();
        node.Insert(0, "id", fact.Id);
        node["pairs"] = new JsonArray([.. fact.Pairs.Select(p => (JsonNode)p)]);
        node["sources"] = JsonSerializer.SerializeToNode(fact.Sources, EntenteJson.Options);
        if (fact.Review is not null) node["review"] = fact.Review;
        if (fact.Conflicts.Count > 0) node["conflicts"] = new JsonArray([.. fact.Conflicts.Select(c => (JsonNode)c)]);
        return node;
    }

    public static string ToLine(KnowledgeFact fact) => ToNode(fact).ToJsonString(EntenteJson.Options);

    /// <summary>The fact's own fields as JSON, without id, sources or evidence.</summary>
    public static string FieldsJson(KnowledgeFact fact) => JsonSerializer.Serialize(fact.Fact with { Evidence = null }, EntenteJson.Options);
}
