using Entente.Core.Extraction.Gazetteers;
using GazetteerIndex = Entente.Core.Extraction.Gazetteers.Gazetteer;

namespace Entente.Core.Tests.Extraction.Gazetteers;

/// <summary>Shortcuts over the default gazetteer for the tests of this folder.</summary>
internal static class GazetteerFixture
{
    public static GazetteerIndex Default => GazetteerIndex.Default;

    public static IReadOnlyList<GazetteerMention> Find(string text) => Default.FindAll(text);

    /// <summary>The single mention that covers exactly the given words of the text.</summary>
    public static GazetteerMention Single(string text, string words)
    {
        var start = text.IndexOf(words, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{words}' is not in the text");
        var found = Find(text).Where(m => m.Start == start && m.End == start + words.Length).ToList();
        Assert.True(found.Count == 1, $"no mention of exactly '{words}' in '{text}'; found: " +
            string.Join(", ", Find(text).Select(m => $"'{text[m.Start..m.End]}'")));
        return found[0];
    }
}
