using Entente.Core.Ingest;

namespace Entente.Core.Tests.Ingest.Html;

/// <summary>The hand-written pages under Pages/, read from the source tree (the test project copies nothing).</summary>
internal static class TestPages
{
    private static readonly Lazy<string> Folder = new(FindFolder);

    public static SourceDocument Load(string name)
    {
        var path = Path.Combine(Folder.Value, name);
        return new SourceDocument(path, File.ReadAllText(path), []);
    }

    private static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Entente.Core.Tests", "Ingest", "Html", "Pages");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("tests/Entente.Core.Tests/Ingest/Html/Pages not found above " + AppContext.BaseDirectory);
    }
}
