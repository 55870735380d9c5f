using Entente.Core.Extraction.Gazetteers;
using Entente.Core.Text;

namespace Entente.Core.Tests.Extraction.Gazetteers;

public class NameTokenizerTests
{
    [Fact]
    public void Tokens_fold_case_diacritics_and_apostrophes()
    {
        var tokens = NameTokenizer.Tokenize("Hưng Yên, People's Đà Nẵng");
        Assert.Equal(["hung", "yen", "peoples", "da", "nang"], tokens.Select(t => t.Folded));
        Assert.Equal(GapKind.Comma, tokens[2].GapBefore);
    }

    [Fact]
    public void A_possessive_gives_a_stem()
    {
        var token = Assert.Single(NameTokenizer.Tokenize("Belarus’s"));
        Assert.Equal("belarus", token.FoldedStem);
        Assert.Equal(7, token.StemEnd);
    }

    [Fact]
    public void Name_words_are_runs_of_glued_tokens_keeping_combining_marks_and_apostrophes_between_letters()
    {
        const string text = "Ha\u0300 Nô\u0323i, Côte d'Ivoire. \u0301x 12\u0663ab millionUSD Korea's 'x y' o'";
        string[] expected = ["Ha\u0300", "Nô\u0323i", "Côte", "d'Ivoire", "\u0301x", "12\u0663ab", "millionUSD", "Korea's", "x", "y", "o"];
        Assert.Equal(expected, NameTokenizer.Tokenize(text).Select(t => text[t.Start..t.End]));
        var spellings = new Spellings();
        var words = NameTokenizer.Tokenize(Tokenizer.Scan(text, 0, text.Length, WordShape.Parts, spellings), spellings);
        Assert.Equal(expected, words.Select(t => text[t.Start..t.End]));
        Assert.Equal("korea", words[7].FoldedStem);
        Assert.Equal(GapKind.Comma, words[2].GapBefore);
    }

    [Theory]
    [InlineData(" ", GapKind.Joiner)]
    [InlineData("-", GapKind.Joiner)]
    [InlineData(". ", GapKind.Period)]
    [InlineData(", ", GapKind.Comma)]
    [InlineData("\n", GapKind.Break)]
    [InlineData(" (", GapKind.Break)]
    public void Gaps_are_classified(string gap, GapKind kind)
    {
        Assert.Equal(kind, NameTokenizer.Classify(gap));
    }

    [Fact]
    public void Diacritics_are_stripped_but_case_is_kept()
    {
        Assert.Equal("Thua Thien-Hue, Dong Nai", NameFolding.StripDiacritics("Thừa Thiên-Huế, Đồng Nai"));
    }
}
