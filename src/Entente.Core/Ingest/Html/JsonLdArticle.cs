using System.Text.Json;

namespace Entente.Core.Ingest.Html;

/// <summary>What a page's schema.org JSON-LD says about its article.</summary>
internal sealed record JsonLdArticle(string? Headline, string? DatePublished, string? Url, string? Publisher, string? Body)
{
    private static readonly JsonDocumentOptions Options = new()
    {
        MaxDepth = 64,
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>The first article-typed object (NewsArticle, BlogPosting…) in the scripts, else the first with a headline; null when none parses.</summary>
    public static JsonLdArticle? Read(IEnumerable<string> scripts)
    {
        JsonLdArticle? fallback = null;
        foreach (var script in scripts)
        {
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(script, Options);
            }
            catch (JsonException)
            {
                continue; // malformed JSON-LD is common; the page may still say enough elsewhere
            }
            using (document)
            {
                foreach (var node in Objects(document.RootElement))
                {
                    if (IsArticleType(node)) return From(node);
                    if (fallback is null && node.TryGetProperty("headline", out _)) fallback = From(node);
                }
            }
        }
        return fallback;
    }

    private static JsonLdArticle From(JsonElement node) => new(
        StringOf(node, "headline") ?? StringOf(node, "name"),
        StringOf(node, "datePublished") ?? StringOf(node, "dateCreated"),
        StringOf(node, "url") ?? IdOf(node, "mainEntityOfPage"),
        node.TryGetProperty("publisher", out var publisher) ? StringOf(publisher, "name") : null,
        StringOf(node, "articleBody") ?? StringOf(node, "text"));

    private static IEnumerable<JsonElement> Objects(JsonElement root)
    {
        var stack = new Stack<JsonElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node.ValueKind == JsonValueKind.Array)
            {
                var items = node.EnumerateArray().ToList();
                for (var i = items.Count - 1; i >= 0; i--) stack.Push(items[i]);
            }
            else if (node.ValueKind == JsonValueKind.Object)
            {
                yield return node;
                if (node.TryGetProperty("@graph", out var graph)) stack.Push(graph);
            }
        }
    }

    private static bool IsArticleType(JsonElement node)
    {
        if (!node.TryGetProperty("@type", out var type)) return false;
        var names = type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString() ?? "")
            : type.ValueKind == JsonValueKind.String ? [type.GetString() ?? ""] : [];
        return names.Any(n => n.EndsWith("Article", StringComparison.Ordinal) || n.EndsWith("Posting", StringComparison.Ordinal)
            || n is "Report" or "LiveBlogPosting");
    }

    private static string? StringOf(JsonElement node, string name)
    {
        if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty(name, out var value)) return null;
        if (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() > 0) value = value[0];
        return value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString()) ? value.GetString() : null;
    }

    private static string? IdOf(JsonElement node, string name)
    {
        if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty(name, out var value)) return null;
        return value.ValueKind == JsonValueKind.String ? value.GetString() : StringOf(value, "@id");
    }
}
