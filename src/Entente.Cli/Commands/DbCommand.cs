using System.CommandLine;
using Entente.Core.Storage;

namespace Entente.Cli.Commands;

/// <summary>`entente db migrate`: brings a store's schema to this program's version (opening a store does it too).</summary>
public static class DbCommand
{
    public static Command Create()
    {
        var database = CommonOptions.Database();
        var migrate = new Command("migrate", "Create the store or bring its schema to this program's version") { database };
        migrate.SetAction(parse =>
        {
            var location = parse.GetValue(database)!;
            using var store = StoreAccess.Open(location);
            if (store is null) return 1;
            System.Console.WriteLine($"{store.Name}: schema version {store.SchemaVersion}");
            return 0;
        });
        return new Command("db", "Manage the store") { migrate };
    }
}
