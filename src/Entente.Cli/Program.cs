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

// A usage error is one line on standard error and exit code 2.
if (UsageErrors.UnknownCommand(root, args) is { } unknown)
{
    RunReport.ErrorLine(unknown);
    return 2;
}
var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    RunReport.ErrorLine(UsageErrors.Describe(parse));
    return 2;
}
return await parse.InvokeAsync();
