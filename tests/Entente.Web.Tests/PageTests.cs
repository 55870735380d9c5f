using System.Net;
using System.Text.RegularExpressions;
using Entente.Core.Domain;
using Entente.Core.Knowledge.Briefing;
using Entente.Core.Storage;
using Entente.Web.Tests.Support;

namespace Entente.Web.Tests;

public sealed partial class PageTests(SampleWorkspace workspace) : IClassFixture<SampleWorkspace>
{
    [GeneratedRegex(@"<script(?![^>]*\bsrc=)[^>]*>|<[^>]*\son[a-z]+\s*=|href=""\s*javascript:", RegexOptions.IgnoreCase)]
    private static partial Regex ActiveMarkup();

    private long HostileArticle()
    {
        using var store = workspace.Store.Open();
        return store.Facts(new FactQuery("BY-VN")).SelectMany(f => f.Sources).First(s => s.Source.EndsWith("hostile_belarus_vietnam.html", StringComparison.Ordinal)).Article;
    }

    [Fact]
    public async Task Every_page_renders_for_a_viewer_with_the_security_policy_and_no_active_markup()
    {
        var viewer = await workspace.SignedIn("victor", workspace.Store.ViewerPassword);
        long fact, article;
        using (var store = workspace.Store.Open())
        {
            var trade = store.Facts(new FactQuery("JP-VN", "trade")).First();
            (fact, article) = (trade.Id, trade.Sources[0].Article);
        }
        foreach (var page in new[] { "/", "/?q=japan", "/pairs/JP-VN", "/pairs/BY-VN", "/facts", "/facts?pair=JP-VN&type=trade&status=unreviewed&conflicts=false&q=trade&page=1",
                     $"/facts/{fact}", $"/articles/{article}", $"/articles/{HostileArticle()}", "/audit" })
        {
            var response = await viewer.GetAsync(page);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page}: {response.StatusCode}");
            var csp = response.Headers.GetValues("Content-Security-Policy").Single();
            Assert.Contains("script-src 'self'", csp);
            Assert.DoesNotContain("unsafe-inline", csp);
            var html = await response.Content.ReadAsStringAsync();
            Assert.False(ActiveMarkup().IsMatch(html), $"{page}: {ActiveMarkup().Match(html).Value}");
        }
    }

    [Fact]
    public async Task Script_in_article_text_titles_and_quotes_is_shown_as_text()
    {
        var viewer = await workspace.SignedIn("victor", workspace.Store.ViewerPassword);
        var article = await viewer.GetStringAsync($"/articles/{HostileArticle()}");
        Assert.Contains("&lt;img src=x onerror=document.body.dataset.pwned=&#x27;pwned-title&#x27;&gt;", article);
        Assert.Contains("&lt;script&gt;document.body.dataset.pwned=&#x27;pwned-quote&#x27;&lt;/script&gt;", article.Replace("</mark></a>", "", StringComparison.Ordinal));
        Assert.Contains("&lt;a href=&quot;javascript:document.body.dataset.pwned=&#x27;pwned-anchor&#x27;&quot;&gt;", article);
        Assert.DoesNotContain("pwned-page-script", article);
        var pair = await viewer.GetStringAsync("/pairs/BY-VN");
        Assert.Contains("pwned-title", pair);
        Assert.DoesNotContain("<img src=\"x\"", pair);
        Assert.DoesNotContain("<img src=x", pair);
    }

    [Fact]
    public async Task Without_users_the_workspace_is_read_only_and_with_users_it_asks_to_sign_in()
    {
        using var open = new WorkspaceFactory(withUsers: false);
        var anonymous = open.Browser();
        var home = await anonymous.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("Read-only", await home.Content.ReadAsStringAsync());
        Assert.DoesNotContain("id=\"upload\"", await home.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/api/facts/1/review", new StringContent("{\"action\":\"accept\"}", System.Text.Encoding.UTF8, "application/json"))).StatusCode);

        var signIn = await workspace.Browser().GetAsync("/facts");
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.StartsWith("/signin", signIn.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Review_forms_need_a_reviewer_and_the_anti_forgery_token()
    {
        long id;
        using (var store = workspace.Store.Open()) id = store.Facts(new FactQuery("CN-KZ")).First().Id;
        var page = $"/facts/{id}";

        var anonymous = workspace.Browser();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync($"{page}/review?handler=Accept", new FormUrlEncodedContent([]))).StatusCode);

        var viewer = await workspace.SignedIn("victor", workspace.Store.ViewerPassword);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsync($"{page}/review?handler=Accept", await WorkspaceFactory.Form(viewer, page, []))).StatusCode);

        var reviewer = await workspace.SignedIn("alice", workspace.Store.ReviewerPassword);
        Assert.Equal(HttpStatusCode.BadRequest, (await reviewer.PostAsync($"{page}/review?handler=Accept", new FormUrlEncodedContent([]))).StatusCode);
        using (var store = workspace.Store.Open()) Assert.Empty(store.Reviews.Audit(factId: id));

        var rejected = await reviewer.PostAsync($"{page}/review?handler=Reject", await WorkspaceFactory.Form(reviewer, page, new() { ["reason"] = "duplicate of a better report" }));
        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        var shown = await reviewer.GetStringAsync(page);
        Assert.Contains("duplicate of a better report", shown);
        Assert.Contains(">rejected<", shown);
    }

    [Fact]
    public async Task A_typed_edit_from_the_form_is_validated_and_shown_in_the_brief()
    {
        long id;
        string before;
        using (var store = workspace.Store.Open())
        {
            var trade = store.Facts(new FactQuery("AE-IN", "trade")).First();
            (id, before) = (trade.Id, ((Trade)trade.Fact).Value.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        var page = $"/facts/{id}";
        var reviewer = await workspace.SignedIn("alice", workspace.Store.ReviewerPassword);

        var refused = await reviewer.PostAsync($"{page}/review?handler=Edit", await WorkspaceFactory.Form(reviewer, page, new() { ["set[value.currency]"] = "usd" }));
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("not an ISO 4217 currency code", await reviewer.GetStringAsync(page));

        var saved = await reviewer.PostAsync($"{page}/review?handler=Edit", await WorkspaceFactory.Form(reviewer, page, new() { ["set[value.amount]"] = "123456789000", ["set[value.currency]"] = "USD" }));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var shown = await reviewer.GetStringAsync(page);
        Assert.Contains(">edited<", shown);
        Assert.Contains("123456789000", shown);
        Assert.Contains("123.46 billion USD", await reviewer.GetStringAsync("/pairs/AE-IN"));
        using var after = workspace.Store.Open();
        var audit = Assert.Single(after.Reviews.Audit(factId: id));
        Assert.Contains(before, audit.Before);
    }

    [Fact]
    public async Task Uploads_go_through_the_cli_readers_and_limits()
    {
        var reviewer = await workspace.SignedIn("alice", workspace.Store.ReviewerPassword);
        var text = "Chile and Peru agreed on Monday to set up the Chile-Peru Joint Committee on Border Cooperation, the foreign ministry said in Santiago on May 5, 2022.";
        using var form = new MultipartFormDataContent
        {
            { new FormUrlEncodedContent([]), "unused" },
        };
        form.Add(new StringContent(WorkspaceFactory.AntiforgeryToken(await reviewer.GetStringAsync("/"))), "__RequestVerificationToken");
        form.Add(new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(text)), "files", "chile_peru.txt");
        form.Add(new ByteArrayContent([.. Enumerable.Repeat<byte[]>([1, 2, 3, 4, 5, 6, 7, 8], 64).SelectMany(b => b)]), "files", "binary.txt");
        form.Add(new ByteArrayContent([1, 2, 3]), "files", "program.exe");
        var response = await reviewer.PostAsync("/?handler=Upload", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("1 new article(s)", html);
        Assert.Contains("looks binary", html);
        Assert.Contains("not a known input type", html);

        var viewer = await workspace.SignedIn("victor", workspace.Store.ViewerPassword);
        using var viewerForm = new MultipartFormDataContent
        {
            { new StringContent(WorkspaceFactory.AntiforgeryToken(await viewer.GetStringAsync("/facts"))), "__RequestVerificationToken" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(text + " Again.")), "files", "again.txt" },
        };
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsync("/?handler=Upload", viewerForm)).StatusCode);
    }

    [Fact]
    public async Task An_upload_above_the_limit_stores_nothing()
    {
        using var small = new WorkspaceFactory(new Dictionary<string, string> { ["Entente:MaxUploadBytes"] = "2000" });
        var reviewer = await small.SignedIn("alice", small.Store.ReviewerPassword);
        int before;
        using (var store = small.Store.Open()) before = store.Pairs().Sum(p => p.Articles);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(WorkspaceFactory.AntiforgeryToken(await reviewer.GetStringAsync("/"))), "__RequestVerificationToken" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Chile and Peru signed a trade agreement in 2022. ", 100)))), "files", "big.txt" },
        };
        var response = await reviewer.PostAsync("/?handler=Upload", form);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("above the", await response.Content.ReadAsStringAsync());
        using var after = small.Store.Open();
        Assert.Equal(before, after.Pairs().Sum(p => p.Articles));
    }

    [Fact]
    public async Task Sign_in_attempts_are_rate_limited()
    {
        using var limited = new WorkspaceFactory(new Dictionary<string, string> { ["Entente:SignInsPerMinute"] = "3" });
        var client = limited.Browser();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
            statuses.Add((await client.PostAsync("/signin", await WorkspaceFactory.Form(client, "/signin", new() { ["name"] = "alice", ["password"] = "guess" + i }))).StatusCode);
        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }
}
