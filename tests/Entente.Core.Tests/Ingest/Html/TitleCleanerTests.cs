using Entente.Core.Ingest.Html;

namespace Entente.Core.Tests.Ingest.Html;

public sealed class TitleCleanerTests
{
    [Theory]
    [InlineData("Ministers meet in Hanoi | Daily Example", "Daily Example", "Ministers meet in Hanoi")]
    [InlineData("Ministers meet in Hanoi - DailyExample.com", "Daily Example", "Ministers meet in Hanoi")]
    [InlineData("Daily Example | Ministers meet in Hanoi", "Daily Example", "Ministers meet in Hanoi")]
    [InlineData("Ministers meet in Hanoi | World | Daily Example", "Daily Example", "Ministers meet in Hanoi | World")]
    [InlineData("Ministers meet in Hanoi to discuss trade \u2013 The Courier", null, "Ministers meet in Hanoi to discuss trade")]
    [InlineData("Ministers meet in Hanoi - example.org", null, "Ministers meet in Hanoi")]
    [InlineData("Vietnam - Belarus relations", null, "Vietnam - Belarus relations")]
    [InlineData("Egypt - Hungary: water management seminar in Budapest", null, "Egypt - Hungary: water management seminar in Budapest")]
    [InlineData("  Spaced \n  title  ", null, "Spaced title")]
    public void Removes_the_site_name_only(string title, string? outlet, string expected)
    {
        Assert.Equal(expected, TitleCleaner.Clean(title, outlet));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void Gives_null_for_no_title(string? title)
    {
        Assert.Null(TitleCleaner.Clean(title, "Outlet"));
    }
}
