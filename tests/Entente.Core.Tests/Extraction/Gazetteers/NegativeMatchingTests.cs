using static Entente.Core.Tests.Extraction.Gazetteers.GazetteerFixture;

namespace Entente.Core.Tests.Extraction.Gazetteers;

public class NegativeMatchingTests
{
    [Theory]
    [InlineData("a hanging chad")]
    [InlineData("roast turkey with sauce")]
    [InlineData("fine china plates")]
    [InlineData("a nice day")]
    [InlineData("a mobile phone")]
    [InlineData("reading the report")]
    [InlineData("let us go")]
    [InlineData("an eu-style rule")]
    [InlineData("the george and jordan team")]
    [InlineData("ASEAN-style wording in the asean region")]
    public void Lower_case_common_words_are_not_names(string text)
    {
        var mentions = Find(text).Where(m => text[m.Start..m.End].ToLowerInvariant() == text[m.Start..m.End]).ToList();
        Assert.Empty(mentions);
    }

    [Fact]
    public void Acronyms_must_be_written_exactly()
    {
        Assert.Empty(Find("the Eu and Us and Usa"));
        Assert.Equal("ASEAN", Assert.Single(Find("an Asean summit")).Code);
    }

    [Fact]
    public void Dollar_prefixes_are_currencies_not_countries()
    {
        Assert.Empty(Find("worth US$60 million and HK$3"));
    }

    [Fact]
    public void Short_words_in_capitals_are_not_place_names()
    {
        Assert.Empty(Find("THIS HAS MOST OF IT"));
    }

    [Fact]
    public void Capitalised_common_words_at_sentence_start_are_not_places()
    {
        Assert.Empty(Find("Most firms agreed. Free trade helps. Central banks met. Unity matters."));
    }
}
