using Entente.Core.Storage;
using Entente.Web.Tests.Support;
using OpenQA.Selenium;

namespace Entente.Web.Tests;

/// <summary>The workspace in a real headless Chromium: every page without console errors, the review flow end to end, hostile text inert.</summary>
public sealed class BrowserTests(BrowserSession browser) : IClassFixture<BrowserSession>
{
    private (long Fact, long Article) TradeOf(string pair)
    {
        using var store = browser.Store.Open();
        var trade = store.Facts(new FactQuery(pair, "trade")).First();
        return (trade.Id, trade.Sources[0].Article);
    }

    private void SignedInAs(string name, string password)
    {
        browser.Open("/");
        var who = browser.Driver.FindElements(By.Id("signed-in-as"));
        if (who.Count == 1 && who[0].Text.StartsWith(name + " ", StringComparison.Ordinal)) return;
        browser.Driver.Manage().Cookies.DeleteAllCookies();
        browser.SignIn(name, password);
        // The sign-in page also shows who is signed in: wait for the page it sends you to.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline && !browser.Driver.Url.EndsWith('/')) Thread.Sleep(100);
        Assert.StartsWith(name, browser.Driver.FindElement(By.Id("signed-in-as")).Text);
    }

    [Fact]
    public void Every_page_renders_without_console_errors()
    {
        SignedInAs("alice", browser.Store.ReviewerPassword);
        var (fact, article) = TradeOf("JP-VN");
        browser.ConsoleErrors();
        foreach (var (name, path) in new[]
                 {
                     ("home", "/"), ("pair", "/pairs/JP-VN"), ("facts", "/facts?pair=JP-VN"), ("fact", $"/facts/{fact}"),
                     ("article", $"/articles/{article}"), ("audit", "/audit"),
                 })
        {
            browser.Open(path);
            Assert.NotEmpty(browser.Driver.FindElement(By.TagName("h1")).Text);
            Assert.DoesNotContain("Error", browser.Driver.Title);
            browser.Screenshot(name);
            var errors = browser.ConsoleErrors();
            Assert.True(errors.Count == 0, $"{path}: {string.Join(" | ", errors)}");
        }
        browser.Open("/pairs/JP-VN");
        var chart = browser.Driver.FindElement(By.CssSelector("#brief img"));
        Assert.Equal(true, browser.Driver.ExecuteScript("return arguments[0].complete && arguments[0].naturalWidth > 0", chart));
        browser.Open($"/facts/{fact}");
        Assert.Equal("mark", browser.Driver.FindElement(By.CssSelector("#sources .article-text mark")).TagName);
    }

    [Fact]
    public void A_reviewer_rejects_a_fact_and_the_brief_changes()
    {
        SignedInAs("alice", browser.Store.ReviewerPassword);
        var (fact, _) = TradeOf("AU-ID");
        string statement;
        using (var store = browser.Store.Open()) statement = Core.Knowledge.Briefing.FactDescription.Of(store.Find(fact)!.Fact.Fact);

        browser.Open("/pairs/AU-ID");
        Assert.Contains(Core.Knowledge.Briefing.Names.Money(((Core.Domain.Trade)FactOf(fact)).Value), browser.Driver.FindElement(By.Id("brief")).Text);

        browser.Open($"/facts/{fact}");
        Assert.Equal("unreviewed", browser.Driver.FindElement(By.Id("status")).Text);
        browser.Driver.FindElement(By.Id("reject-reason")).SendKeys("figure is for the whole region");
        browser.Submit(By.Id("reject"));
        Assert.Equal("rejected", browser.Driver.FindElement(By.Id("status")).Text);
        Assert.Contains("figure is for the whole region", browser.Driver.FindElement(By.Id("audit")).Text);
        browser.Screenshot("fact-rejected");

        browser.Open("/pairs/AU-ID");
        Assert.DoesNotContain(Core.Knowledge.Briefing.Names.Money(((Core.Domain.Trade)FactOf(fact)).Value), browser.Driver.FindElement(By.Id("brief")).Text);
        browser.Screenshot("pair-after-review");
        browser.Open("/audit");
        Assert.Contains("reject", browser.Driver.FindElement(By.Id("audit-list")).Text);
        Assert.Empty(browser.ConsoleErrors());
        Assert.NotEmpty(statement);
    }

    [Fact]
    public void Script_in_article_text_runs_nothing()
    {
        SignedInAs("victor", browser.Store.ViewerPassword);
        long fact, article;
        using (var store = browser.Store.Open())
        {
            var hostile = store.Facts(new FactQuery("BY-VN")).First(f => f.Sources.Any(s => s.Source.EndsWith("hostile_belarus_vietnam.html", StringComparison.Ordinal)));
            (fact, article) = (hostile.Id, hostile.Sources[0].Article);
        }
        browser.ConsoleErrors();
        foreach (var path in new[] { $"/articles/{article}", $"/facts/{fact}", "/pairs/BY-VN", "/facts?q=pwned", "/" })
        {
            browser.Open(path);
            Assert.Equal(true, browser.Driver.ExecuteScript("return document.body.dataset.pwned === undefined"));
            Assert.Equal(0L, browser.Driver.ExecuteScript("return document.querySelectorAll('img[src=\"x\"], script:not([src]), a[href^=\"javascript\"]').length"));
            var errors = browser.ConsoleErrors();
            Assert.True(errors.Count == 0, $"{path}: {string.Join(" | ", errors)}");
        }
        browser.Open($"/articles/{article}");
        var text = browser.Driver.FindElement(By.Id("article-text")).Text;
        Assert.Contains("<script>document.body.dataset.pwned='pwned-quote'</script>", text);
        Assert.Contains("<a href=\"javascript:document.body.dataset.pwned='pwned-anchor'\">click here</a>", text);
        Assert.Contains("<img src=x onerror=", browser.Driver.FindElement(By.Id("article-title")).Text);
        browser.Screenshot("hostile-article");
        // Following the text that looks like a link goes nowhere: it is text, not a link.
        Assert.Empty(browser.Driver.FindElements(By.LinkText("click here")));
    }

    private Core.Domain.Fact FactOf(long id)
    {
        using var store = browser.Store.Open();
        return store.Find(id)!.Extracted;
    }
}
