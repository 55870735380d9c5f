using Entente.Cli.Console;
using Entente.Core.Knowledge;
using Entente.Core.Review;
using Entente.Core.Storage;
using Spectre.Console;

namespace Entente.Cli.Commands;

/// <summary>Opening the store for the read commands, and reading country arguments, with one-line errors.</summary>
public static class StoreAccess
{
    /// <summary>The store at the path as reviewers left it (rejected facts left out, edits shown), or null after telling the user why not.</summary>
    public static ReviewedKnowledge? OpenExisting(string path)
    {
        if (!File.Exists(path))
        {
            Error($"{path}: no database here; run 'entente ingest --db {path} PATH…' first");
            return null;
        }
        try
        {
            var knowledge = new SqliteStore(path);
            try
            {
                return new ReviewedKnowledge(knowledge, new ReviewsSqlite(path));
            }
            catch (StoreException)
            {
                knowledge.Dispose();
                throw;
            }
        }
        catch (StoreException e)
        {
            Error(e.Message);
            return null;
        }
    }

    public static void Error(string message) => RunReport.Error.MarkupLine(Markup.Escape($"entente: {message}"));

    /// <summary>The codes of two country arguments, or null after an error line.</summary>
    public static (string First, string Second)? Countries(string a, string b)
    {
        var first = CountryArgument.Code(a);
        var second = CountryArgument.Code(b);
        if (first is null) Error($"'{a}' is not a country or bloc name or ISO code");
        if (second is null) Error($"'{b}' is not a country or bloc name or ISO code");
        return first is null || second is null ? null : (first, second);
    }
}
