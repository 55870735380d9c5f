using Entente.Cli.Tests.Support;

namespace Entente.Cli.Tests;

/// <summary>Usage errors are one line and exit code 2; options never swallow paths; error lines are never wrapped.</summary>
public sealed class CliConventionsTests : IClassFixture<CliConventionsTests.SmallStore>
{
    public sealed class SmallStore : IDisposable
    {
        public TempFolder Folder { get; } = new();

        public string Db => Path.Combine(Folder.Path, "kb.db");

        public string EmptyDb => Path.Combine(Folder.Path, "empty.db");

        public SmallStore()
        {
            var result = CliRunner.Run(Folder.Path, "ingest", "--db", Db, Repository.PathOf("tests", "corpus", "brief"));
            if (result.ExitCode != 0) throw new InvalidOperationException(result.Stderr);
            var empty = Folder.File("nothing.txt", "");
            CliRunner.Run(Folder.Path, "ingest", "--db", EmptyDb, empty);
        }

        public void Dispose() => Folder.Dispose();
    }

    private readonly SmallStore _store;

    public CliConventionsTests(SmallStore store) => _store = store;

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void A_comma_separated_types_option_leaves_the_paths_to_the_command()
    {
        var result = CliRunner.Run(Repository.Root, "extract", "--types", "trade,visit", "samples/agency_three_articles.txt");
        Assert.Equal(0, result.ExitCode);
        var types = Lines(result.Stdout).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("type").GetString()).ToList();
        Assert.NotEmpty(types);
        Assert.All(types, t => Assert.Contains(t, new[] { "trade", "visit" }));
    }

    [Fact]
    public void Extract_writes_only_the_schema_types_unless_an_added_type_is_asked_for()
    {
        var input = Repository.PathOf("tests", "corpus", "brief", "b_pacific_ledger_2025.txt");
        Assert.DoesNotContain("relationship_level", CliRunner.Run(_store.Folder.Path, "extract", input).Stdout);
        var level = CliRunner.Run(_store.Folder.Path, "extract", "--types", "relationship_level", input);
        Assert.Contains("\"level\":\"comprehensive strategic partnership\"", level.Stdout);
    }

    [Theory]
    [InlineData("brief", "Vietnam", "Viet Nam", "same country")]
    [InlineData("timeline", "VN", "VN", "same country")]
    [InlineData("brief", "Vietnam", "Japan", "known pairs: CL-VN")]
    [InlineData("timeline", "Vietnam", "Narnia", "'Narnia'")]
    [InlineData("facts", "--pair", "VN-JP", "known pairs: CL-VN")]
    [InlineData("facts", "--since", "yesterday", "--since: 'yesterday' is not an ISO 8601 date")]
    [InlineData("facts", "--since", "2025-13-01", "--since: '2025-13-01'")]
    [InlineData("brief", "--since", "2025-02-30", "--since: '2025-02-30'")]
    [InlineData("facts", "--format", "xml", "xml")]
    public void Usage_errors_are_one_line_with_a_hint_and_exit_code_2(string command, string first, string second, string expected)
    {
        string[] args = command == "brief" && first == "--since" ? [command, "VN", "CL", first, second] : [command, first, second];
        var result = CliRunner.Run(_store.Folder.Path, [.. args, "--db", _store.Db]);
        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(Lines(result.Stderr));
        Assert.Contains(expected, line);
        Assert.StartsWith("entente: ", line);
        Assert.Equal("", result.Stdout);
    }

    [Fact]
    public void A_bad_publication_date_is_a_usage_error()
    {
        var result = CliRunner.Run(Repository.Root, "articles", "--published", "2025-99", "samples/agency_three_articles.txt");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--published: '2025-99'", Assert.Single(Lines(result.Stderr)));
    }

    [Theory]
    [InlineData("brief", "VN", "CL")]
    [InlineData("timeline", "VN", "CL")]
    [InlineData("facts", "--format", "jsonl")]
    public void An_empty_store_is_a_usage_error(string command, string first, string second)
    {
        var result = CliRunner.Run(_store.Folder.Path, command, first, second, "--db", _store.EmptyDb);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("holds no facts", Assert.Single(Lines(result.Stderr)));
    }

    [Fact]
    public void A_mistyped_command_gets_the_nearest_one_in_one_line()
    {
        var result = CliRunner.Run(_store.Folder.Path, "extrct", "samples/");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("entente: unknown command 'extrct'; did you mean 'extract'?", Assert.Single(Lines(result.Stderr)));
    }

    [Fact]
    public void Error_lines_are_not_wrapped_when_standard_error_is_redirected()
    {
        var missing = Path.Combine(_store.Folder.Path, new string('x', 120) + ".txt");
        var result = CliRunner.Run(_store.Folder.Path, "articles", missing);
        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(Lines(result.Stderr));
        Assert.True(line.Length > 120, line);
        Assert.Contains(missing, line);
    }

    [Theory]
    [InlineData("facts")]
    [InlineData("extract")]
    [InlineData("brief")]
    public void Help_is_not_padded_to_the_width_of_a_list_of_types(string command)
    {
        var result = CliRunner.Run(_store.Folder.Path, command, "--help");
        Assert.Equal(0, result.ExitCode);
        Assert.All(Lines(result.Stdout), l => Assert.True(l.TrimEnd().Length <= 120, l));
    }
}
