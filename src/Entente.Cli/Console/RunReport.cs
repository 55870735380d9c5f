using Spectre.Console;

namespace Entente.Cli.Console;

/// <summary>
/// What a command tells the user while it works: one plain line per failed input on standard error,
/// a progress bar when standard error is a terminal, and the exit code (0 all good, 1 some inputs failed).
/// </summary>
public sealed class RunReport
{
    public static readonly IAnsiConsole Error = AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(System.Console.Error),
    });

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

    private static void Line(string text) => Error.MarkupLine(Markup.Escape(text.ReplaceLineEndings(" ")));
}
