using System.Text.Json;
using Entente.Core.Domain;
using Entente.Core.Tests.Support;

namespace Entente.Core.Tests.Extraction.Mechanisms;

/// <summary>The seed articles, read at run time from the shared folder, give their gold mechanisms and agreements by name.</summary>
public class SeedArticleTests
{
    public static TheoryData<string> Seeds() => [.. SharedFiles.SeedPaths().Select(p => Path.GetFileName(p))];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_gold_mechanism_and_agreement_is_named_exactly(string seed)
    {
        var facts = FactsOf.Text(File.ReadAllText(Path.Combine(SharedFiles.Seeds, seed)));
        var names = facts.Select(f => f switch
        {
            Mechanism m => "mechanism:" + m.Name,
            Agreement a => "agreement:" + a.Name,
            _ => null,
        }).OfType<string>().ToHashSet();
        foreach (var line in File.ReadLines(Path.Combine(SharedFiles.Gold, "seeds.facts.jsonl")))
        {
            using var gold = JsonDocument.Parse(line);
            var root = gold.RootElement;
            if (root.GetProperty("source").GetString() != seed) continue;
            var type = root.GetProperty("type").GetString();
            if (type is "mechanism" or "agreement")
                Assert.Contains(type + ":" + root.GetProperty("name").GetString(), names);
        }
    }
}
