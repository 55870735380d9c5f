using CsCheck;
using Entente.Core.Cleaning;
using Entente.Core.Text;

namespace Entente.Core.Tests.Cleaning;

public class WordSplitterPropertyTests
{
    private static readonly WordSplitter Splitter = WordSplitter.Shared;

    // Letters, digits and the punctuation that glue rules look at, so that every rule is exercised.
    private static readonly Gen<string> ScrapedText = Gen.OneOf(
        Gen.String[Gen.Char["aeinorst tdhlTAIVnd,.;:-$'/@0123456789"], 0, 80],
        Gen.OneOf("and", "the", "trade", "investment", "Vietnam", "The", "in", "2011", ",", ".", "-", " ", "cooperation", "iPhone", "US$", "of")
            .Array[0, 12].Select(string.Concat));

    [Fact]
    public void Splitting_only_inserts_spaces_between_non_space_characters()
    {
        ScrapedText.Sample(text =>
        {
            var splits = Splitter.FindSplits(text, WordSplitter.BuildVocabulary(text));
            for (var i = 0; i < splits.Count; i++)
            {
                var p = splits[i];
                Assert.InRange(p, 1, text.Length - 1);
                Assert.False(char.IsWhiteSpace(text[p - 1]) || char.IsWhiteSpace(text[p]));
                if (i > 0) Assert.True(splits[i - 1] < p);
            }
            var output = Splitter.Split(text);
            Assert.Equal(text.Length + splits.Count, output.Length);
            var restored = output.ToCharArray().Where((_, k) => !splits.Select((p, i) => p + i).Contains(k));
            Assert.Equal(text, string.Concat(restored));
        });
    }

    [Fact]
    public void Splitting_never_breaks_a_letter_run_that_is_a_known_word()
    {
        ScrapedText.Sample(text =>
        {
            foreach (var p in Splitter.FindSplits(text, new HashSet<string>()))
            {
                if (!char.IsLetter(text[p - 1]) || !char.IsLetter(text[p])) continue;
                var start = p;
                while (start > 0 && char.IsLetter(text[start - 1])) start--;
                var end = p;
                while (end < text.Length && char.IsLetter(text[end])) end++;
                Assert.False(Lexicon.Shared.IsWord(text.AsSpan(start, end - start)), text[start..end]);
            }
        });
    }

    [Fact]
    public void Text_made_of_known_words_is_left_unchanged()
    {
        var knownWords = SharedSeeds.SeedFiles
            .SelectMany(f => File.ReadAllText(f).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .Select(t => t.Trim(',', '.', ';', ':', '(', ')', '’', '\'', '"'))
            .Where(t => t.Length > 0 && t.All(char.IsAsciiLetter) && Lexicon.Shared.IsWord(t))
            .Distinct()
            .ToArray();
        Assert.True(knownWords.Length > 100);
        var separators = Gen.OneOf(" ", ", ", ". ", "; ", "-", " (", ") ");
        Gen.Select(Gen.OneOf(knownWords), separators).Array[1, 30]
            .Select(parts => string.Concat(parts.Select(p => p.Item1 + p.Item2)))
            .Sample(text => Assert.Empty(Splitter.FindSplits(text, new HashSet<string>())));
    }
}
