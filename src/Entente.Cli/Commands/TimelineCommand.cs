using System.CommandLine;
using Entente.Core.Knowledge;
using Entente.Core.Knowledge.Briefing;

namespace Entente.Cli.Commands;

/// <summary>`entente timeline A B`: the dated events between two countries, in order, with their sources.</summary>
public static class TimelineCommand
{
    public static Command Create()
    {
        var database = CommonOptions.Database();
        var first = new Argument<string>("country") { Description = "A country: ISO code or name" };
        var second = new Argument<string>("other") { Description = "The other country" };
        var command = new Command("timeline", "Dated events between two countries, in order, with their sources") { first, second, database };
        command.SetAction(parse =>
        {
            if (StoreAccess.Countries(parse.GetValue(first)!, parse.GetValue(second)!) is not { } countries) return 2;
            var pair = FactCountries.PairKey(countries.First, countries.Second);
            using var store = StoreAccess.OpenExisting(parse.GetValue(database)!);
            if (store is null) return 1;
            var events = Timeline.Of(store, pair);
            if (events.Count == 0) System.Console.WriteLine($"No dated events for {pair}.");
            foreach (var e in events)
            {
                System.Console.WriteLine($"{e.Date,-10}  {FactDescription.Of(e.Fact)}{(e.Conflicts.Count > 0 ? " (sources disagree)" : "")}");
                foreach (var s in e.Sources)
                    System.Console.WriteLine($"            source: {s.Outlet ?? Path.GetFileName(s.Source)}{(s.Published is null ? "" : ", " + s.Published)}: \"{Shorten(s.Quote)}\"");
            }
            return 0;
        });
        return command;
    }

    private static string Shorten(string quote)
    {
        var flat = string.Join(' ', quote.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= 140 ? flat : flat[..137] + "...";
    }
}
