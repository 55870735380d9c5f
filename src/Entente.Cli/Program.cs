using Spectre.Console;
using System.CommandLine;
using Entente.Cli.Commands;
using Entente.Cli.Console;

var root = new RootCommand("Entente: clean articles and typed facts about relations between two countries, from scraped news")
{
    ArticlesCommand.Create(),
    IngestCommand.Create(),
    ExtractCommand.Create(),
    AnnotateCommand.Create(),
    FactsCommand.Create(),
    TimelineCommand.Create(),
    BriefCommand.Create(),
    PairsCommand.Create(),
    DbCommand.Create(),
    ServeCommand.Create(),
    ReviewCommand.Create(),
    AuditCommand.Create(),
    UsersCommand.Create(),
};

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors) RunReport.Error.WriteLine($"entente: {error.Message}");
    RunReport.Error.WriteLine("Run 'entente --help' for usage.");
    return 2;
}
return await parse.InvokeAsync();
