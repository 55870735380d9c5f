using System.CommandLine;
using System.Text;
using Entente.Core.Domain;
using Entente.Core.Knowledge;
using Entente.Core.Knowledge.Briefing;
using Entente.Core.Knowledge.Export;
using Entente.Core.Storage;
using Spectre.Console;

namespace Entente.Cli.Commands;

/// <summary>
/// `entente facts`: reconciled facts with their sources, as a table, JSON Lines, or one flat typed table
/// in CSV or Parquet (with --sources FILE for the source table; --excel for a CSV a spreadsheet opens
/// with its diacritics intact).
/// </summary>
public static class FactsCommand
{
    public static Command Create()
    {
        var database = CommonOptions.Database();
        var pair = new Option<string?>("--pair") { Description = "Only facts about this pair: VN-BY, Vietnam-Belarus, \"Viet Nam,Belarus\"", HelpName = "PAIR" };
        var type = new Option<string?>("--type") { Description = "Only this fact type: trade, visit, mechanism… (all in README)", HelpName = "TYPE" };
        type.AcceptOnlyFromAmong([.. FactTypes.All]);
        var since = CommonOptions.Since("Only facts dated on or after this ISO date");
        var format = new Option<string>("--format") { Description = "table (default on a terminal), jsonl (default otherwise), csv or parquet", HelpName = "FORMAT" };
        format.AcceptOnlyFromAmong("table", "jsonl", "csv", "parquet");
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output (required for parquet)", HelpName = "FILE" };
        var sources = new Option<string?>("--sources") { Description = "With csv or parquet: also write the source table (fact_id, outlet, quote…) here", HelpName = "FILE" };
        var excel = new Option<bool>("--excel") { Description = "With csv: begin with a byte order mark so spreadsheets read UTF-8" };
        var command = new Command("facts", "List reconciled facts with every source that states them") { database, pair, type, since, format, output, sources, excel };
        command.SetAction(async (parse, cancellation) =>
        {
            var chosen = parse.GetValue(format) ?? (parse.GetValue(output) is not null || System.Console.IsOutputRedirected ? "jsonl" : "table");
            var path = parse.GetValue(output);
            var sourcesPath = parse.GetValue(sources);
            if (chosen == "parquet" && path is null)
            {
                StoreAccess.Error("--format parquet needs --output FILE");
                return StoreAccess.Usage;
            }
            if (sourcesPath is not null && chosen is not ("csv" or "parquet"))
            {
                StoreAccess.Error("--sources FILE goes with --format csv or --format parquet (jsonl and table carry their sources inline)");
                return StoreAccess.Usage;
            }
            string? pairKey = null;
            if (parse.GetValue(pair) is { } pairText && (pairKey = CountryArgument.Pair(pairText)) is null)
            {
                StoreAccess.Error($"--pair: '{pairText}' is not two different countries (write VN-BY or Vietnam,Belarus)");
                return StoreAccess.Usage;
            }
            var db = parse.GetValue(database)!;
            using var store = StoreAccess.OpenExisting(db);
            if (store is null) return 1;
            if (StoreAccess.CheckPair(store, db, pairKey) is { } usage) return usage;
            // Read page by page: an export of a pair of any size holds one page of facts at a time (a Parquet table and a terminal table are built whole).
            var facts = store.EnumerateFacts(new FactQuery(pairKey, parse.GetValue(type), parse.GetValue(since)?.Trim()));
            if (chosen == "parquet")
            {
                await using (var file = File.Create(path!)) await FactExport.WriteParquetAsync(facts, file).ConfigureAwait(false);
                if (sourcesPath is not null)
                {
                    await using var file = File.Create(sourcesPath);
                    await FactExport.WriteSourcesParquetAsync(facts, file).ConfigureAwait(false);
                }
                return 0;
            }
            var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: chosen == "csv" && parse.GetValue(excel));
            await using (var writer = path is null ? new StreamWriter(System.Console.OpenStandardOutput(), encoding) : new StreamWriter(path, false, encoding))
            {
                if (path is null && encoding.GetPreamble().Length > 0) writer.BaseStream.Write(encoding.GetPreamble());
                switch (chosen)
                {
                    case "jsonl": FactExport.WriteJsonLines(facts, writer); break;
                    case "csv": FactExport.WriteCsv(facts, writer); break;
                    default: Table([.. facts], writer); break;
                }
            }
            if (sourcesPath is not null)
            {
                await using var writer = new StreamWriter(sourcesPath, false, encoding);
                FactExport.WriteSourcesCsv(facts, writer);
            }
            return 0;
        });
        return command;
    }

    private static void Table(IReadOnlyList<KnowledgeFact> facts, TextWriter writer)
    {
        var table = new Table().AddColumns("id", "type", "fact", "sources");
        foreach (var f in facts)
            table.AddRow($"{f.Id}", f.Fact.Type, Markup.Escape(FactDescription.Of(f.Fact)) + (f.Conflicts.Count > 0 ? $" [red](conflicts with {string.Join(", ", f.Conflicts)})[/]" : ""),
                Markup.Escape(string.Join("\n", f.Sources.Select(s => $"{s.Outlet ?? Path.GetFileName(s.Source)} {s.Published}"))));
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer) });
        console.Write(table);
    }
}
