using System.Text;
using Entente.Cli.Tests.Support;

namespace Entente.Cli.Tests;

/// <summary>Inputs built to hurt: each gets a one-line message or is handled, and good inputs in the same run still come out.</summary>
public class HostileInputTests
{
    private const string Good = """
        Kenya and Germany sign a labour mobility pact

        NAIROBI, May 2 (Agency) – Kenya and Germany signed an agreement on labour mobility that will let skilled Kenyan workers take jobs in German hospitals.

        Trade between the two countries was worth €610 million in the first half of 2024.
        """;

    private static CliRunner.Result RunWith(TempFolder dir, string name, byte[] hostile)
    {
        dir.File("a_good.txt", Good);
        dir.File(name, hostile);
        return CliRunner.Run(dir.Path, "articles", dir.Path);
    }

    private static void AssertHandled(CliRunner.Result result)
    {
        Assert.InRange(result.ExitCode, 0, 1);
        Assert.Contains("labour mobility", result.Stdout);
        Assert.DoesNotContain("   at ", result.Stderr);
        Assert.DoesNotContain("Exception", result.Stderr);
    }

    [Fact]
    public void A_20_megabyte_file()
    {
        using var dir = new TempFolder();
        var paragraph = "Officials from both countries reviewed trade, investment and tourism at length in the capital on Monday. ";
        var text = new StringBuilder();
        while (text.Length < 20_000_000) text.Append(paragraph).Append(text.Length % 2000 < 120 ? "\n\n" : "");
        var result = RunWith(dir, "b_huge.txt", Encoding.UTF8.GetBytes(text.ToString()));
        AssertHandled(result);
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void A_two_megabyte_line_without_spaces()
    {
        using var dir = new TempFolder();
        var line = string.Concat(Enumerable.Repeat("tradeandinvestmentcooperation", 2_000_000 / 29));
        AssertHandled(RunWith(dir, "b_line.txt", Encoding.UTF8.GetBytes("Headline of the long line\n\n" + line + "\n")));
    }

    [Fact]
    public void Html_nested_twenty_thousand_levels_deep()
    {
        using var dir = new TempFolder();
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 20_000)) + "<p>Deep text about ports and rail links between the two countries.</p>"
                   + string.Concat(Enumerable.Repeat("</div>", 20_000)) + "</body></html>";
        AssertHandled(RunWith(dir, "b_deep.html", Encoding.UTF8.GetBytes(html)));
    }

    [Fact]
    public void Html_full_of_scripts()
    {
        using var dir = new TempFolder();
        var script = "<script>" + string.Concat(Enumerable.Repeat("var x = '<p>not text</p>'; document.write(x);", 20_000)) + "</script>";
        var html = $"<html><head><title>Ports deal</title>{script}</head><body>{script}<article><p>Chile and Singapore agreed to link their ports and customs systems next year, officials said.</p></article>{script}</body></html>";
        var result = RunWith(dir, "b_scripts.html", Encoding.UTF8.GetBytes(html));
        AssertHandled(result);
        Assert.Contains("link their ports", result.Stdout);
        Assert.DoesNotContain("document.write", result.Stdout);
    }

    [Fact]
    public void Invalid_utf8_is_replaced_and_reported_as_a_warning()
    {
        using var dir = new TempFolder();
        var bytes = Encoding.UTF8.GetBytes("Trade talks resume\n\nThe two sides met in Hanoi on Monday to resume trade talks ").Concat(new byte[] { 0xFF, 0xFE, 0xC3 }).Concat(Encoding.UTF8.GetBytes(" after a pause.\n")).ToArray();
        var result = RunWith(dir, "b_invalid.txt", bytes);
        AssertHandled(result);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("b_invalid.txt: warning: invalid UTF-8", result.Stderr);
        Assert.Contains("resume trade talks", result.Stdout);
    }
}
