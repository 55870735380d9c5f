using Entente.Core.Text;

namespace Entente.Core.Tests.Text;

public class LexiconTests
{
    private static readonly Lexicon Lexicon = Lexicon.Shared;

    [Theory]
    [InlineData("cooperation")]
    [InlineData("Cooperation")]
    [InlineData("FRIENDSHIP")]
    [InlineData("fertiliser")]
    [InlineData("multifaceted")]
    [InlineData("businesspeople")]
    [InlineData("Kazakhstan")]
    [InlineData("Thailand")]
    [InlineData("Iceland")]
    [InlineData("Belarus")]
    [InlineData("Lukashenko")]
    public void Listed_words_and_names_are_words(string word) => Assert.True(Lexicon.IsWord(word));

    [Theory]
    [InlineData("interregional")] // inter- + listed word
    [InlineData("decarbonisation")] // de- + carbon + -isation
    [InlineData("agroforestry")]
    [InlineData("socioeconomic")]
    [InlineData("reindustrialisation")]
    [InlineData("cybersecurity")]
    [InlineData("Belorussian")] // Belorussia + -ian
    [InlineData("permitted")] // doubled consonant
    [InlineData("trustfulness")]
    public void Derived_words_are_words(string word) => Assert.True(Lexicon.IsWord(word));

    [Theory]
    [InlineData("andinvestment")]
    [InlineData("companiesto")]
    [InlineData("ofthe")] // function-word glue that the frequency list contains is filtered out
    [InlineData("bythe")]
    [InlineData("overthe")] // a prefix does not make a word of a function word
    [InlineData("Lyashenko")]
    [InlineData("Hapaco")]
    [InlineData("")]
    [InlineData("x1")]
    public void Glue_and_unknown_names_are_not_words(string word) => Assert.False(Lexicon.IsWord(word));

    [Fact]
    public void Frequent_words_cost_less_than_rare_ones()
    {
        Assert.True(Lexicon.Cost("the") < Lexicon.Cost("cooperation"));
        Assert.True(Lexicon.Cost("cooperation") < Lexicon.Cost("trustful"));
        Assert.True(Lexicon.Cost("trustful") <= Lexicon.UnlistedWordCost);
        Assert.True(double.IsPositiveInfinity(Lexicon.Cost("andinvestment")));
    }

    [Fact]
    public void Rank_follows_frequency_and_dictionary_excludes_names()
    {
        Assert.Equal(0, Lexicon.Rank("The"));
        Assert.Equal(Lexicon.Unranked, Lexicon.Rank("andinvestment"));
        Assert.True(Lexicon.IsDictionaryWord("cadres"));
        Assert.False(Lexicon.IsDictionaryWord("Vietnamese"));
        Assert.True(Lexicon.IsListed("Vietnamese"));
    }

    [Fact]
    public void A_lexicon_can_be_built_from_given_lists()
    {
        var lexicon = new Lexicon(["the", "trade", "Minsk"], ["trade", "cadre"]);
        Assert.True(lexicon.IsWord("minsk"));
        Assert.True(lexicon.IsWord("cadres"));
        Assert.True(lexicon.IsWord("retrade"));
        Assert.False(lexicon.IsWord("tradethe"));
        Assert.Equal(1, lexicon.Rank("TRADE"));
        Assert.Equal(Lexicon.Unranked, lexicon.Rank("cadre"));
        Assert.True(lexicon.IsDictionaryWord("cadre"));
        Assert.False(lexicon.IsDictionaryWord("minsk"));
    }

    [Fact]
    public void Overlong_input_is_not_a_word() =>
        Assert.False(Lexicon.IsWord(new string('a', Lexicon.MaxWordLength + 1)));

    [Fact]
    public void Shared_lexicon_loads_once_across_threads()
    {
        var instances = new Lexicon[8];
        Parallel.For(0, instances.Length, i => instances[i] = Lexicon.Shared);
        Assert.All(instances, l => Assert.Same(Lexicon, l));
    }
}
