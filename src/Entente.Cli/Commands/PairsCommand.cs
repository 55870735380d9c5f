using System.CommandLine;
using Entente.Core.Knowledge.Briefing;
using Spectre.Console;

namespace Entente.Cli.Commands;

/// <summary>`entente pairs`: the country pairs in the store with their counts of articles and facts.</summary>
public static class PairsCommand
{
    public static Command Create()
    {
        var database = CommonOptions.Database();
        var command = new Command("pairs", "List the country pairs in the store with counts of articles and facts") { database };
        command.SetAction(parse =>
        {
            var db = parse.GetValue(database)!;
            using var store = StoreAccess.OpenExisting(db);
            if (store is null) return 1;
            if (StoreAccess.CheckPair(store, db, null) is { } usage) return usage;
            var table = new Table().AddColumns("pair", "countries", "articles", "facts");
            foreach (var p in store.Pairs())
            {
                var codes = p.Pair.Split('-');
                table.AddRow(p.Pair, Markup.Escape($"{Names.Country(codes[0])} – {Names.Country(codes[^1])}"), $"{p.Articles}", $"{p.Facts}");
            }
            AnsiConsole.Write(table);
            return 0;
        });
        return command;
    }
}
