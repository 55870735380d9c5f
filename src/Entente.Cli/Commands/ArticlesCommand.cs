using System.CommandLine;
using System.Text.Json;
using Entente.Cli.Console;
using Entente.Core.Cleaning;
using Entente.Core.Domain;
using Entente.Core.Ingest;

namespace Entente.Cli.Commands;

/// <summary>`entente articles PATH…`: one JSON line per clean article, in the schema's article form.</summary>
public static class ArticlesCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths();
        var published = CommonOptions.Published();
        var comments = new Option<bool>("--comments")
        {
            Description = "Also write the readers' comments of each HTML page, as a separate record with \"part\": \"comments\"",
        };
        var command = new Command("articles", "Read inputs and write one JSON line per clean article") { paths, published, comments };
        command.SetAction(parse =>
        {
            var context = new CleaningContext { PublishedOverride = MetadataDate.Normalize(parse.GetValue(published)) };
            var builder = new ArticlePipelineBuilder().UseDefaults();
            if (parse.GetValue(comments)) builder.KeepComments();
            var pipeline = builder.Build();
            var report = new RunReport();
            using var stdout = new StreamWriter(System.Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false)) { AutoFlush = false };
            InputLoop.RunParallel(parse.GetValue(paths)!, report,
                // Articles are collected first so that a failing input writes nothing half-way.
                document => pipeline.Process(document, context).Select(a => JsonSerializer.Serialize(ArticleRecord.From(a), EntenteJson.Options)).ToList(),
                (_, lines) =>
                {
                    foreach (var line in lines) stdout.WriteLine(line);
                    report.Articles += lines.Count;
                });
            stdout.Flush();
            return report.ExitCode;
        });
        return command;
    }
}
