using System.Text.Json;
using Entente.Cli.Tests.Support;

namespace Entente.Cli.Tests;

/// <summary>review, audit and users from the command line: a rejected fact leaves the brief and stays rejected when its input comes again.</summary>
public sealed class ReviewCommandsTests
{
    private static string Sample(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "samples", name))) return Path.Combine(dir.FullName, "samples", name);
        throw new InvalidOperationException($"samples/{name} was not found above {AppContext.BaseDirectory}");
    }

    private static List<JsonElement> Lines(string stdout) =>
        stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();

    [Fact]
    public void A_rejected_fact_leaves_the_brief_stays_rejected_on_reingest_and_is_audited()
    {
        using var folder = new TempFolder();
        var db = Path.Combine(folder.Path, "kb.db");
        var text = File.ReadAllText(Sample("agency_three_articles.txt"));
        var input = folder.File("three.txt", text);
        Assert.Equal(0, CliRunner.Run(folder.Path, "ingest", "--db", db, input).ExitCode);
        var trade = Lines(CliRunner.Run(folder.Path, "facts", "--db", db, "--pair", "VN-JP", "--type", "trade", "--format", "jsonl").Stdout).First();
        var id = trade.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var quote = trade.GetProperty("sources")[0].GetProperty("quote").GetString()!;
        Assert.Contains("44.8 billion USD", CliRunner.Run(folder.Path, "brief", "VN", "JP", "--db", db).Stdout);

        var rejected = CliRunner.Run(folder.Path, "review", id, "--reject", "the year is wrong", "--user", "ana", "--db", db);
        Assert.Equal(0, rejected.ExitCode);

        // The same input again adds nothing; the same story saved by another site adds a source to the rejected fact.
        Assert.Equal(0, CliRunner.Run(folder.Path, "ingest", "--db", db, input).ExitCode);
        Assert.Equal(0, CliRunner.Run(folder.Path, "ingest", "--db", db, folder.File("copy.txt", text + "\n\nShare this story.\n")).ExitCode);

        Assert.DoesNotContain("44.8 billion USD", CliRunner.Run(folder.Path, "brief", "VN", "JP", "--db", db).Stdout);
        var listed = CliRunner.Run(folder.Path, "facts", "--db", db, "--pair", "VN-JP", "--format", "jsonl").Stdout;
        Assert.DoesNotContain(Lines(listed), f => f.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture) == id);
        Assert.DoesNotContain(quote, listed);
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Pooling=False"))
        {
            connection.Open();
            using var query = connection.CreateCommand();
            query.CommandText = $"SELECT (SELECT COUNT(*) FROM kb_sources WHERE fact_id = {id}) || ' ' || (SELECT status FROM review_state WHERE fact_id = {id})";
            Assert.Equal("2 rejected", query.ExecuteScalar());
        }

        var audit = CliRunner.Run(folder.Path, "audit", "--db", db, "--format", "csv");
        Assert.Equal(0, audit.ExitCode);
        var rows = audit.Stdout.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id,at,user,fact,action,before,after,reason", rows[0]);
        Assert.Matches($"^1,[0-9T:.-]+Z,ana,{id},reject,unreviewed,rejected,the year is wrong$", Assert.Single(rows[1..]));
        var since = Lines(CliRunner.Run(folder.Path, "audit", "--db", db, "--since", "2000-01-01", "--format", "jsonl").Stdout);
        Assert.Equal("reject", Assert.Single(since).GetProperty("action").GetString());
        Assert.Empty(Lines(CliRunner.Run(folder.Path, "audit", "--db", db, "--since", "2999-01-01").Stdout));
    }

    [Fact]
    public void Edits_are_checked_and_users_get_one_time_passwords()
    {
        using var folder = new TempFolder();
        var db = Path.Combine(folder.Path, "kb.db");
        Assert.Equal(0, CliRunner.Run(folder.Path, "ingest", "--db", db, Sample("agency_three_articles.txt")).ExitCode);
        var id = Lines(CliRunner.Run(folder.Path, "facts", "--db", db, "--pair", "VN-JP", "--type", "trade", "--format", "jsonl").Stdout).First().GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);

        var bad = CliRunner.Run(folder.Path, "review", id, "--set", "value.currency=dollars", "--db", db);
        Assert.Equal(2, bad.ExitCode);
        Assert.Equal($"entente: fact {id}: value.currency: 'dollars' is not an ISO 4217 currency code", bad.Stderr.Trim());
        Assert.Equal(2, CliRunner.Run(folder.Path, "review", id, "--accept", "--reject", "both", "--db", db).ExitCode);
        Assert.Equal(1, CliRunner.Run(folder.Path, "review", "99999", "--accept", "--db", db).ExitCode);

        var edit = CliRunner.Run(folder.Path, "review", id, "--set", "value.amount=44900000000", "--db", db);
        Assert.Equal(0, edit.ExitCode);
        var shown = Lines(CliRunner.Run(folder.Path, "facts", "--db", db, "--pair", "VN-JP", "--type", "trade", "--format", "jsonl").Stdout).First();
        Assert.Equal("edited", shown.GetProperty("review").GetString());
        Assert.Equal(44_900_000_000m, shown.GetProperty("value").GetProperty("amount").GetDecimal());

        var added = CliRunner.Run(folder.Path, "users", "add", "ana", "--role", "reviewer", "--db", db);
        Assert.Equal(0, added.ExitCode);
        var password = added.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1].Trim();
        Assert.True(password.Length >= 16);
        Assert.DoesNotContain(password, File.ReadAllText(db, System.Text.Encoding.Latin1));
        Assert.Equal(2, CliRunner.Run(folder.Path, "users", "add", "ana", "--role", "viewer", "--db", db).ExitCode);
        Assert.StartsWith("ent_", CliRunner.Run(folder.Path, "users", "token", "ana", "--db", db).Stdout);
    }
}
