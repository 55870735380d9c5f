using System.CommandLine;
using Entente.Core.Knowledge;
using Entente.Core.Knowledge.Briefing;

namespace Entente.Cli.Commands;

/// <summary>
/// `entente timeline A B`: the dated events between two countries, in order of the event's date, each
/// marked planned or with an inferred date where so, with every source's full quote and its place in the input.
/// </summary>
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
            if (StoreAccess.Countries(parse.GetValue(first)!, parse.GetValue(second)!) is not { } countries) return StoreAccess.Usage;
            var pair = FactCountries.PairKey(countries.First, countries.Second);
            var db = parse.GetValue(database)!;
            using var store = StoreAccess.OpenExisting(db);
            if (store is null) return 1;
            if (StoreAccess.CheckPair(store, db, pair) is { } usage) return usage;
            var events = Timeline.Of(store, pair);
            if (events.Count == 0) System.Console.WriteLine($"No dated events for {pair}.");
            foreach (var e in events)
            {
                var marks = new List<string>();
                if (FactStatus.IsPlanned(e.Fact)) marks.Add("planned");
                if (FactDates.IsInferred(e)) marks.Add("date inferred from publication");
                if (FactDates.Primary(e.Fact) is null) marks.Add("dated by its first report");
                if (e.Conflicts.Count > 0) marks.Add($"sources disagree: see facts {string.Join(", ", e.Conflicts)}");
                System.Console.WriteLine($"{e.Date,-10}  {FactDescription.Of(e.Fact)}{(marks.Count > 0 ? $" ({string.Join("; ", marks)})" : "")} [fact {e.Id}]");
                foreach (var s in e.Sources)
                    System.Console.WriteLine($"            source: {s.Outlet ?? Path.GetFileName(s.Source)}{(s.Published is null ? "" : ", " + s.Published)}, {s.Source} {s.Start}–{s.End}: \"{Flat(s.Quote)}\"");
            }
            return 0;
        });
        return command;
    }

    private static string Flat(string quote) => string.Join(' ', quote.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
