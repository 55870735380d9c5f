using System.CommandLine;
using Entente.Core.Domain;
using Entente.Core.Knowledge;
using Entente.Core.Knowledge.Briefing;
using Entente.Core.Knowledge.Export;
using Entente.Core.Storage;
using Spectre.Console;

namespace Entente.Cli.Commands;

/// <summary>`entente facts`: reconciled facts with their sources, as a table, JSON Lines, CSV or Parquet.</summary>
public static class FactsCommand
{
    public static Command Create()
    {
        var database = CommonOptions.Database();
        var pair = new Option<string?>("--pair") { Description = "Only facts about this pair: VN-BY, Vietnam-Belarus, \"Viet Nam,Belarus\"" };
        var type = new Option<string?>("--type") { Description = $"Only this fact type ({string.Join(", ", FactTypes.All.Order())})" };
        type.AcceptOnlyFromAmong([.. FactTypes.All]);
        var since = new Option<string?>("--since") { Description = "Only facts dated on or after this ISO date" };
        var format = new Option<string>("--format") { Description = "table (default on a terminal), jsonl (default otherwise), csv or parquet" };
        format.AcceptOnlyFromAmong("table", "jsonl", "csv", "parquet");
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output (required for parquet)" };
        var command = new Command("facts", "List reconciled facts with every source that states them") { database, pair, type, since, format, output };
        command.SetAction(async (parse, cancellation) =>
        {
            var chosen = parse.GetValue(format) ?? (parse.GetValue(output) is not null || System.Console.IsOutputRedirected ? "jsonl" : "table");
            var path = parse.GetValue(output);
            if (chosen == "parquet" && path is null)
            {
                StoreAccess.Error("--format parquet needs --output FILE");
                return 2;
            }
            string? pairKey = null;
            if (parse.GetValue(pair) is { } pairText && (pairKey = CountryArgument.Pair(pairText)) is null)
            {
                StoreAccess.Error($"--pair: '{pairText}' is not two countries (write VN-BY or Vietnam,Belarus)");
                return 2;
            }
            using var store = StoreAccess.OpenExisting(parse.GetValue(database)!);
            if (store is null) return 1;
            var facts = store.Facts(new FactQuery(pairKey, parse.GetValue(type), parse.GetValue(since)));
            if (chosen == "parquet")
            {
                await using var file = File.Create(path!);
                await FactExport.WriteParquetAsync(facts, file).ConfigureAwait(false);
                return 0;
            }
            await using var writer = path is null ? new StreamWriter(System.Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false)) : new StreamWriter(path, false, new System.Text.UTF8Encoding(false));
            switch (chosen)
            {
                case "jsonl": FactExport.WriteJsonLines(facts, writer); break;
                case "csv": FactExport.WriteCsv(facts, writer); break;
                default:
                    var table = new Table().AddColumns("id", "type", "fact", "sources");
                    foreach (var f in facts)
                        table.AddRow($"{f.Id}", f.Fact.Type, Markup.Escape(FactDescription.Of(f.Fact)) + (f.Conflicts.Count > 0 ? $" [red](conflicts with {string.Join(", ", f.Conflicts)})[/]" : ""),
                            Markup.Escape(string.Join("\n", f.Sources.Select(s => $"{s.Outlet ?? Path.GetFileName(s.Source)} {s.Published}"))));
                    var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer) });
                    console.Write(table);
                    break;
            }
            return 0;
        });
        return command;
    }
}
