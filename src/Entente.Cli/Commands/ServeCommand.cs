using System.CommandLine;
using Entente.Web;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Entente.Cli.Commands;

/// <summary>`entente serve`: the web workspace on the store, bound to this machine unless told otherwise.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var database = CommonOptions.Database();
        var port = new Option<int>("--port") { Description = "Port to listen on", DefaultValueFactory = _ => 5080 };
        port.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 1 or > 65535) r.AddError("--port: must be 1 to 65535"); });
        var host = new Option<string>("--host") { Description = "Address to bind (127.0.0.1 keeps the workspace on this machine; 0.0.0.0 opens it to the network)", DefaultValueFactory = _ => "127.0.0.1" };
        var command = new Command("serve", "Start the web workspace: browse the knowledge base, review facts, JSON API under /api") { database, port, host };
        command.SetAction(async (parse, cancellation) =>
        {
            var db = Path.GetFullPath(parse.GetValue(database)!);
            int users;
            using (var store = StoreAccess.OpenExisting(db))
            {
                if (store is null) return 1;
                users = store.Reviews.UserCount();
            }
            var url = $"http://{(parse.GetValue(host)!.Contains(':') ? $"[{parse.GetValue(host)}]" : parse.GetValue(host))}:{parse.GetValue(port)}";
            var app = WorkspaceHost.Build([], builder =>
            {
                builder.Configuration[$"{WorkspaceOptions.Section}:{nameof(WorkspaceOptions.Db)}"] = db;
                builder.WebHost.UseUrls(url);
                // This command says where it listens; the host's own start-up lines would repeat it.
                builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);
            });
            try
            {
                await app.StartAsync(cancellation).ConfigureAwait(false);
            }
            catch (IOException e)
            {
                StoreAccess.Error($"cannot listen on {url} ({e.Message})");
                return 1;
            }
            System.Console.WriteLine($"Entente workspace on {url}/ (store: {db})");
            if (users == 0) System.Console.WriteLine("Read-only: the store has no users. Add one with 'entente users add NAME --role reviewer' to review facts.");
            System.Console.WriteLine("Press Ctrl+C to stop.");
            await app.WaitForShutdownAsync(cancellation).ConfigureAwait(false);
            return 0;
        });
        return command;
    }
}
