using Entente.Core.Cleaning;
using Entente.Core.Text;

namespace Entente.Core.Tests.Cleaning;

public class WordSplitterSeedTests
{
    // Glue named in the task, as it appears in the scraped seeds, and its repair.
    public static readonly TheoryData<string, string> KnownGlue = new()
    {
        { "all-roundcooperation", "all-round cooperation" },
        { "almost151", "almost 151" },
        { "products,telephones", "products, telephones" },
        { "600Vietnamese", "600 Vietnamese" },
        { "Thetwo", "The two" },
        { "Lukashenkopermitted", "Lukashenko permitted" },
        { "andinvestment", "and investment" },
        { "atmultilateral", "at multilateral" },
        { "time-honouredfriendship", "time-honoured friendship" },
        { "increaseyear-on-year", "increase year-on-year" },
        { "companiesto", "companies to" },
        { "2011-2012period", "2011-2012 period" },
        { "Vietnamesecadres", "Vietnamese cadres" },
        { "Labourcooperation", "Labour cooperation" },
    };

    [Theory]
    [MemberData(nameof(KnownGlue))]
    public void Splitting_the_seeds_repairs_the_known_glue(string glued, string repaired)
    {
        var seeds = SharedSeeds.SeedFiles.Select(File.ReadAllText).Where(t => t.Contains(glued, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(seeds);
        foreach (var text in seeds)
        {
            var output = SplitFile(text);
            Assert.Contains(repaired, output);
            Assert.DoesNotContain(glued, output);
        }
    }

    [Fact]
    public void Every_split_in_the_seeds_separates_gold_words_and_no_real_word_is_split()
    {
        var gold = SharedSeeds.GoldArticleTexts();
        var files = SharedSeeds.SeedFiles.ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var goldWords = gold.TryGetValue(Path.GetFileName(file), out var goldText) ? Words(goldText) : [];
            var tokenCounts = WordList(text).GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count());
            var vocabulary = WordSplitter.BuildVocabulary(text);
            foreach (var split in WordSplitter.Shared.FindSplits(text, vocabulary))
            {
                var left = WordEndingAt(text, split);
                var right = WordStartingAt(text, split);
                Assert.Contains(right, goldWords);
                if (left.Length == 0) continue; // a space after punctuation
                Assert.Contains(left, goldWords);
                var glued = left + right;
                Assert.False(Lexicon.Shared.IsWord(glued), $"{file}: split the word '{glued}'");
                Assert.False(tokenCounts.GetValueOrDefault(glued) > 1, $"{file}: split '{glued}', which occurs elsewhere");
            }
        }
    }

    private static string SplitFile(string text) => WordSplitter.Shared.Split(text, WordSplitter.BuildVocabulary(text));

    private static HashSet<string> Words(string text) => [.. WordList(text)];

    private static IEnumerable<string> WordList(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).SelectMany(WordRuns);

    private static IEnumerable<string> WordRuns(string token)
    {
        var start = -1;
        for (var i = 0; i <= token.Length; i++)
        {
            var inWord = i < token.Length && char.IsLetterOrDigit(token[i]);
            if (inWord && start < 0) start = i;
            if (!inWord && start >= 0)
            {
                yield return token[start..i];
                start = -1;
            }
        }
    }

    private static string WordEndingAt(string text, int end)
    {
        var start = end;
        while (start > 0 && char.IsLetterOrDigit(text[start - 1])) start--;
        return text[start..end];
    }

    private static string WordStartingAt(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsLetterOrDigit(text[end])) end++;
        return text[start..end];
    }
}
