using Entente.Core.Text;

namespace Entente.Core.Tests.Text;

public class TokenizerTests
{
    private static string[] Texts(string text, WordShape shape) =>
        [.. Tokenizer.Scan(text, 0, text.Length, shape).Select(t => t.Text)];

    [Fact]
    public void Parts_keep_letters_and_digits_apart_and_split_a_glued_currency_code()
    {
        Assert.Equal(["On", "3", "rd", "May", ",", "12", "million", "USD"], Texts("On 3rd May, 12 millionUSD", WordShape.Parts));
    }

    [Fact]
    public void Joined_words_keep_inner_dashes_and_apostrophes()
    {
        Assert.Equal(["Vietnam–Kazakhstan", "2011-2012", "Korea's", "(", "JETCO", ")", "-", "x"], Texts("Vietnam–Kazakhstan 2011-2012 Korea's (JETCO) - x", WordShape.Joined));
    }

    [Fact]
    public void Compounds_keep_inner_dots_and_ampersands_and_drop_punctuation()
    {
        Assert.Equal(["AT&T", "S.A", "two-way", "deal"], Texts("AT&T, S.A. (two-way) deal!", WordShape.Compounds));
    }

    [Fact]
    public void Joined_and_compound_words_are_groupings_of_the_parts()
    {
        // Decomposed accents: a combining mark is a token of its own among joined words and none among compounds;
        // a digit outside ASCII joins the word it is written in.
        const string text = "Ve\u0301-x ٣٤-5 millionUSD S.A";
        Assert.Equal(["Ve", "\u0301", "-", "x", "٣٤-5", "millionUSD", "S", ".", "A"], Texts(text, WordShape.Joined));
        Assert.Equal(["Ve", "x", "٣٤-5", "millionUSD", "S.A"], Texts(text, WordShape.Compounds));
        var spellings = new Spellings();
        var parts = Tokenizer.Scan(text, 0, text.Length, WordShape.Parts, spellings);
        var grouped = Tokenizer.Group(parts, WordShape.Compounds, spellings);
        Assert.Equal([TokenKind.Word, TokenKind.Word, TokenKind.Digits, TokenKind.Word, TokenKind.Word], grouped.Select(t => t.Kind));
        Assert.Equal(["ve", "x", "٣٤-5", "millionusd", "s.a"], grouped.Select(t => t.Lower));
    }

    [Fact]
    public void A_span_s_words_are_read_as_if_it_stood_alone()
    {
        const string text = "Hanoi-based airlines fly to Minsk";
        var parts = TokenList.Of(text).Within(5, text.Length)!;
        Assert.Equal(["-", "based", "airlines"], Tokenizer.Group(parts, WordShape.Joined, new Spellings()).Take(3).Select(t => t.Text));
        Assert.Equal(["based", "airlines", "fly", "to", "Minsk"], Tokenizer.Group(parts, WordShape.Compounds, new Spellings()).Select(t => t.Text));
    }

    [Fact]
    public void Tokens_point_into_the_text_span_and_share_their_spellings()
    {
        const string text = "skip: The the THE end";
        var tokens = Tokenizer.Scan(text, 6, text.Length - 4, WordShape.Joined);
        Assert.Equal([6, 10, 14], tokens.Select(t => t.Start));
        Assert.Equal(["the", "the", "the"], tokens.Select(t => t.Lower));
        Assert.Same(tokens[0].Lower, tokens[2].Lower);
        Assert.True(tokens[0].IsCapitalized);
        Assert.False(tokens[1].IsCapitalized);
    }

    [Fact]
    public void Next_reads_one_token_at_a_time_past_spaces()
    {
        const string text = "  millionUSD 5";
        var spellings = new Spellings();
        var i = 0;
        var read = new List<string>();
        while (Tokenizer.Next(text, ref i, text.Length, spellings) is { } token) read.Add(token.Text);
        Assert.Equal(["million", "USD", "5"], read);
        Assert.Equal(text.Length, i);
    }

    [Fact]
    public void Spellings_fold_once_per_spelling()
    {
        var spellings = new Spellings();
        var word = spellings.Of("Hưng");
        Assert.Equal("hung", spellings.FoldedOf(word));
        Assert.Same(spellings.FoldedOf(word), spellings.FoldedOf(word));
    }

    [Theory]
    [InlineData("committees", "committee")]
    [InlineData("industries", "industry")]
    [InlineData("press", "press")]
    [InlineData("gas", "gas")]
    public void The_stemmer_gives_singulars(string word, string singular) => Assert.Equal(singular, Stemmer.Singular(word));

    [Fact]
    public void A_name_word_loses_its_possessive() => Assert.Equal("commission", Stemmer.NameWord("commission’s"));

