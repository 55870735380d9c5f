using System.CommandLine;
using Entente.Core.Storage;
using Entente.Web.Accounts;
using Spectre.Console;

namespace Entente.Cli.Commands;

/// <summary>`entente users add NAME --role R | token NAME | list`: the workspace's users; passwords and tokens are shown once and stored hashed.</summary>
public static class UsersCommand
{
    public static Command Create()
    {
        var command = new Command("users", "Manage the web workspace's users (viewer, reviewer, admin)");
        command.Subcommands.Add(Add());
        command.Subcommands.Add(Token());
        command.Subcommands.Add(List());
        return command;
    }

    private static Command Add()
    {
        var database = CommonOptions.Database();
        var name = new Argument<string>("name") { Description = "User name: letters, digits, '.', '-', '_'" };
        var role = new Option<string>("--role") { Description = "viewer (reads), reviewer (reads and reviews) or admin", Required = true };
        role.AcceptOnlyFromAmong([.. WorkspaceRoles.All]);
        var command = new Command("add", "Add a user and print their one-time password") { name, role, database };
        command.SetAction(parse =>
        {
            using var store = StoreAccess.OpenExisting(parse.GetValue(database)!);
            if (store is null) return 1;
            try
            {
                var password = Accounts.Add(store.Reviews, parse.GetValue(name)!, parse.GetValue(role)!);
                System.Console.WriteLine($"Added {parse.GetValue(name)} ({parse.GetValue(role)}). One-time password, shown only now:");
                System.Console.WriteLine(password);
                return 0;
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException)
            {
                StoreAccess.Error(e.Message);
                return 2;
            }
        });
        return command;
    }

    private static Command Token()
    {
        var database = CommonOptions.Database();
        var name = new Argument<string>("name") { Description = "The user" };
        var command = new Command("token", "Issue a new API bearer token for a user (the previous one stops working) and print it") { name, database };
        command.SetAction(parse =>
        {
            using var store = StoreAccess.OpenExisting(parse.GetValue(database)!);
            if (store is null) return 1;
            try
            {
                System.Console.WriteLine(Accounts.NewToken(store.Reviews, parse.GetValue(name)!));
                return 0;
            }
            catch (InvalidOperationException e)
            {
                StoreAccess.Error(e.Message);
                return 2;
            }
        });
        return command;
    }

    private static Command List()
    {
        var database = CommonOptions.Database();
        var command = new Command("list", "List the users and their roles") { database };
        command.SetAction(parse =>
        {
            using var store = StoreAccess.OpenExisting(parse.GetValue(database)!);
            if (store is null) return 1;
            var table = new Table().AddColumns("name", "role", "API token");
            foreach (var user in store.Reviews.Users()) table.AddRow(Markup.Escape(user.Name), user.Role, user.TokenHash is null ? "none" : "issued");
            AnsiConsole.Write(table);
            return 0;
        });
        return command;
    }
}
