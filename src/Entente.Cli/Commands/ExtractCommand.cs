using System.CommandLine;
using Entente.Cli.Console;
using Entente.Core.Cleaning;
using Entente.Core.Domain;
using Entente.Core.Extraction;
using Entente.Core.Ingest;
using Spectre.Console;

namespace Entente.Cli.Commands;

/// <summary>`entente extract PATH…`: the typed facts of every article, as JSON lines or a table.</summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths();
        var published = CommonOptions.Published();
        var reference = CommonOptions.ReferenceDate();
        var types = new Option<string[]>("--types")
        {
            Description = "Only these fact types, comma-separated (default: the export schema's types)",
            HelpName = "TYPE,TYPE",
            CustomParser = result => result.Tokens.SelectMany(t => t.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray(),
            Validators =
            {
                result =>
                {
                    foreach (var t in result.GetValueOrDefault<string[]>() ?? [])
                        if (!FactTypes.All.Contains(t)) result.AddError($"--types: unknown fact type '{t}'");
                },
            },
        };
        var format = new Option<string>("--format")
        {
            HelpName = "jsonl|table",
            Description = "jsonl (default when output is redirected) or table (default on a terminal)",
        };
        format.AcceptOnlyFromAmong("jsonl", "table");
        var command = new Command("extract", "Read inputs and write the typed facts of every article") { paths, published, reference, types, format };
        command.SetAction(parse =>
        {
            // The lexicon (cleaning) and the gazetteer (extraction) take most of start-up: build them on two cores at once.
            _ = Task.Run(() => Core.Text.Lexicon.Shared);
            _ = Task.Run(() => Core.Extraction.Gazetteers.Gazetteer.Default);
            var context = new CleaningContext
            {
                PublishedOverride = MetadataDate.Normalize(parse.GetValue(published)),
                ReferenceDate = MetadataDate.Normalize(parse.GetValue(reference)),
            };
            var articles = new ArticlePipelineBuilder().UseDefaults().Build();
            var extraction = new FactExtractionPipelineBuilder().UseDefaults().Build();
            // Types added after version 1 of the export schema come only when asked for, so the schema's readers see only its types.
            var wanted = new HashSet<string>(parse.GetValue(types) is { Length: > 0 } t ? t : FactTypes.Schema);
            var asTable = (parse.GetValue(format) ?? (System.Console.IsOutputRedirected ? "jsonl" : "table")) == "table";
            var report = new RunReport();
            // Made only for a table: its column markup is parsed when it is made, which a jsonl run need not pay for.
            var table = asTable ? new Table().AddColumns("type", "fact", "quote") : null;
            using var stdout = new StreamWriter(System.Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false));
            InputLoop.RunParallel(parse.GetValue(paths)!, report, document =>
            {
                // Articles stream from cleaning into extraction; only the facts of the input are kept.
                var facts = new List<Fact>();
                var faults = new List<ExtractionFault>();
                foreach (var found in extraction.AnalyseEach(articles.Process(document, context)))
                {
                    facts.AddRange(found.Facts.Where(f => wanted.Contains(f.Type)));
                    faults.AddRange(found.Faults);
                }
                var lines = asTable ? [] : facts.Select(EntenteJson.Line).ToList();
                return (Facts: facts, Lines: lines, Faults: faults);
            }, (document, result) =>
            {
                foreach (var fault in result.Faults) RunReport.Warn(document.Source, fault.Describe());
                report.Facts += result.Facts.Count;
                if (asTable)
                {
                    foreach (var fact in result.Facts)
                        table!.AddRow(Markup.Escape(fact.Type), Markup.Escape(FactSummary.Of(fact)), Markup.Escape(fact.Evidence?.Quote ?? ""));
                }
                foreach (var line in result.Lines) stdout.WriteLine(line);
            });
            stdout.Flush();
            if (table is not null) AnsiConsole.Write(table);
            return report.ExitCode;
        });
        return command;
    }
}
