using System.CommandLine;
using Entente.Core.Knowledge;
using Entente.Core.Knowledge.Briefing;

namespace Entente.Cli.Commands;

/// <summary>`entente brief A B`: a briefing note on the pair, in Markdown or self-contained HTML.</summary>
public static class BriefCommand
{
    public static Command Create()
    {
        var database = CommonOptions.Database();
        var first = new Argument<string>("country") { Description = "A country: ISO code or name" };
        var second = new Argument<string>("other") { Description = "The other country" };
        var format = new Option<string>("--format") { Description = "md (default) or html", DefaultValueFactory = _ => "md", HelpName = "md|html" };
        format.AcceptOnlyFromAmong("md", "html");
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file (Markdown briefs then get their chart beside them)", HelpName = "FILE" };
        var since = CommonOptions.Since("Add a section on what was reported or happened on or after this ISO date");
        var command = new Command("brief", "Write a briefing note on two countries' relations, every statement cited") { first, second, database, format, output, since };
        command.SetAction(parse =>
        {
            if (StoreAccess.Countries(parse.GetValue(first)!, parse.GetValue(second)!) is not { } countries) return StoreAccess.Usage;
            var db = parse.GetValue(database)!;
            using var store = StoreAccess.OpenExisting(db);
            if (store is null) return 1;
            if (StoreAccess.CheckPair(store, db, FactCountries.PairKey(countries.First, countries.Second)) is { } usage) return usage;
            var brief = new BriefBuilder(store).Build(countries.First, countries.Second, parse.GetValue(since)?.Trim());
            var path = parse.GetValue(output);
            var html = parse.GetValue(format) == "html";
            var text = html ? BriefHtml.Render(brief) : brief.Markdown;
            if (path is null)
            {
                // On standard output a Markdown brief has nowhere to put its chart file, so it goes without.
                if (!html) text = string.Join('\n', text.Split('\n').Where(l => !l.Contains($"({Brief.ChartFile})", StringComparison.Ordinal)));
                System.Console.Out.Write(text);
                return 0;
            }
            if (!html && brief.TradeChartPng is { } png)
            {
                var chart = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, Path.GetFileNameWithoutExtension(path) + "-" + Brief.ChartFile);
                File.WriteAllBytes(chart, png);
                text = text.Replace($"({Brief.ChartFile})", $"({Path.GetFileName(chart)})", StringComparison.Ordinal);
            }
            File.WriteAllText(path, text);
            return 0;
        });
        return command;
    }
}
