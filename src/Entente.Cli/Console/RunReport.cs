using Spectre.Console;

namespace Entente.Cli.Console;

/// <summary>
/// What a command tells the user while it works: one plain line per failed input on standard error,
/// a progress bar when standard error is a terminal, and the exit code (0 all good, 1 some inputs failed).
/// </summary>
public sealed class RunReport
{
    // Made on first use: a run whose standard error is redirected and that has nothing to report never needs it.
    private static readonly Lazy<IAnsiConsole> ErrorConsole = new(CreateError);

    public static IAnsiConsole Error => ErrorConsole.Value;

    private static IAnsiConsole CreateError()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(System.Console.Error) });
        // Redirected to a file, lines must never be wrapped at a pretend width of 80.
        if (System.Console.IsErrorRedirected) console.Profile.Width = int.MaxValue / 2;
        return console;
    }

    public int Inputs { get; set; }
    public int Articles { get; set; }
    public int Duplicates { get; set; }
    public int Unchanged { get; set; }
    public int Facts { get; set; }
    public int Failures { get; private set; }

    private readonly Lock _gate = new();

    public int ExitCode => Failures > 0 ? 1 : 0;

    public static bool IsInteractive => !System.Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is null or "" or "false";

    /// <summary>Counts and reports a failed input; safe to call from several workers.</summary>
    public void Fail(string input, string problem)
    {
        lock (_gate)
        {
            Failures++;
            Line($"entente: {input}: {problem}");
        }
    }

    /// <summary>Adds what one input gave to the counts; safe to call from several workers.</summary>
    public void Add(int articles, int duplicates, int unchanged, int facts)
    {
        lock (_gate)
        {
            Articles += articles;
            Duplicates += duplicates;
            Unchanged += unchanged;
            Facts += facts;
        }
    }

    public static void Warn(string input, string problem) => Line($"entente: {input}: warning: {problem}");

    /// <summary>A path the input walk passed over (not a regular file, a folder reached twice): one line, not a failure.</summary>
    public static void Skip(string path, string why) => Line($"entente: {path}: {why}");

    /// <summary>One plain line on standard error, never wrapped, whatever standard error is.</summary>
    public static void ErrorLine(string text) => System.Console.Error.WriteLine(text.ReplaceLineEndings(" "));

    // Plain text, not markup: a console of 80 columns would wrap a long path and break the one-line promise.
    private static void Line(string text) => ErrorLine(text);
}
