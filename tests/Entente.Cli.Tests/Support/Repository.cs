namespace Entente.Cli.Tests.Support;

/// <summary>The repository the tests run from (the folder holding Entente.slnx); fails loudly when not found.</summary>
public static class Repository
{
    public static string Root { get; } = Locate();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Entente.slnx"))) return dir.FullName;
        throw new InvalidOperationException($"Entente.slnx was not found above {AppContext.BaseDirectory}");
    }
}
