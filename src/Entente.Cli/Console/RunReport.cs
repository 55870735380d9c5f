using Spectre.Console;

namespace Entente.Cli.Console;

/// <summary>
/// What a command tells the user while it works: one plain line per failed input on standard error,
/// a progress bar when standard error is a terminal, and the exit code (0 all good, 1 some inputs failed).
/// </summary>
public sealed class RunReport
{
    public static readonly IAnsiConsole Error = CreateError();

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

    public int ExitCode => Failures > 0 ? 1 : 0;

    public static bool IsInteractive => !System.Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is null or "" or "false";

    public void Fail(string input, string problem)
    {
        Failures++;
        Line($"entente: {input}: {problem}");
    }

    public static void Warn(string input, string problem) => Line($"entente: {input}: warning: {problem}");

    /// <summary>One plain line on standard error, never wrapped, whatever standard error is.</summary>
    public static void ErrorLine(string text) => System.Console.Error.WriteLine(text.ReplaceLineEndings(" "));

    private static void Line(string text) => ErrorLine(text);
}
