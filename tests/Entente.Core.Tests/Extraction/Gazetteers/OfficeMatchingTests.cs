using Entente.Core.Extraction.Gazetteers;
using static Entente.Core.Tests.Extraction.Gazetteers.GazetteerFixture;

namespace Entente.Core.Tests.Extraction.Gazetteers;

public class OfficeMatchingTests
{
    [Theory]
    [InlineData("Deputy Prime Minister Igor Petrov", "Deputy Prime Minister", "Deputy Prime Minister")]
    [InlineData("Foreign Minister Anna Smith", "Foreign Minister", "Minister of Foreign Affairs")]
    [InlineData("Minister of Foreign Affairs Anna Smith", "Minister of Foreign Affairs", "Minister of Foreign Affairs")]
    [InlineData("First Deputy Foreign Minister Ivan Orlov", "First Deputy Foreign Minister", "First Deputy Minister of Foreign Affairs")]
    [InlineData("Deputy Minister of Foreign Affairs Nguyen Van A", "Deputy Minister of Foreign Affairs", "Deputy Minister of Foreign Affairs")]
    [InlineData("Vice Foreign Minister Li Wei", "Vice Foreign Minister", "Deputy Minister of Foreign Affairs")]
    [InlineData("Minister of Industry and Trade Tran B", "Minister of Industry and Trade", "Minister of Industry and Trade")]
    [InlineData("Party General Secretary Tran C", "Party General Secretary", "Party General Secretary")]
    [InlineData("Chairman of the National Assembly Tran D", "Chairman of the National Assembly", "Chairman of the National Assembly")]
    [InlineData("Prime Minister Tran E", "Prime Minister", "Prime Minister")]
    [InlineData("King Norodom F", "King", "King")]
    public void OfficeAt_reads_the_title_before_a_name(string text, string words, string canonical)
    {
        var office = Default.OfficeAt(text, 0);
        Assert.NotNull(office);
        Assert.Equal(words, text[office.Start..office.End]);
        Assert.Equal(canonical, office.Canonical);
        Assert.Equal(MentionKind.Office, office.Kind);
    }

    [Fact]
    public void OfficeAt_works_from_an_inner_position()
    {
        const string text = "Belarusian Deputy Prime Minister Igor Petrov visited.";
        var office = Default.OfficeAt(text, text.IndexOf("Deputy", StringComparison.Ordinal));
        Assert.NotNull(office);
        Assert.Equal("Deputy Prime Minister", text[office.Start..office.End]);
        Assert.Null(Default.OfficeAt(text, 0));
        Assert.Null(Default.OfficeAt(text, 2));
    }

    [Fact]
    public void A_party_office_naming_a_country_belongs_to_it()
    {
        const string text = "General Secretary of the Communist Party of Vietnam To Lam";
        var office = Single(text, "General Secretary of the Communist Party of Vietnam");
        Assert.Equal(MentionKind.Office, office.Kind);
        Assert.Equal(["VN"], office.Countries);
    }

    [Fact]
    public void Provincial_people_committee_chairman_is_one_office()
    {
        const string text = "Chairman of the Provincial People's Committee Nguyen G";
        var office = Single(text, "Chairman of the Provincial People's Committee");
        Assert.Equal("Chairman of the People's Committee", office.Canonical);
    }

    [Fact]
    public void Multi_word_offices_match_in_lower_case_but_one_word_titles_need_a_capital()
    {
        Assert.Contains(Find("talks at the deputy foreign minister level"), m => m.Kind == MentionKind.Office);
        Assert.DoesNotContain(Find("the king of the hill and the president of the club"), m => m.Kind == MentionKind.Office);
        Assert.Contains(Find("appointed its first resident ambassador"), m => m.Canonical == "Ambassador");
    }
}

public class PortfolioExtensionTests
{
    [Theory]
    [InlineData("Deputy Minister of Architecture and Construction Ivan Orlov", "Deputy Minister of Architecture and Construction")]
    [InlineData("Minister of Sports and Tourism of Belarus", "Minister of Sports and Tourism")]
    [InlineData("Deputy Minister of Construction and Development Anna Smith", "Deputy Minister of Construction and Development")]
    [InlineData("Minister of Forestry said", "Minister of Forestry")]
    [InlineData("Minister of Belarus said", "Minister")]
    [InlineData("First Deputy Minister of the Economy said", "First Deputy Minister of Economy")]
    public void A_bare_minister_title_takes_the_portfolio_that_follows(string text, string canonical)
    {
        var office = Default.OfficeAt(text, 0);
        Assert.NotNull(office);
        Assert.Equal(canonical, office.Canonical);
    }

    [Fact]
    public void The_portfolio_stops_before_a_country()
    {
        const string text = "Minister of Mining Development of Vietnam";
        var mentions = Find(text);
        Assert.Equal("Minister of Mining", mentions[0].Canonical);
        Assert.Equal("Minister of Mining Development", text[mentions[0].Start..mentions[0].End]);
        Assert.Equal("VN", mentions[1].Code);
    }
}
