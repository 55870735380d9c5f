using Entente.Core.Review;
using Entente.Core.Storage;

namespace Entente.Web;

/// <summary>Opens the store for one request: the knowledge base (SQLite file or PostgreSQL) as reviewers left it, on a connection of its own (connections are not shared between threads).</summary>
public static class WorkspaceStore
{
    public static ReviewedKnowledge Open(string location)
    {
        var knowledge = StoreLocation.Open(location);
        try
        {
            return new ReviewedKnowledge(knowledge, new ReviewsRelational(knowledge));
        }
        catch
        {
            knowledge.Dispose();
            throw;
        }
    }
}
