using System.CommandLine;
using Entente.Cli.Console;
using Entente.Core.Cleaning;
using Entente.Core.Extraction;
using Entente.Core.Ingest;
using Entente.Core.Storage;
using Spectre.Console;

namespace Entente.Cli.Commands;

/// <summary>`entente ingest [--db FILE] PATH…`: stores inputs and their articles, one transaction per input.</summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths();
        var published = CommonOptions.Published();
        var database = CommonOptions.Database();
        var command = new Command("ingest", "Read inputs and store their articles in the database") { paths, published, database };
        command.SetAction(parse =>
        {
            var context = new CleaningContext { PublishedOverride = MetadataDate.Normalize(parse.GetValue(published)) };
            var pipeline = new ArticlePipelineBuilder().UseDefaults().Build();
            var extraction = new FactExtractionPipelineBuilder().UseDefaults().Build();
            var report = new RunReport();
            var dbPath = parse.GetValue(database)!;
            SqliteStore store;
            try
            {
                store = new SqliteStore(dbPath);
            }
            catch (StoreException e)
            {
                RunReport.Error.MarkupLine(Markup.Escape($"entente: {e.Message}"));
                return 1;
            }
            using (store)
            {
                InputLoop.Run(parse.GetValue(paths)!, report, document =>
                {
                    var hash = ContentHash.Of(document.Text);
                    if (store.HasDocument(hash))
                    {
                        report.Unchanged++;
                        return;
                    }
                    var clean = pipeline.Process(document, context).ToList();
                    var found = extraction.AnalyseAll(clean);
                    foreach (var fault in found.SelectMany(f => f.Faults)) RunReport.Warn(document.Source, fault.Describe());
                    var articles = clean.Zip(found, (article, f) => new ExtractedArticle(article, f.Facts, f.PairKey)).ToList();
                    var result = store.StoreDocument(new DocumentToStore(document.Source, hash, document.Text, articles));
                    report.Articles += result.NewArticles;
                    report.Duplicates += result.Duplicates;
                    report.Facts += result.Facts;
                });
            }
            Summary(report, dbPath);
            return report.ExitCode;
        });
        return command;
    }

    private static void Summary(RunReport report, string dbPath)
    {
        var table = new Table().AddColumns("inputs", "new articles", "duplicates", "already stored", "facts read", "failures");
        table.AddRow($"{report.Inputs}", $"{report.Articles}", $"{report.Duplicates}", $"{report.Unchanged}", $"{report.Facts}", $"{report.Failures}");
        table.Caption($"stored in {Markup.Escape(dbPath)}");
        AnsiConsole.Write(table);
    }
}
