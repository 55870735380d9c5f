using Entente.Cli.Console;
using Entente.Core.Knowledge;
using Entente.Core.Review;
using Entente.Core.Knowledge.Briefing;
using Entente.Core.Storage;

namespace Entente.Cli.Commands;

/// <summary>Opening the store for the read commands, and reading country arguments, with one-line errors.</summary>
public static class StoreAccess
{
    /// <summary>Exit code of a usage error.</summary>
    public const int Usage = 2;

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

    public static void Error(string message) => RunReport.ErrorLine($"entente: {message}");

    /// <summary>The codes of two different country arguments, or null after one error line.</summary>
    public static (string First, string Second)? Countries(string a, string b)
    {
        var first = CountryArgument.Code(a);
        var second = CountryArgument.Code(b);
        if (first is null || second is null)
        {
            var unknown = new[] { (a, first), (b, second) }.Where(x => x.Item2 is null).Select(x => $"'{x.Item1}'");
            Error($"{string.Join(" and ", unknown)}: not a country or bloc name or ISO code (write VN, Vietnam or \"Viet Nam\")");
            return null;
        }
        if (first == second)
        {
            Error($"'{a}' and '{b}' are the same country ({Names.Country(first)}, {first}); give two different countries");
            return null;
        }
        return (first, second);
    }

    /// <summary>
    /// Null when the store knows the pair (or, without a pair, holds any fact); else the usage error
    /// after one line naming the known pairs.
    /// </summary>
    public static int? CheckPair(IEntenteStore store, string path, string? pair)
    {
        var pairs = store.Pairs().Where(p => p.Facts > 0).ToList();
        if (pairs.Count == 0)
        {
            Error($"{path}: the store holds no facts yet; run 'entente ingest --db {path} PATH…' first");
            return Usage;
        }
        if (pair is null || pairs.Any(p => p.Pair == pair)) return null;
        var codes = pair.Split('-');
        var known = string.Join(", ", pairs.Take(12).Select(p => p.Pair)) + (pairs.Count > 12 ? $" and {pairs.Count - 12} more (see 'entente pairs')" : "");
        Error($"no facts on {Names.Country(codes[0])} – {Names.Country(codes[^1])} ({pair}) in {path}; known pairs: {known}");
        return Usage;
    }
}
