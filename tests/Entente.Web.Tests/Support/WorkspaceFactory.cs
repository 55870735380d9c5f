using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Entente.Web.Tests.Support;

/// <summary>The workspace in memory (WebApplicationFactory) on a fresh sample store; settings can be overridden per factory.</summary>
public class WorkspaceFactory(IReadOnlyDictionary<string, string>? settings = null, bool withUsers = true) : WebApplicationFactory<Program>
{
    public SampleStore Store { get; } = new(withUsers);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Entente:Db", Store.Path);
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) builder.UseSetting(key, value);
    }

    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public HttpClient WithToken(string token)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A client signed in through the sign-in page, as a person would.</summary>
    public async Task<HttpClient> SignedIn(string name, string password)
    {
        var client = Browser();
        var response = await client.PostAsync("/signin", await Form(client, "/signin", new() { ["name"] = name, ["password"] = password }));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>The fields of a form with the anti-forgery token read from the page that holds it.</summary>
    public static async Task<FormUrlEncodedContent> Form(HttpClient client, string page, Dictionary<string, string> fields)
    {
        var html = await client.GetStringAsync(page);
        fields["__RequestVerificationToken"] = AntiforgeryToken(html);
        return new FormUrlEncodedContent(fields);
    }

    public static string AntiforgeryToken(string html) =>
        Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"") is { Success: true } m
            ? m.Groups[1].Value
            : throw new InvalidOperationException("no anti-forgery token in the page");

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) Store.Dispose();
    }
}

/// <summary>The workspace on the sample store with its users, shared by the tests of one class.</summary>
public sealed class SampleWorkspace() : WorkspaceFactory();
