using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Entente.Cli.Commands;

/// <summary>Arguments and options that several commands share.</summary>
public static class CommonOptions
{
    public static Argument<string[]> Paths() => new("paths")
    {
        Description = "Input files (.txt, .html, .jsonl), folders (read recursively, in name order) or - for standard input",
        Arity = ArgumentArity.OneOrMore,
    };

    public static Option<string?> Published() => DateOption("--published",
        "Publication date of every article (2025, 2025-05 or 2025-05-10), overriding the input's");

    /// <summary>--since DATE: an ISO 8601 date at any precision.</summary>
    public static Option<string?> Since(string description) => DateOption("--since", description);

    public static Option<string> Database() => new("--db")
    {
        Description = "SQLite file or postgresql://user@host:port/db; $ENTENTE_DB when not given",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("ENTENTE_DB") is { Length: > 0 } env ? env : "entente.db",
        HelpName = "DB",
    };

    /// <summary>"2025", "2025-05" or "2025-05-10" when the text is a real calendar date in one of those forms; null otherwise ("yesterday", "2025-13-01", "2025-99").</summary>
    public static string? IsoDate(string text)
    {
        var formats = text.Length switch { 4 => "yyyy", 7 => "yyyy-MM", 10 => "yyyy-MM-dd", _ => null };
        return formats is not null && DateTime.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? text : null;
    }

    private static Option<string?> DateOption(string name, string description)
    {
        var option = new Option<string?>(name) { Description = description, HelpName = "DATE" };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } value && IsoDate(value.Trim()) is null)
                result.AddError($"{name}: '{value}' is not an ISO 8601 date (write 2025, 2025-05 or 2025-05-10)");
        });
        return option;
    }
}
