using System.CommandLine;

namespace Entente.Cli.Commands;

/// <summary>Arguments and options that several commands share.</summary>
public static class CommonOptions
{
    public static Argument<string[]> Paths() => new("paths")
    {
        Description = "Input files (.txt, .html, .jsonl), folders (read recursively, in name order) or - for standard input",
        Arity = ArgumentArity.OneOrMore,
    };

    public static Option<string?> Published() => new("--published")
    {
        Description = "Publication date to use for every article (ISO 8601: 2025, 2025-05, 2025-05-10), overriding what the input says",
        Validators =
        {
            result =>
            {
                var value = result.GetValueOrDefault<string?>();
                if (value is not null && Entente.Core.Ingest.MetadataDate.Normalize(value) is null)
                    result.AddError($"--published: '{value}' is not an ISO 8601 date (2025, 2025-05 or 2025-05-10)");
            },
        },
    };

    public static Option<string> Database() => new("--db")
    {
        Description = "SQLite database file, or a PostgreSQL database as postgresql://user@host:port/db or Host=…;Database=… (default: $ENTENTE_DB, else ./entente.db)",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("ENTENTE_DB") is { Length: > 0 } env ? env : "entente.db",
    };
}
