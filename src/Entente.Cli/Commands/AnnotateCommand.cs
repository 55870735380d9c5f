using System.CommandLine;
using Entente.Cli.Console;
using Entente.Core.Cleaning;
using Entente.Core.Extraction;
using Entente.Core.Ingest;

namespace Entente.Cli.Commands;

/// <summary>
/// `entente annotate PATH…`: every sentence with what Entente recognised in it (countries, places,
/// offices, bodies, people, money, numbers, dates), to see why a fact was or was not read.
/// </summary>
public static class AnnotateCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths();
        var published = CommonOptions.Published();
        var command = new Command("annotate", "Show each sentence with the names, people, amounts and dates recognised in it") { paths, published };
        command.SetAction(parse =>
        {
            var context = new CleaningContext { PublishedOverride = MetadataDate.Normalize(parse.GetValue(published)) };
            var pipeline = new ArticlePipelineBuilder().UseDefaults().Build();
            var report = new RunReport();
            var stdout = System.Console.Out;
            InputLoop.Run(parse.GetValue(paths)!, report, document =>
            {
                foreach (var article in pipeline.Process(document, context))
                {
                    var ctx = new ArticleContext(article);
                    stdout.WriteLine($"# {article.Source}: {article.Title} (published {article.Published ?? "?"}; pair {ctx.Pair?.First}-{ctx.Pair?.Second})");
                    foreach (var sentence in ctx.Sentences)
                    {
                        stdout.WriteLine($"[{sentence.Index}] {sentence.Text}");
                        foreach (var m in ctx.MentionsIn(sentence))
                            stdout.WriteLine($"    {m.Kind,-8} {ctx.Text[m.Start..m.End]} => {m.Canonical} {m.Code} [{string.Join(",", m.Countries)}]{(m.IsDemonym ? " demonym" : "")}");
                        foreach (var p in ctx.PeopleIn(sentence))
                            stdout.WriteLine($"    person   {p.Name} | office {p.Office} | country {p.Country}");
                        foreach (var m in ctx.MoneyIn(sentence))
                            stdout.WriteLine($"    money    {ctx.Text[m.Start..m.End]} => {m.Value.Amount} {m.Value.Currency}{(m.Max is { } max ? $"..{max}" : "")} {m.Qualifier}");
                        foreach (var n in ctx.NumbersIn(sentence))
                            stdout.WriteLine($"    number   {ctx.Text[n.Start..n.End]} => {n.Kind} {n.Value}{(n.Max is { } max ? $"..{max}" : "")} {n.Qualifier}");
                        foreach (var d in ctx.DatesIn(sentence))
                            stdout.WriteLine($"    date     {ctx.Text[d.Start..d.End]} => {d.From}..{d.To}{(d.Relative ? " relative" : "")}");
                    }
                }
            });
            return report.ExitCode;
        });
        return command;
    }
}
