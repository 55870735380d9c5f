using Entente.Cli.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Entente.Cli.Tests;

public class IngestCommandTests
{
    private static string Story(string city) => $"""
        Laos and Thailand set a new trade goal

        Vientiane (Agency) – Laos and Thailand have set a target of raising bilateral trade to US$10 billion by 2026, officials said after the 23rd meeting of their joint commission in {city}.

        Thailand is the third largest investor in Laos, with 785 projects worth around US$5.1 billion, and the two sides pledged to speed up the construction of a new bridge across the Mekong.

        Some 250 Lao students received Thai government scholarships in the 2023-2024 academic year, and the two sides agreed to expand vocational training in tourism and logistics.
        """;

    private static long Count(string db, string table)
    {
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table}";
        return (long)command.ExecuteScalar()!;
    }

    [Fact]
    public void Ingesting_the_same_content_twice_adds_nothing()
    {
        using var dir = new TempFolder();
        var db = Path.Combine(dir.Path, "kb.db");
        dir.File("in/a.txt", Story("Vientiane"));
        Assert.Equal(0, CliRunner.Run(dir.Path, "ingest", "--db", db, Path.Combine(dir.Path, "in")).ExitCode);
        var again = CliRunner.Run(dir.Path, "ingest", "--db", db, Path.Combine(dir.Path, "in"));
        Assert.Equal(0, again.ExitCode);
        Assert.Equal(1, Count(db, "documents"));
        Assert.Equal(1, Count(db, "articles"));
    }

    [Fact]
    public void The_same_story_from_another_site_is_linked_as_a_duplicate()
    {
        using var dir = new TempFolder();
        var db = Path.Combine(dir.Path, "kb.db");
        var first = dir.File("site1.txt", Story("Vientiane"));
        var second = dir.File("site2.txt", "Share\n\n" + Story("the Lao capital") + "\n\nRelated\n\nAnother story entirely about something else\n");
        Assert.Equal(0, CliRunner.Run(dir.Path, "ingest", "--db", db, first, second).ExitCode);
        Assert.Equal(2, Count(db, "documents"));
        Assert.Equal(2, Count(db, "articles"));
        Assert.Equal(1, Count(db, "articles WHERE duplicate_of IS NOT NULL"));
    }

    [Fact]
    public void A_failing_input_leaves_the_others_stored()
    {
        using var dir = new TempFolder();
        var db = Path.Combine(dir.Path, "kb.db");
        dir.File("in/a.txt", Story("Vientiane"));
        dir.File("in/b.txt", "");
        var result = CliRunner.Run(dir.Path, "ingest", "--db", db, Path.Combine(dir.Path, "in"));
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(1, Count(db, "documents"));
    }

    [Fact]
    public void The_database_defaults_to_the_environment_variable_then_the_working_folder()
    {
        using var dir = new TempFolder();
        var input = dir.File("a.txt", Story("Vientiane"));
        Assert.Equal(0, CliRunner.Run(dir.Path, "ingest", input).ExitCode);
        Assert.True(File.Exists(Path.Combine(dir.Path, "entente.db")));
    }
}
