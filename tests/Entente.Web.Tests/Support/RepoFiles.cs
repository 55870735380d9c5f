namespace Entente.Web.Tests.Support;

/// <summary>Files of the repository the tests read (the bundled samples) and the test's own inputs; fails loudly when missing.</summary>
public static class RepoFiles
{
    public static string Samples { get; } = Locate("samples");

    public static string Inputs { get; } = Path.Combine(AppContext.BaseDirectory, "Inputs");

    private static string Locate(string folder)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Entente.slnx")) && Directory.Exists(Path.Combine(dir.FullName, folder)))
                return Path.Combine(dir.FullName, folder);
        throw new InvalidOperationException($"the repository's {folder}/ was not found above {AppContext.BaseDirectory}");
    }
}
