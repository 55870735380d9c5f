using System.CommandLine;

namespace Entente.Cli.Console;

/// <summary>Usage errors as one line each: what is wrong, and what to do instead.</summary>
public static class UsageErrors
{
    /// <summary>"unknown command 'extrct'; did you mean 'extract'?", or null when the first argument is a command or an option.</summary>
    public static string? UnknownCommand(RootCommand root, IReadOnlyList<string> args)
    {
        var names = root.Subcommands.Select(c => c.Name).ToList();
        if (args.Count == 0) return $"entente: no command given; commands: {string.Join(", ", names)} (see 'entente --help')";
        var first = args[0];
        if (first.StartsWith('-') || names.Contains(first, StringComparer.Ordinal)) return null;
        var nearest = names.Select(n => (Name: n, Distance: Distance(first.ToLowerInvariant(), n))).MinBy(n => n.Distance);
        return nearest.Distance <= Math.Max(2, first.Length / 3)
            ? $"entente: unknown command '{first}'; did you mean '{nearest.Name}'?"
            : $"entente: unknown command '{first}'; commands: {string.Join(", ", names)}";
    }

    /// <summary>The first parse error and where to read the usage.</summary>
    public static string Describe(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        var path = command is RootCommand ? "entente" : $"entente {command.Name}";
        var message = parse.Errors[0].Message.TrimEnd('.');
        return $"entente: {message} (see '{path} --help')";
    }

    /// <summary>Levenshtein distance, on the short command names only.</summary>
    private static int Distance(string a, string b)
    {
        if (a.Length > 64) return int.MaxValue;
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
