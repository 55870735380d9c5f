using System.Text;
using System.Text.RegularExpressions;
using Entente.Cli.Tests.Support;
using Entente.Core.Tests.Support;

namespace Entente.Cli.Tests;

/// <summary>
/// Every `./entente …` example in README.md runs, in the order written, and succeeds. Examples for a
/// PostgreSQL server (a block that exports ENTENTE_DB, a postgresql:// address) run against the test
/// server (ENTENTE_TEST_PG, in a schema of their own).
/// </summary>
public sealed partial class ReadmeExamplesTests
{
    [GeneratedRegex(@"`(\./entente [^`]+)`")]
    private static partial Regex InlineExample();

    [GeneratedRegex(@"postgresql://\S+")]
    private static partial Regex ServerAddress();

    /// <summary>The examples: inline code spans and lines of code blocks that start with ./entente; a server example names its store as {server}.</summary>
    public static List<string> Examples()
    {
        var examples = new List<string>();
        var block = new List<string>();
        var inBlock = false;
        foreach (var line in File.ReadAllLines(Repository.PathOf("README.md")))
        {
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                var server = block.Any(l => l.StartsWith("export ENTENTE_DB=", StringComparison.Ordinal));
                if (inBlock)
                    examples.AddRange(block.Where(l => l.StartsWith("./entente ", StringComparison.Ordinal)).Select(l => l.Split('#')[0].Trim() + (server ? " --db {server}" : "")));
                block.Clear();
                inBlock = !inBlock;
                continue;
            }
            if (inBlock) block.Add(line);
            else examples.AddRange(InlineExample().Matches(line).Select(m => m.Groups[1].Value.Replace("\\|", "|", StringComparison.Ordinal)));
        }
        return examples.Select(e => ServerAddress().Replace(e, "{server}")).ToList();
    }

    [Fact]
    public void Readme_examples_run()
    {
        using var folder = new TempFolder();
        using var server = TestStores.NewLocation(TestStores.PostgreSql);
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "samples"), Repository.PathOf("samples"));
        var examples = Examples();
        Assert.Contains("./entente extract --types trade,visit samples/agency_three_articles.txt", examples);
        Assert.True(examples.Count >= 12, string.Join("\n", examples));
        foreach (var example in examples)
        {
            if (Words(example).ElementAt(1) == "serve")
            {
                Serves(folder.Path, example);
                continue;
            }
            var result = CliRunner.Run(folder.Path, [.. Words(example).Skip(1).Select(w => w == "{server}" ? server.Location : w)]);
            Assert.True(result.ExitCode == 0, $"{example}: exit {result.ExitCode}: {result.Stderr}");
        }
        Assert.True(File.Exists(Path.Combine(folder.Path, "vn-jp.html")));
        Assert.True(File.Exists(Path.Combine(folder.Path, "sources.parquet")));
    }

    /// <summary>A `serve` example starts the workspace (on a free port here) and says where it listens; it is then stopped.</summary>
    private static void Serves(string folder, string example)
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "entente.dll"));
        foreach (var word in Words(example).Skip(1).Append("--port").Append($"{port}")) start.ArgumentList.Add(word);
        using var process = System.Diagnostics.Process.Start(start)!;
        try
        {
            var line = process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromMinutes(1)).GetAwaiter().GetResult();
            if (line?.StartsWith($"Entente workspace on http://127.0.0.1:{port}/", StringComparison.Ordinal) != true)
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"{example}: {line} {process.StandardError.ReadToEnd()}");
            }
        }
        finally
        {
            process.Kill(entireProcessTree: true);
        }
    }

    /// <summary>A command line split as a shell would for these examples: on spaces, double quotes grouping.</summary>
    private static IEnumerable<string> Words(string line)
    {
        var word = new StringBuilder();
        var quoted = false;
        var any = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
                any = true;
            }
            else if (c == ' ' && !quoted)
            {
                if (any) yield return word.ToString();
                word.Clear();
                any = false;
            }
            else
            {
                word.Append(c);
                any = true;
            }
        }
        if (any) yield return word.ToString();
    }
}
