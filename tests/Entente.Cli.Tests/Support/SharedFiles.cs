namespace Entente.Cli.Tests.Support;

/// <summary>Finds ../shared/seeds beside the repository at run time; fails loudly when it is missing.</summary>
public static class SharedFiles
{
    public static string Seeds { get; } = Locate();

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(dir.FullName, "shared", "seeds"), Path.Combine(dir.FullName, "..", "shared", "seeds") })
                if (Directory.Exists(candidate)) return Path.GetFullPath(candidate);
        }
        throw new InvalidOperationException($"../shared/seeds was not found above {AppContext.BaseDirectory}");
    }
}
