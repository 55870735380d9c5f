using Entente.Core.Ingest.Html;

namespace Entente.Core.Tests.Ingest.Html;

public sealed class CharacterReferenceAlignerTests
{
    [Theory]
    [InlineData("a&amp;b", "a&b", new[] { 0, 1, 6 })]
    [InlineData("AT&T", "AT&T", new[] { 0, 1, 2, 3 })]
    [InlineData("&amp;amp;", "&amp;", new[] { 0, 5, 6, 7, 8 })]
    [InlineData("&copy2", "\u00A92", new[] { 0, 5 })]
    [InlineData("x&#233;y", "x\u00E9y", new[] { 0, 1, 7 })]
    [InlineData("&#x1F600;!", "\U0001F600!", new[] { 0, 0, 9 })]
    [InlineData("a\r\nb", "a\nb", new[] { 0, 1, 3 })]
    [InlineData("a\rb", "a\nb", new[] { 0, 1, 2 })]
    [InlineData("&#150;", "\u2013", new[] { 0 })]
    public void Maps_each_decoded_character_to_its_source(string source, string decoded, int[] expected)
    {
        var map = new int[decoded.Length];
        CharacterReferenceAligner.Align(source, 0, source.Length, decoded, map);
        Assert.Equal(expected, map);
    }

    [Fact]
    public void Leaves_references_in_raw_text_alone()
    {
        const string script = "x = \"a&amp;b\";";
        var map = new int[script.Length];
        CharacterReferenceAligner.Align(script, 0, script.Length, script, map, decodesReferences: false);
        Assert.Equal(Enumerable.Range(0, script.Length), map);
    }

    [Fact]
    public void Keeps_offsets_inside_the_range_when_the_text_runs_longer()
    {
        var map = new int[5];
        CharacterReferenceAligner.Align("ab", 0, 2, "abcde", map);
        Assert.Equal(new[] { 0, 1, 1, 1, 1 }, map);
    }
}
