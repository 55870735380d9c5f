using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Entente.Core.Domain;
using Entente.Core.Storage;
using Entente.Web.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Entente.Web.Tests;

public sealed class ApiTests(SampleWorkspace workspace) : IClassFixture<SampleWorkspace>
{
    private long FactOf(string pair, string type, int index = 0)
    {
        using var store = workspace.Store.Open();
        return store.Reviewed(new FactQuery(pair, type)).OrderBy(f => f.Fact.Id).ElementAt(index).Fact.Id;
    }

    private (string Status, int Audit) StateOf(long id)
    {
        using var store = workspace.Store.Open();
        return (store.Find(id)!.Status, store.Reviews.Audit(factId: id).Count);
    }

    [Fact]
    public async Task The_openapi_document_describes_every_api_route()
    {
        var document = JsonNode.Parse(await workspace.Browser().GetStringAsync("/openapi/v1.json"))!;
        var described = document["paths"]!.AsObject().Select(p => p.Key).ToHashSet();
        var routes = workspace.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(r => r.StartsWith("/api/", StringComparison.Ordinal))
            .Select(r => r.Replace(":long", "", StringComparison.Ordinal))
            .ToHashSet();
        Assert.Equal(7, routes.Count);
        Assert.Subset(described, routes);
        Assert.NotNull(document["paths"]!["/api/facts/{id}/review"]!["post"]!["requestBody"]);
    }

    [Fact]
    public async Task Reading_needs_a_viewer_and_answers_with_problem_details_on_errors()
    {
        var anonymous = await workspace.Browser().GetAsync("/api/pairs");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);

        var viewer = workspace.WithToken(workspace.Store.ViewerToken);
        var pairs = await viewer.GetFromJsonAsync<JsonArray>("/api/pairs");
        Assert.Contains(pairs!, p => p!["pair"]!.GetValue<string>() == "JP-VN");

        var missing = await viewer.GetAsync("/api/facts/987654");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType!.MediaType);
        Assert.Contains("987654", (await missing.Content.ReadFromJsonAsync<JsonObject>())!["detail"]!.GetValue<string>());

        var badFilter = await viewer.GetAsync("/api/facts?status=maybe");
        Assert.Equal(HttpStatusCode.BadRequest, badFilter.StatusCode);
        Assert.Equal("application/problem+json", badFilter.Content.Headers.ContentType!.MediaType);

        var wrongToken = workspace.WithToken("ent_not-a-token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await wrongToken.GetAsync("/api/pairs")).StatusCode);
    }

    [Fact]
    public async Task A_review_without_a_reviewers_token_changes_nothing()
    {
        var id = FactOf("JP-VN", "trade");
        var body = JsonContent.Create(new { action = "reject", reason = "not a real figure" });

        Assert.Equal(HttpStatusCode.Unauthorized, (await workspace.Browser().PostAsync($"/api/facts/{id}/review", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await workspace.WithToken(workspace.Store.ViewerToken).PostAsync($"/api/facts/{id}/review", body)).StatusCode);
        // A signed-in reviewer's cookie is not enough for the API: only a bearer token is, so a forged cross-site request carries nothing.
        var cookieOnly = await workspace.SignedIn("alice", workspace.Store.ReviewerPassword);
        Assert.Equal(HttpStatusCode.Unauthorized, (await cookieOnly.PostAsync($"/api/facts/{id}/review", body)).StatusCode);

        Assert.Equal(("unreviewed", 0), StateOf(id));
    }

    [Fact]
    public async Task A_planned_fact_keeps_its_own_status_beside_its_review_status()
    {
        long planned;
        using (var store = workspace.Store.Open())
            planned = store.Reviewed(new FactQuery()).First(f => f.Fact.Fact.Status == "planned").Fact.Id;
        var fact = (await workspace.WithToken(workspace.Store.ReviewerToken).GetFromJsonAsync<JsonObject>($"/api/facts/{planned}"))!;
        Assert.Equal("planned", fact["status"]!.GetValue<string>());
        Assert.Equal("unreviewed", fact["review_status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_reviewer_rejects_edits_and_the_api_and_audit_show_it()
    {
        var reviewer = workspace.WithToken(workspace.Store.ReviewerToken);
        var rejected = FactOf("CL-SG", "visit");
        var response = await reviewer.PostAsJsonAsync($"/api/facts/{rejected}/review", new { action = "reject", reason = "a planned visit, not a visit" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(("rejected", 1), StateOf(rejected));

        var fact = (await reviewer.GetFromJsonAsync<JsonObject>($"/api/facts/{rejected}"))!;
        Assert.Equal("rejected", fact["review_status"]!.GetValue<string>());
        using (var store = workspace.Store.Open())
            Assert.Equal(Core.Knowledge.Export.KnowledgeFactJson.ToNode(store.Find(rejected)!.Fact)["status"]?.ToJsonString(), fact["status"]?.ToJsonString());
        Assert.Equal("a planned visit, not a visit", fact["reason"]!.GetValue<string>());
        Assert.Equal("alice", fact["audit"]![0]!["user"]!.GetValue<string>());
        Assert.NotEmpty(fact["sources"]!.AsArray());

        var listed = (await reviewer.GetFromJsonAsync<JsonObject>("/api/facts?pair=CL-SG&status=rejected"))!;
        Assert.Equal(rejected, Assert.Single(listed["facts"]!.AsArray())!["id"]!.GetValue<long>());
        var brief = (await reviewer.GetFromJsonAsync<JsonObject>("/api/pairs/CL-SG/brief"))!["markdown"]!.GetValue<string>();
        using (var store = workspace.Store.Open())
            Assert.DoesNotContain(Core.Knowledge.Briefing.FactDescription.Of(store.Find(rejected)!.Fact.Fact), brief);

        var bad = await reviewer.PostAsJsonAsync($"/api/facts/{FactOf("KR-PL", "trade")}/review", new { action = "edit", set = new Dictionary<string, string> { ["period.start"] = "last year" } });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("period.start", (await bad.Content.ReadFromJsonAsync<JsonObject>())!["detail"]!.GetValue<string>());

        var audit = (await reviewer.GetFromJsonAsync<JsonArray>("/api/audit"))!;
        Assert.Contains(audit, a => a!["fact_id"]!.GetValue<long>() == rejected && a["action"]!.GetValue<string>() == "reject");
    }

    [Fact]
    public async Task An_article_comes_with_its_facts_placed_in_its_clean_text()
    {
        var viewer = workspace.WithToken(workspace.Store.ViewerToken);
        long articleId;
        using (var store = workspace.Store.Open())
            articleId = store.Facts(new FactQuery("JP-VN", "trade")).First().Sources[0].Article;
        var article = (await viewer.GetFromJsonAsync<JsonObject>($"/api/articles/{articleId}"))!;
        var text = article["text"]!.GetValue<string>();
        var placed = article["facts"]!.AsArray().Where(f => f!["text_start"] is not null).ToList();
        Assert.NotEmpty(placed);
        foreach (var statement in placed)
        {
            var quoted = text[statement!["text_start"]!.GetValue<int>()..statement["text_end"]!.GetValue<int>()];
            var letters = new string(statement["quote"]!.GetValue<string>().Where(char.IsLetterOrDigit).ToArray());
            Assert.Equal(letters, new string(quoted.Where(char.IsLetterOrDigit).ToArray()));
        }
    }
}
