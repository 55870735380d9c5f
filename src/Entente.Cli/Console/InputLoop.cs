using Entente.Core.Ingest;
using Spectre.Console;

namespace Entente.Cli.Console;

/// <summary>
/// Runs work over every input with the same rules for all commands: an input that fails is reported
/// in one line and the others still go through; a progress bar shows on a terminal.
/// </summary>
public static class InputLoop
{
    /// <summary>
    /// Inputs read one after another on this thread, or by <paramref name="workers"/> threads at once, in which
    /// case the work must be thread-safe (work that writes to a store).
    /// </summary>
    public static void Run(IReadOnlyList<string> arguments, RunReport report, Action<SourceDocument> work, int workers = 1) =>
        RunOrdered(arguments, report, document =>
        {
            work(document);
            return true;
        }, (_, _) => { }, inFlight: Math.Max(1, workers));

    /// <summary>
    /// Inputs read on every core: <paramref name="read"/> runs in parallel and must not touch shared state;
    /// <paramref name="write"/> runs on this thread, in input order. At most a few inputs are held at once,
    /// so a folder of any size streams in bounded memory.
    /// </summary>
    public static void RunParallel<T>(IReadOnlyList<string> arguments, RunReport report, Func<SourceDocument, T> read, Action<SourceDocument, T> write) =>
        RunOrdered(arguments, report, read, write, inFlight: 2 * Environment.ProcessorCount);

    private static void RunOrdered<T>(IReadOnlyList<string> arguments, RunReport report, Func<SourceDocument, T> read, Action<SourceDocument, T> write, int inFlight)
    {
        var inputs = InputSource.Expand(arguments, report.Fail, RunReport.Skip).ToList();
        if (RunReport.IsInteractive && inputs.Count > 1)
        {
            RunReport.Error.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .Start(progress =>
                {
                    var task = progress.AddTask("reading", maxValue: inputs.Count);
                    Stream(inputs, report, read, write, inFlight, (done, name) =>
                    {
                        task.Description = Path.GetFileName(name);
                        task.Value = done;
                    });
                });
        }
        else
        {
            // Redirected: a plain progress line every few seconds on long runs instead of a bar.
            var lastLine = System.Diagnostics.Stopwatch.StartNew();
            Stream(inputs, report, read, write, inFlight, (done, _) =>
            {
                if (lastLine.Elapsed.TotalSeconds < 5 || done == inputs.Count) return;
                RunReport.Error.WriteLine($"entente: {done} of {inputs.Count} inputs read");
                lastLine.Restart();
            });
        }
    }

    /// <summary>Starts up to <paramref name="inFlight"/> inputs ahead and finishes them in order.</summary>
    private static void Stream<T>(List<InputSource> inputs, RunReport report, Func<SourceDocument, T> read, Action<SourceDocument, T> write,
        int inFlight, Action<int, string> progressed)
    {
        var pending = new Queue<Task<Outcome<T>>>();
        var done = 0;
        foreach (var input in inputs)
        {
            pending.Enqueue(inFlight == 1 ? Task.FromResult(Attempt(input, read)) : Task.Run(() => Attempt(input, read)));
            while (pending.Count >= inFlight) Finish(pending.Dequeue().Result);
        }
        while (pending.Count > 0) Finish(pending.Dequeue().Result);

        void Finish(Outcome<T> outcome)
        {
            report.Inputs++;
            foreach (var warning in outcome.Document?.Warnings ?? []) RunReport.Warn(outcome.Input.Name, warning);
            if (outcome.Failure is { } failure)
            {
                report.Fail(outcome.Input.Name, failure);
            }
            else
            {
                write(outcome.Document!, outcome.Result!);
                foreach (var error in outcome.Document!.Errors) report.Fail(outcome.Input.Name, error);
            }
            progressed(++done, outcome.Input.Name);
        }
    }

    /// <summary>What reading one input gave: its document (for its warnings) and result, or why it failed.</summary>
    private sealed record Outcome<T>(InputSource Input, SourceDocument? Document, T? Result, string? Failure);

    private static Outcome<T> Attempt<T>(InputSource input, Func<SourceDocument, T> read)
    {
        SourceDocument? document = null;
        try
        {
            document = InputDecoder.Decode(input.Name, input.ReadAllBytes());
            return new Outcome<T>(input, document, read(document), null);
        }
        catch (InputException e)
        {
            return Failed(e.Message);
        }
        catch (IOException e)
        {
            return Failed($"cannot be read: {e.Message}");
        }
        catch (UnauthorizedAccessException)
        {
            return Failed("permission denied");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug of ours must not stop the batch; say what happened in one line.
            return Failed($"internal error ({e.GetType().Name}: {e.Message})");
        }

        Outcome<T> Failed(string why) => new(input, document, default, why);
    }
}
