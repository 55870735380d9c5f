using System.Text.Json;

namespace Entente.Core.Tests.Cleaning;

/// <summary>The example inputs and gold outputs in the shared folder beside the repository, read at run time.</summary>
internal static class SharedSeeds
{
    public static string SharedDirectory { get; } = Locate();

    public static IEnumerable<string> SeedFiles =>
        Directory.GetFiles(Path.Combine(SharedDirectory, "seeds"), "*.txt").OrderBy(f => f, StringComparer.Ordinal);

    /// <summary>Gold article text by source file name.</summary>
    public static IReadOnlyDictionary<string, string> GoldArticleTexts()
    {
        var texts = new Dictionary<string, string>();
        foreach (var line in File.ReadLines(Path.Combine(SharedDirectory, "gold", "seeds.articles.jsonl")))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var record = JsonDocument.Parse(line);
            var source = Path.GetFileName(record.RootElement.GetProperty("source").GetString()!);
            texts[source] = texts.TryGetValue(source, out var earlier)
                ? earlier + "\n\n" + record.RootElement.GetProperty("text").GetString()
                : record.RootElement.GetProperty("text").GetString()!;
        }
        return texts;
    }

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(dir.FullName, "shared"), Path.Combine(dir.FullName, "..", "shared") })
                if (Directory.Exists(Path.Combine(candidate, "seeds"))) return Path.GetFullPath(candidate);
        }
        throw new DirectoryNotFoundException(
            $"No shared/seeds folder above {AppContext.BaseDirectory}; the seed tests need ../shared beside the repository.");
    }
}
