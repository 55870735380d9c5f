using System.Text.Json;
using Entente.Cli.Tests.Support;

namespace Entente.Cli.Tests;

public class ArticlesCommandTests
{
    private const string Story = """
        Chile and Singapore widen their digital trade pact

        SANTIAGO, April 9 (Agency) – Chile and Singapore agreed on Tuesday to widen their digital economy partnership to cover lithium supply chains.

        Two-way trade reached US$1.1 billion in 2023, officials said.

        Share on Facebook
        """;

    [Fact]
    public void Writes_one_json_line_per_article_in_the_schema_form()
    {
        using var dir = new TempFolder();
        var input = dir.File("story.txt", Story);
        var result = CliRunner.Run(dir.Path, "articles", input);
        Assert.Equal(0, result.ExitCode);
        var line = Assert.Single(result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        Assert.Equal(input, root.GetProperty("source").GetString());
        Assert.Equal("Chile and Singapore widen their digital trade pact", root.GetProperty("title").GetString());
        Assert.Equal("2024-04-09", root.GetProperty("published").GetString());
        var text = root.GetProperty("text").GetString()!;
        Assert.StartsWith("SANTIAGO, April 9 (Agency) – Chile", text);
        Assert.DoesNotContain("Share on Facebook", text);
        Assert.Contains("\n\nTwo-way trade", text);
        Assert.True(root.GetProperty("end").GetInt32() > root.GetProperty("start").GetInt32());
    }

    [Fact]
    public void Bad_inputs_get_one_line_each_and_good_ones_still_go_through()
    {
        using var dir = new TempFolder();
        dir.File("a_empty.txt", "");
        dir.File("b_binary.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01, 0x02, 0x00, 0xFF]);
        dir.File("c_good.txt", Story);
        dir.File("d_feed.jsonl", "{\"title\": \"Fine\", \"maintext\": \"Kenya and Germany held talks in Nairobi on labour mobility and vocational training.\"}\nnot json\n");
        var result = CliRunner.Run(dir.Path, "articles", dir.Path, "missing.txt");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(2, result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        var errors = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.Contains("building", StringComparison.Ordinal)).ToList();
        Assert.Contains(errors, l => l.Contains("a_empty.txt", StringComparison.Ordinal) && l.Contains("empty", StringComparison.Ordinal));
        Assert.Contains(errors, l => l.Contains("b_binary.txt", StringComparison.Ordinal) && l.Contains("binary", StringComparison.Ordinal));
        Assert.Contains(errors, l => l.Contains("d_feed.jsonl", StringComparison.Ordinal) && l.Contains("line 2", StringComparison.Ordinal));
        Assert.Contains(errors, l => l.Contains("missing.txt", StringComparison.Ordinal));
        Assert.DoesNotContain(errors, l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal));
    }

    [Fact]
    public void Reads_standard_input()
    {
        using var dir = new TempFolder();
        var result = CliRunner.RunWithInput(dir.Path, Story, "articles", "-");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"source\":\"-\"", result.Stdout);
    }

    [Fact]
    public void Published_option_overrides_the_date_and_is_validated()
    {
        using var dir = new TempFolder();
        var input = dir.File("story.txt", Story);
        Assert.Contains("\"published\":\"2019-01\"", CliRunner.Run(dir.Path, "articles", "--published", "2019-01", input).Stdout);
        var bad = CliRunner.Run(dir.Path, "articles", "--published", "last tuesday", input);
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("--published", bad.Stderr);
    }

    [Fact]
    public void Usage_errors_exit_with_2()
    {
        using var dir = new TempFolder();
        Assert.Equal(2, CliRunner.Run(dir.Path, "articles").ExitCode);
        Assert.Equal(2, CliRunner.Run(dir.Path, "no-such-command").ExitCode);
    }

    [Fact]
    public void Comments_option_writes_a_page_s_comments_as_their_own_record_and_the_encoding_is_named()
    {
        using var dir = new TempFolder();
        const string page = "<html><head><meta charset=\"windows-1251\"><title>Переговоры о поставках зерна</title></head><body>" +
            "<div class=\"entry-content\"><p>Министры двух стран встретились в понедельник и обсудили поставки зерна и удобрений на следующий сезон.</p>" +
            "<p>Следующая встреча рабочей группы пройдёт осенью, когда станут известны итоги урожая.</p></div>" +
            "<div id=\"comments\"><div class=\"comment\"><p>Хорошо, что вопрос о новом пункте пропуска наконец обсуждается.</p></div></div></body></html>";
        var input = dir.File("grain.html", System.Text.CodePagesEncodingProvider.Instance.GetEncoding(1251)!.GetBytes(page));

        var plain = CliRunner.Run(dir.Path, "articles", input);
        var only = Assert.Single(plain.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("пункте пропуска", only);

        var result = CliRunner.Run(dir.Path, "articles", "--comments", input);
        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Equal("windows-1251", lines[0].GetProperty("encoding").GetString());
        Assert.False(lines[0].TryGetProperty("part", out _));
        Assert.Contains("поставки зерна", lines[0].GetProperty("text").GetString());
        Assert.Equal("comments", lines[1].GetProperty("part").GetString());
        Assert.Equal("Хорошо, что вопрос о новом пункте пропуска наконец обсуждается.", lines[1].GetProperty("text").GetString());
    }
}
