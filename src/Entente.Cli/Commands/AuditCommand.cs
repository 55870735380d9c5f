using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Entente.Core.Domain;
using Entente.Core.Storage;

namespace Entente.Cli.Commands;

/// <summary>`entente audit [--since DATE] --format jsonl|csv`: the audit trail of review actions, oldest first.</summary>
public static class AuditCommand
{
    private static readonly string[] CsvHeader = ["id", "at", "user", "fact", "action", "before", "after", "reason"];

    public static Command Create()
    {
        var database = CommonOptions.Database();
        var since = new Option<string?>("--since") { Description = "Only actions at or after this ISO date or time (UTC)" };
        since.Validators.Add(r =>
        {
            var value = r.GetValueOrDefault<string?>();
            if (value is not null && !DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out _))
                r.AddError($"--since: '{value}' is not an ISO 8601 date or time");
        });
        var format = new Option<string>("--format") { Description = "jsonl (default) or csv", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "csv");
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output" };
        var command = new Command("audit", "Export the audit trail of review actions (who, when, fact, action, before, after, reason)") { database, since, format, output };
        command.SetAction(async (parse, cancellation) =>
        {
            using var store = StoreAccess.OpenExisting(parse.GetValue(database)!);
            if (store is null) return 1;
            var from = parse.GetValue(since) is { } s
                ? DateTime.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal).ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture)
                : null;
            var entries = store.Reviews.Audit(from);
            var path = parse.GetValue(output);
            await using var writer = path is null ? new StreamWriter(System.Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false)) : new StreamWriter(path, false, new System.Text.UTF8Encoding(false));
            if (parse.GetValue(format) == "csv")
            {
                writer.Write(string.Join(',', CsvHeader) + "\r\n");
                foreach (var e in entries)
                    writer.Write(string.Join(',', new[] { e.Id.ToString(CultureInfo.InvariantCulture), e.At, e.User, e.FactId.ToString(CultureInfo.InvariantCulture), e.Action, e.Before, e.After, e.Reason }.Select(Quote)) + "\r\n");
            }
            else
            {
                foreach (var e in entries) await writer.WriteLineAsync(JsonSerializer.Serialize(e, EntenteJson.Options).AsMemory(), cancellation).ConfigureAwait(false);
            }
            return 0;
        });
        return command;
    }

    private static string Quote(string? field)
    {
        if (field is null) return "";
        return field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
