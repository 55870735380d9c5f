using System.Text.Json;
using Entente.Core.Extraction.Gazetteers;
using static Entente.Core.Tests.Extraction.Gazetteers.GazetteerFixture;

namespace Entente.Core.Tests.Extraction.Gazetteers;

/// <summary>Reads the shared seeds and gold at run time: every gold locality is found as a place of its country.</summary>
public class SeedArticleTests
{
    private static DirectoryInfo Shared()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = new DirectoryInfo(Path.Combine(dir.FullName, "shared"));
            if (Directory.Exists(Path.Combine(candidate.FullName, "seeds"))) return candidate;
            candidate = new DirectoryInfo(Path.Combine(dir.FullName, "..", "shared"));
            if (Directory.Exists(Path.Combine(candidate.FullName, "seeds"))) return candidate;
        }
        throw new DirectoryNotFoundException("shared/seeds not found above the test directory");
    }

    [Fact]
    public void Every_gold_locality_is_found_in_its_seed()
    {
        var shared = Shared();
        var checkedPlaces = 0;
        foreach (var line in File.ReadLines(Path.Combine(shared.FullName, "gold", "seeds.facts.jsonl")))
        {
            using var fact = JsonDocument.Parse(line);
            if (fact.RootElement.GetProperty("type").GetString() != "locality_partnership") continue;
            var source = fact.RootElement.GetProperty("source").GetString()!;
            var text = File.ReadAllText(Path.Combine(shared.FullName, "seeds", source));
            var places = MentionResolution.Resolve(Find(text)).Where(m => m.Kind == MentionKind.Place).ToList();
            foreach (var locality in fact.RootElement.GetProperty("localities").EnumerateArray())
            {
                var name = locality.GetProperty("name").GetString();
                var country = locality.GetProperty("country").GetString()!;
                Assert.Contains(places, p => p.Canonical == name && p.Countries.SequenceEqual([country]));
                checkedPlaces++;
            }
        }
        Assert.True(checkedPlaces > 10);
    }
}
