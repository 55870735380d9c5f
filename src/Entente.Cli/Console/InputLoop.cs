using Entente.Core.Ingest;
using Spectre.Console;

namespace Entente.Cli.Console;

/// <summary>
/// Runs work over every input with the same rules for all commands: an input that fails is reported
/// in one line and the others still go through; a progress bar shows on a terminal.
/// </summary>
public static class InputLoop
{
    /// <summary>Runs the work on every input; with several workers, inputs are taken in parallel and the work must be thread-safe.</summary>
    public static void Run(IReadOnlyList<string> arguments, RunReport report, Action<SourceDocument> work, int workers = 1)
    {
        var inputs = InputSource.Expand(arguments, report.Fail, RunReport.Skip).ToList();
        report.Inputs += inputs.Count;
        if (workers > 1)
        {
            RunParallel(inputs, report, work, workers);
        }
        else if (RunReport.IsInteractive && inputs.Count > 1)
        {
            RunReport.Error.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .Start(progress =>
                {
                    var task = progress.AddTask("reading", maxValue: inputs.Count);
                    foreach (var input in inputs)
                    {
                        task.Description = Path.GetFileName(input.Name);
                        RunOne(input, report, work);
                        task.Increment(1);
                    }
                });
        }
        else
        {
            // Redirected: a plain progress line every few seconds on long runs instead of a bar.
            var lastLine = System.Diagnostics.Stopwatch.StartNew();
            for (var i = 0; i < inputs.Count; i++)
            {
                RunOne(inputs[i], report, work);
                if (lastLine.Elapsed.TotalSeconds < 5 || i + 1 == inputs.Count) continue;
                RunReport.Error.WriteLine($"entente: {i + 1} of {inputs.Count} inputs read");
                lastLine.Restart();
            }
        }
    }

    private static void RunParallel(List<InputSource> inputs, RunReport report, Action<SourceDocument> work, int workers)
    {
        var done = 0;
        var lastLine = System.Diagnostics.Stopwatch.StartNew();
        Parallel.ForEach(inputs, new ParallelOptions { MaxDegreeOfParallelism = workers }, input =>
        {
            RunOne(input, report, work);
            var finished = Interlocked.Increment(ref done);
            lock (lastLine)
            {
                if (lastLine.Elapsed.TotalSeconds < 5 || finished == inputs.Count) return;
                RunReport.Error.WriteLine($"entente: {finished} of {inputs.Count} inputs read");
                lastLine.Restart();
            }
        });
    }

    private static void RunOne(InputSource input, RunReport report, Action<SourceDocument> work)
    {
        try
        {
            var document = InputDecoder.Decode(input.Name, input.ReadAllBytes());
            foreach (var warning in document.Warnings) RunReport.Warn(input.Name, warning);
            work(document);
            foreach (var error in document.Errors) report.Fail(input.Name, error);
        }
        catch (InputException e)
        {
            report.Fail(input.Name, e.Message);
        }
        catch (IOException e)
        {
            report.Fail(input.Name, $"cannot be read: {e.Message}");
        }
        catch (UnauthorizedAccessException)
        {
            report.Fail(input.Name, "permission denied");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug of ours must not stop the batch; say what happened in one line.
            report.Fail(input.Name, $"internal error ({e.GetType().Name}: {e.Message})");
        }
    }
}
