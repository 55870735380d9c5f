using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace Entente.Web.Tests.Support;

/// <summary>
/// The workspace served by Kestrel on a free local port, on a fresh sample store, and Debian's
/// headless Chromium driven through chromedriver. A missing browser fails the tests with the
/// command that installs it; it never skips them.
/// </summary>
public sealed class BrowserSession : IDisposable
{
    public const string Chromium = "/usr/bin/chromium";
    public const string ChromeDriver = "/usr/bin/chromedriver";

    private readonly WebApplication _app;
    private readonly string _profile = Directory.CreateTempSubdirectory("entente-chromium-").FullName;

    public BrowserSession()
    {
        if (!File.Exists(Chromium) || !File.Exists(ChromeDriver))
            throw new InvalidOperationException($"{Chromium} or {ChromeDriver} is missing: run 'apt-get install -y chromium chromium-driver' (the browser tests need a real browser)");
        Store = new SampleStore();
        _app = WorkspaceHost.Build([], builder =>
        {
            builder.Configuration["Entente:Db"] = Store.Path;
            builder.WebHost.UseUrls("http://127.0.0.1:0");
        });
        _app.StartAsync().GetAwaiter().GetResult();
        BaseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/');

        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(ChromeDriver)!, Path.GetFileName(ChromeDriver));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        var options = new ChromeOptions { BinaryLocation = Chromium };
        options.AddArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--window-size=1280,1000", $"--user-data-dir={_profile}");
        options.SetLoggingPreference(LogType.Browser, LogLevel.All);
        Driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(90));
        Driver.Manage().Timeouts().PageLoad = TimeSpan.FromSeconds(60);
        // Elements a page builds after load are waited for, not missed, on a busy machine.
        Driver.Manage().Timeouts().ImplicitWait = TimeSpan.FromSeconds(5);

        Screenshots = Path.Combine(Path.GetDirectoryName(RepoFiles.Samples)!, "TestResults", "screenshots");
        Directory.CreateDirectory(Screenshots);
    }

    public SampleStore Store { get; }
    public string BaseUrl { get; }
    public ChromeDriver Driver { get; }

    /// <summary>Where the screenshots go: TestResults/screenshots at the repository root (a CI artefact, not in git).</summary>
    public string Screenshots { get; }

    public void Open(string path)
    {
        Driver.Navigate().GoToUrl(BaseUrl + path);
        AwaitLoaded();
    }

    /// <summary>Waits until the current document has loaded (a loaded machine is slow to finish one).</summary>
    private void AwaitLoaded()
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (Driver.ExecuteScript("return document.readyState") as string != "complete")
        {
            if (waited.Elapsed > TimeSpan.FromSeconds(60)) throw new TimeoutException($"{Driver.Url} did not finish loading within 60 s");
            Thread.Sleep(50);
        }
    }

    public void SignIn(string name, string password)
    {
        Open("/signin");
        Driver.FindElement(By.Name("name")).SendKeys(name);
        Driver.FindElement(By.Name("password")).SendKeys(password);
        Submit(By.Id("sign-in"));
    }

    /// <summary>
    /// Clicks a form's button and waits until the browser has left the page, so that what the test reads
    /// next comes from the response and not from the page that was submitted (a loaded machine is slow).
    /// </summary>
    public void Submit(By button)
    {
        var page = Driver.FindElement(By.TagName("html"));
        Driver.FindElement(button).Click();
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!IsStale(page))
        {
            if (waited.Elapsed > TimeSpan.FromSeconds(60)) throw new TimeoutException($"{button} did not lead to a new page within 60 s");
            Thread.Sleep(50);
        }
        AwaitLoaded();
    }

    private static bool IsStale(IWebElement element)
    {
        try
        {
            _ = element.Enabled;
            return false;
        }
        // Chromium reports an element of a document it has left either as stale or as a node of another document.
        catch (Exception e) when (e is StaleElementReferenceException or NoSuchElementException
                                  || (e is WebDriverException && e.Message.Contains("does not belong to the document", StringComparison.Ordinal)))
        {
            return true;
        }
    }

    public void Screenshot(string name) => Driver.GetScreenshot().SaveAsFile(Path.Combine(Screenshots, name + ".png"));

    /// <summary>Console errors (failed loads, policy violations, script errors) since the last call.</summary>
    public IReadOnlyList<string> ConsoleErrors() =>
        Driver.Manage().Logs.GetLog(LogType.Browser).Where(e => e.Level >= LogLevel.Warning).Select(e => $"{e.Level}: {e.Message}").ToList();

    public void Dispose()
    {
        Driver.Quit();
        Driver.Dispose();
        _app.StopAsync().GetAwaiter().GetResult();
        ((IDisposable)_app).Dispose();
        Store.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still be writing its profile as it exits; the temp folder goes later.
        }
    }
}
