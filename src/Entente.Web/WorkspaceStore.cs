using Entente.Core.Review;
using Entente.Core.Storage;

namespace Entente.Web;

/// <summary>Opens the store for one request: the knowledge base as reviewers left it, on connections of its own (SQLite connections are not shared between threads).</summary>
public static class WorkspaceStore
{
    public static ReviewedKnowledge Open(string path)
    {
        var knowledge = new SqliteStore(path);
        try
        {
            return new ReviewedKnowledge(knowledge, new ReviewsSqlite(path));
        }
        catch
        {
            knowledge.Dispose();
            throw;
        }
    }
}
