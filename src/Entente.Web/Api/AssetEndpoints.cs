namespace Entente.Web.Api;

/// <summary>The workspace's stylesheet, script and icon, served from resources embedded in the assembly (no build step, no files to deploy).</summary>
public static class AssetEndpoints
{
    private static readonly Dictionary<string, (string ContentType, byte[] Bytes)> Assets = Load();

    public static void MapAssets(this IEndpointRouteBuilder app) =>
        app.MapGet("/assets/{name}", (string name, HttpContext context) =>
        {
            if (!Assets.TryGetValue(name, out var asset)) return Results.NotFound();
            context.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Bytes(asset.Bytes, asset.ContentType);
        }).AllowAnonymous().ExcludeFromDescription();

    private static Dictionary<string, (string, byte[])> Load()
    {
        var assembly = typeof(AssetEndpoints).Assembly;
        const string prefix = "Entente.Web.Assets.";
        var result = new Dictionary<string, (string, byte[])>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            var name = resource[prefix.Length..];
            var type = Path.GetExtension(name) switch { ".css" => "text/css; charset=utf-8", ".js" => "text/javascript; charset=utf-8", ".svg" => "image/svg+xml", _ => "application/octet-stream" };
            result[name] = (type, memory.ToArray());
        }
        return result;
    }
}
