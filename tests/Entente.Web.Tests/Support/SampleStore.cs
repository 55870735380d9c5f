using Entente.Core.Review;
using Entente.Core.Storage;
using Entente.Web.Ingest;

namespace Entente.Web.Tests.Support;

/// <summary>
/// A throwaway store built from the bundled samples and the tests' hostile inputs, through the
/// same upload path the workspace uses, with a reviewer and a viewer (passwords and tokens known).
/// </summary>
public sealed class SampleStore : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("entente-web-").FullName;

    public SampleStore(bool withUsers = true)
    {
        Path = System.IO.Path.Combine(_folder, "entente.db");
        using var store = WorkspaceStore.Open(Path);
        var ingest = new UploadIngest();
        foreach (var file in Directory.GetFiles(RepoFiles.Samples).Concat(Directory.GetFiles(RepoFiles.Inputs)).Order(StringComparer.Ordinal))
        {
            if (file.EndsWith(".md", StringComparison.Ordinal)) continue;
            var result = ingest.IngestAsync(store, System.IO.Path.GetFileName(file), File.ReadAllBytes(file), CancellationToken.None).GetAwaiter().GetResult();
            if (result.Error is not null) throw new InvalidOperationException($"{file}: {result.Error}");
        }
        if (!withUsers) return;
        ReviewerPassword = Accounts.Accounts.Add(store.Reviews, "alice", WorkspaceRoles.Reviewer);
        ViewerPassword = Accounts.Accounts.Add(store.Reviews, "victor", WorkspaceRoles.Viewer);
        ReviewerToken = Accounts.Accounts.NewToken(store.Reviews, "alice");
        ViewerToken = Accounts.Accounts.NewToken(store.Reviews, "victor");
    }

    public string Path { get; }
    public string ReviewerPassword { get; } = "";
    public string ViewerPassword { get; } = "";
    public string ReviewerToken { get; } = "";
    public string ViewerToken { get; } = "";

    public ReviewedKnowledge Open() => WorkspaceStore.Open(Path);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A server still closing its connections; the temp folder is removed by the system later.
        }
    }
}
