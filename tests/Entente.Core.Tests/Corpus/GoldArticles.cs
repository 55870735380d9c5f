using System.Text.Json;

namespace Entente.Core.Tests.Corpus;

/// <summary>Reads a gold articles file (source, title, published, text per line).</summary>
public static class GoldArticles
{
    public sealed record Gold(string Source, string? Title, string? Published, string Text);

    public static List<Gold> Load(string path) =>
        File.ReadLines(path).Where(l => l.Trim().Length > 0).Select(l =>
        {
            using var json = JsonDocument.Parse(l);
            var r = json.RootElement;
            return new Gold(r.GetProperty("source").GetString()!, r.GetProperty("title").GetString(), r.GetProperty("published").GetString(), r.GetProperty("text").GetString()!);
        }).ToList();
}
