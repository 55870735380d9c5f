using Entente.Core.Extraction;
using Entente.Core.Extraction.Trade;
using Entente.Core.Tests.Extraction.Multilateral;

namespace Entente.Core.Tests.Extraction.Trade;

public class TradeLayerTests
{
    private static readonly CountryPair VietnamKorea = new("KR", "VN");

    private static List<TradeToken> Tokens(string body)
    {
        var (article, _) = FactsFrom.Extract(FactsFrom.Article("Trade note", body));
        var context = new ArticleContext(article);
        var bodyStart = context.Text.IndexOf(body, StringComparison.Ordinal);
        var sentence = context.Sentences.Single(s => s.Start <= bodyStart && bodyStart < s.End);
        return [.. TradeLayer.Of(context, sentence, VietnamKorea).Where(t => t.Start >= bodyStart)];
    }

    private static string[] Words(string body) => [.. Tokens(body).Select(t => t.Kind == TradeTokenKind.Word || t.Kind == TradeTokenKind.Punct ? t.Lower : $"<{t.Kind}>")];

    [Fact]
    public void Hyphens_between_letters_and_digits_keep_a_word_whole_and_a_possessive_is_one_mark()
    {
        Assert.Equal(["<Country>", "'s", "year-on-year", "two-way", "trade", "rose", "in", "q3", "-", "end", "."],
            Words("Korea’s year-on-year two-way trade rose in Q3 - end."));
    }

    [Fact]
    public void An_apostrophe_before_a_longer_word_is_a_mark_of_its_own()
    {
        Assert.Equal(["the", "'", "seaport", "'", "of", "<Country>", "grew", "."], Words("The ’seaport’ of Korea grew."));
    }

    [Fact]
    public void A_combining_mark_ends_a_trade_word_and_digits_glued_to_letters_join_it()
    {
        // "Ha\u0300 No\u0323i" is Hà Nội written with combining accents; "21st" and "4th-largest" stay whole.
        Assert.Equal(["ha", "\u0300", "no", "\u0323", "i", "is", "the", "21st", "and", "4th-largest", "buyer", "."],
            Words("Ha\u0300 No\u0323i is the 21st and 4th-largest buyer."));
    }

    [Fact]
    public void Countries_of_the_pair_and_anaphors_are_single_tokens()
    {
        var tokens = Tokens("Exports from Vietnam to the Asian nation rose.");
        Assert.Equal(["exports", "from", "vietnam", "to", "the country", "rose", "."], tokens.Select(t => t.Lower));
        Assert.Equal("VN", tokens[2].Code);
        Assert.True(tokens[4].IsAnaphor);
    }
}