    [Fact]
    public void A_span_s_share_of_the_tokens_is_its_own_list_and_none_when_a_token_crosses_its_edge()
    {
        const string text = "Talks began on 3 May. Trade rose 5.2 percent.";
        var tokens = TokenList.Of(text);
        var second = text.IndexOf("Trade", StringComparison.Ordinal);
        var within = tokens.Within(second, text.Length);
        Assert.NotNull(within);
        Assert.Equal(Tokenizer.Scan(text, second, text.Length, WordShape.Parts).Select(t => (t.Start, t.End)), within.Select(t => (t.Start, t.End)));
        Assert.False(within.Has(-1));
        // A span ending inside "percent" or starting inside "Trade" would cut a token.
        Assert.Null(tokens.Within(second, text.IndexOf("percent", StringComparison.Ordinal) + 3));
        Assert.Null(tokens.Within(second + 2, text.Length));
    }

    [Fact]
    public void Runs_are_the_parts_themselves_when_no_word_holds_a_mark()
    {
        var spellings = new Spellings();
        const string text = "Envoys from Hanoi met in Minsk, 12 May.";
        var parts = Tokenizer.Scan(text, 0, text.Length, WordShape.Parts, spellings);
        Assert.Same(parts, Tokenizer.Runs(parts, spellings));
    }

    [Fact]
    public void Runs_cut_a_word_at_its_combining_marks_and_keep_the_other_parts()
    {
        var spellings = new Spellings();
        // "Hà Nội" written with combining marks, after a plain word.
        const string text = "to Ha\u0300 No\u0323i now";
        var parts = Tokenizer.Scan(text, 0, text.Length, WordShape.Parts, spellings);
        var runs = Tokenizer.Runs(parts, spellings);
        Assert.Equal(["to", "Ha", "\u0300", "No", "\u0323", "i", "now"], runs.Select(t => t.Text));
        Assert.Equal([TokenKind.Word, TokenKind.Word, TokenKind.Symbol, TokenKind.Word, TokenKind.Symbol, TokenKind.Word, TokenKind.Word], runs.Select(t => t.Kind));
        Assert.Equal("no", runs[3].Lower);
    }

    [Fact]
    public void Every_token_carries_the_word_classes_of_its_spelling_whatever_its_case()
    {
        const string text = "Exports nearly DOUBLED to Twenty-one million in Sept, on Tuesday; talks will follow, the body was established";
        var tokens = TokenList.Of(text);
        WordClass Of(string word) => tokens.First(t => t.Text == word).Classes;
        Assert.Equal(WordClass.ApproximationStart, Of("nearly"));
        Assert.Equal(WordClass.Multiplier, Of("DOUBLED"));
        Assert.Equal(WordClass.NumberWord, Of("Twenty"));
        Assert.Equal(WordClass.NumberWord, Of("one"));
        Assert.Equal(WordClass.Scale, Of("million"));
        Assert.Equal(WordClass.Month, Of("Sept"));
        Assert.Equal(WordClass.Weekday, Of("Tuesday"));
        Assert.Equal(WordClass.FutureMarker, Of("will"));
        Assert.Equal(WordClass.FoundingParticiple, Of("established"));
        // "talks" is no class's word, and a mark is no word at all.
        Assert.Equal(WordClass.None, Of("talks"));
        Assert.Equal(WordClass.None, Of(";"));
        Assert.True(tokens.IsAny(tokens.IndexAt(text.IndexOf("Sept", StringComparison.Ordinal)), WordClass.Month | WordClass.Weekday));
        Assert.False(tokens.IsAny(tokens.IndexAt(text.IndexOf("talks", StringComparison.Ordinal)), WordClass.Month | WordClass.Weekday));
    }

    [Fact]
    public void The_words_a_date_can_begin_with_are_a_class_in_any_case()
    {
        const string text = "LAST week, Yesterday and an hour after the Q3 figures came the first Talks";
        var tokens = TokenList.Of(text);
        WordClass Of(string word) => tokens.First(t => t.Text == word).Classes;
        // A lead word may be of another class too ("an" begins an approximation: "an estimated").
        foreach (var lead in new[] { "LAST", "Yesterday", "an", "Q", "first" })
            Assert.True(Of(lead).HasFlag(WordClass.DateLead), lead);
        // Words no date pattern begins with.
        foreach (var other in new[] { "week", "hour", "after", "the", "figures", "Talks" })
            Assert.Equal(WordClass.None, Of(other));
    }

    [Fact]
    public void A_word_cut_at_its_marks_gives_its_parts_their_own_classes()
    {
        // Read whole, "nearly" with a combining accent is no word of any class; cut at the mark, "nearly" is.
        var spellings = new Spellings();
        var parts = Tokenizer.Scan("so nearly\u0301 Ma\u0300y", 0, 15, WordShape.Parts, spellings);
        Assert.Equal(WordClass.None, parts[1].Classes);
        var runs = Tokenizer.Runs(parts, spellings);
        Assert.Equal(["so", "nearly", "\u0301", "Ma", "\u0300", "y"], runs.Select(t => t.Text));
        Assert.Equal([WordClass.None, WordClass.ApproximationStart, WordClass.None, WordClass.None, WordClass.None, WordClass.None], runs.Select(t => t.Classes));
    }
}
