using System.Collections.Concurrent;
using System.CommandLine;
using Entente.Cli.Console;
using Entente.Core.Cleaning;
using Entente.Core.Extraction;
using Entente.Core.Ingest;
using Entente.Core.Storage;
using Spectre.Console;

namespace Entente.Cli.Commands;

/// <summary>
/// `entente ingest [--db STORE] [--workers N] PATH…`: stores inputs and their articles, one transaction
/// per input. Several workers (threads here, or other processes on the same store) may ingest at once:
/// each has its own connection, and a content another worker stored first counts as already stored.
/// </summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths();
        var published = CommonOptions.Published();
        var database = CommonOptions.Database();
        var workers = new Option<int>("--workers")
        {
            Description = "Inputs read and stored at once, each worker with its own connection to the store (default 1)",
            DefaultValueFactory = _ => 1,
            Validators =
            {
                result =>
                {
                    if (result.GetValueOrDefault<int>() is < 1 or > 64) result.AddError("--workers: give a number from 1 to 64");
                },
            },
        };
        var command = new Command("ingest", "Read inputs and store their articles in the database") { paths, published, database, workers };
        command.SetAction(parse =>
        {
            var context = new CleaningContext { PublishedOverride = MetadataDate.Normalize(parse.GetValue(published)) };
            var pipeline = new ArticlePipelineBuilder().UseDefaults().Build();
            var extraction = new FactExtractionPipelineBuilder().UseDefaults().Build();
            var report = new RunReport();
            var location = parse.GetValue(database)!;
            var count = parse.GetValue(workers);
            var stores = new ConcurrentBag<RelationalStore>();
            try
            {
                for (var i = 0; i < count; i++)
                {
                    if (StoreAccess.Open(location) is not { } opened) return 1;
                    stores.Add(opened);
                }
                var name = stores.First().Name;
                InputLoop.Run(parse.GetValue(paths)!, report, document =>
                {
                    if (!stores.TryTake(out var store)) throw new InvalidOperationException("more workers than store connections");
                    try
                    {
                        Ingest(document, store, pipeline, extraction, context, report);
                    }
                    finally
                    {
                        stores.Add(store);
                    }
                }, count);
                Summary(report, name);
            }
            finally
            {
                foreach (var store in stores) store.Dispose();
            }
            return report.ExitCode;
        });
        return command;
    }

    private static void Ingest(SourceDocument document, RelationalStore store, ArticlePipeline pipeline, FactExtractionPipeline extraction,
        CleaningContext context, RunReport report)
    {
        var outcome = DocumentIngest.Run(document, store, pipeline, extraction, context);
        foreach (var warning in outcome.Warnings) RunReport.Warn(document.Source, warning);
        if (outcome.AlreadyStored) report.Add(0, 0, 1, 0);
        else report.Add(outcome.NewArticles, outcome.Duplicates, 0, outcome.Facts);
    }

    private static void Summary(RunReport report, string name)
    {
        var table = new Table().AddColumns("inputs", "new articles", "duplicates", "already stored", "facts read", "failures");
        table.AddRow($"{report.Inputs}", $"{report.Articles}", $"{report.Duplicates}", $"{report.Unchanged}", $"{report.Facts}", $"{report.Failures}");
        table.Caption($"stored in {Markup.Escape(name)}");
        AnsiConsole.Write(table);
    }
}
