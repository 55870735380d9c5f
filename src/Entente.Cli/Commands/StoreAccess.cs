using Entente.Cli.Console;
using Entente.Core.Knowledge;
using Entente.Core.Review;
using Entente.Core.Storage;
using Spectre.Console;

namespace Entente.Cli.Commands;

/// <summary>Opening the store for the read commands, and reading country arguments, with one-line errors.</summary>
public static class StoreAccess
{
    /// <summary>
    /// The store at the location (a SQLite file that must exist, or a PostgreSQL database) as reviewers
    /// left it (rejected facts left out, edits shown), or null after telling the user why not.
    /// </summary>
    public static ReviewedKnowledge? OpenExisting(string location)
    {
        if (!StoreLocation.IsPostgreSql(location) && !File.Exists(location))
        {
            Error($"{location}: no database here; run 'entente ingest --db {location} PATH…' first");
            return null;
        }
        if (Open(location) is not { } store) return null;
        try
        {
            return new ReviewedKnowledge(store, new ReviewsRelational(store));
        }
        catch (StoreException e)
        {
            store.Dispose();
            Error(e.Message);
            return null;
        }
    }

    /// <summary>The store at the location, created or migrated as needed, or null after a one-line error.</summary>
    public static RelationalStore? Open(string location)
    {
        try
        {
            return StoreLocation.Open(location);
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
