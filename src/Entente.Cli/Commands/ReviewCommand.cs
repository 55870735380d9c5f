using System.CommandLine;
using Entente.Core.Review;

namespace Entente.Cli.Commands;

/// <summary>`entente review ID --accept|--reject REASON|--set field=value…|--merge-into ID|--split ARTICLE`: the workspace's review actions from the command line, audited the same way.</summary>
public static class ReviewCommand
{
    public static Command Create()
    {
        var database = CommonOptions.Database();
        var id = new Argument<long>("id") { Description = "The fact's id (as 'entente facts' lists it)" };
        var accept = new Option<bool>("--accept") { Description = "Confirm the fact as it stands" };
        var reject = new Option<string?>("--reject") { Description = "Reject the fact, giving the reason" };
        var set = new Option<string[]>("--set") { Description = "Correct a field: --set value.amount=151000000 --set period.end=2011-08 (\"field=\" removes an optional field)", AllowMultipleArgumentsPerToken = false };
        var mergeInto = new Option<long?>("--merge-into") { Description = "The fact is the same real-world fact as this one: merge it in" };
        var split = new Option<long?>("--split") { Description = "Split this article's statement off the fact (undoes a wrong merge)" };
        var reason = new Option<string?>("--reason") { Description = "A note kept in the audit trail with an edit, merge or split" };
        var user = new Option<string>("--user")
        {
            Description = "Who is reviewing, as recorded in the audit trail (default: cli:<login name>)",
            DefaultValueFactory = _ => "cli:" + Environment.UserName,
        };
        var command = new Command("review", "Accept, reject, correct, merge or split a fact; recorded in the audit trail") { id, database, accept, reject, set, mergeInto, split, reason, user };
        command.SetAction(parse =>
        {
            var actions = new List<ReviewRequest>();
            var note = parse.GetValue(reason);
            if (parse.GetValue(accept)) actions.Add(new ReviewRequest("accept"));
            if (parse.GetResult(reject) is not null) actions.Add(new ReviewRequest("reject", Reason: parse.GetValue(reject)));
            if (parse.GetValue(set) is { Length: > 0 } fields)
            {
                var edits = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var field in fields)
                {
                    var equals = field.IndexOf('=', StringComparison.Ordinal);
                    if (equals <= 0)
                    {
                        StoreAccess.Error($"--set: '{field}' is not field=value");
                        return 2;
                    }
                    edits[field[..equals].Trim()] = field[(equals + 1)..];
                }
                actions.Add(new ReviewRequest("edit", Reason: note, Set: edits));
            }
            if (parse.GetValue(mergeInto) is { } into) actions.Add(new ReviewRequest("merge", Reason: note, Into: into));
            if (parse.GetValue(split) is { } article) actions.Add(new ReviewRequest("split", Reason: note, Article: article));
            if (actions.Count != 1)
            {
                StoreAccess.Error("give exactly one of --accept, --reject REASON, --set field=value, --merge-into ID, --split ARTICLE");
                return 2;
            }
            using var store = StoreAccess.OpenExisting(parse.GetValue(database)!);
            if (store is null) return 1;
            try
            {
                foreach (var entry in new Reviewing(store).Apply(parse.GetValue(id), actions[0], parse.GetValue(user)!))
                    System.Console.WriteLine($"fact {entry.FactId}: {entry.Action}{(entry.After is null ? "" : $" → {entry.After}")} (audit {entry.Id}, {entry.At})");
                return 0;
            }
            catch (ReviewException e)
            {
                StoreAccess.Error($"fact {parse.GetValue(id)}: {e.Message}");
                return e.NotFound ? 1 : 2;
            }
        });
        return command;
    }
}
