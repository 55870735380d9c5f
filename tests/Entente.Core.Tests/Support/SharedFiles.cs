namespace Entente.Core.Tests.Support;

/// <summary>Finds the shared contract folder (../shared beside the repository) at run time; fails loudly when it is missing.</summary>
public static class SharedFiles
{
    public static string Root { get; } = Locate();

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Gold => Path.Combine(Root, "gold");

    public static IReadOnlyList<string> SeedPaths() =>
        Directory.GetFiles(Seeds, "*.txt").OrderBy(p => p, StringComparer.Ordinal).ToList();

    /// <summary>The repository's root folder (holding Entente.slnx).</summary>
    public static string Repository { get; } = LocateRepository();

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(dir.FullName, "shared"), Path.Combine(dir.FullName, "..", "shared") })
                if (Directory.Exists(Path.Combine(candidate, "seeds"))) return Path.GetFullPath(candidate);
        }
        throw new InvalidOperationException($"The shared folder with seeds/ was not found above {AppContext.BaseDirectory}; tests need ../shared beside the repository.");
    }

    private static string LocateRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Entente.slnx"))) return dir.FullName;
        throw new InvalidOperationException("The repository root (Entente.slnx) was not found.");
    }
}
