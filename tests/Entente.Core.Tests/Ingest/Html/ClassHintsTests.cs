using AngleSharp.Html.Parser;
using Entente.Core.Ingest.Html;

namespace Entente.Core.Tests.Ingest.Html;

public sealed class ClassHintsTests
{
    [Theory]
    [InlineData("<div class=\"story-body\">", false)]
    [InlineData("<div class=\"entry-content has-sidebar\">", false)]
    [InlineData("<div class=\"related-content\">", true)]
    [InlineData("<div id=\"mostRead\">", true)]
    [InlineData("<div class=\"site-footer\">", true)]
    [InlineData("<div class=\"ad-slot\">", true)]
    [InlineData("<div class=\"header-shadow loaded\">", true)]
    [InlineData("<div class=\"download\">", false)]
    [InlineData("<div class=\"article-header\">", false)]
    public void Tells_furniture_from_story_by_whole_words(string tag, bool furniture)
    {
        var element = new HtmlParser().ParseDocument(tag + "</div>").Body!.FirstElementChild!;
        Assert.Equal(furniture, ClassHints.Of(element).IsFurniture);
    }

    [Fact]
    public void Recognises_the_article_body_property()
    {
        var element = new HtmlParser().ParseDocument("<div itemprop=\"articleBody\"></div>").Body!.FirstElementChild!;
        Assert.True(ClassHints.Of(element).ArticleBody);
    }

    [Theory]
    [InlineData("<div id=\"read-more\">", true)]
    [InlineData("<div class=\"more\">", true)]
    [InlineData("<div class=\"read-more related\">", false)]
    [InlineData("<div class=\"more-footer\">", false)]
    [InlineData("<div class=\"story-body\">", false)]
    public void Marks_furniture_that_only_an_expander_word_makes(string tag, bool expanderOnly)
    {
        var element = new HtmlParser().ParseDocument(tag + "</div>").Body!.FirstElementChild!;
        Assert.Equal(expanderOnly, ClassHints.Of(element).ExpanderOnly);
    }
}
