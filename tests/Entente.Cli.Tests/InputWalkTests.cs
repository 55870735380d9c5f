using Entente.Cli.Tests.Support;
using Mono.Unix.Native;

namespace Entente.Cli.Tests;

/// <summary>The input walk ends whatever the folder holds, reads each file once and gives each odd path one line.</summary>
public class InputWalkTests
{
    private const string Good = """
        Kenya and Germany sign a labour mobility pact

        NAIROBI, May 2 (Agency) – Kenya and Germany signed an agreement on labour mobility that will let skilled Kenyan workers take jobs in German hospitals.
        """;

    private const string AlsoGood = """
        Chile and Singapore review their digital economy pact

        SANTIAGO, June 4 (Agency) – Chile and Singapore reviewed the digital economy partnership agreement they signed in 2020, officials said.
        """;

    [Fact]
    public void A_fifo_a_device_a_link_loop_and_a_folder_linked_twice_beside_good_files()
    {
        using var dir = new TempFolder();
        var root = Path.Combine(dir.Path, "in");
        dir.File("in/a_good.txt", Good);
        dir.File("in/sub/b_good.txt", AlsoGood);
        Assert.Equal(0, Syscall.mkfifo(Path.Combine(root, "pipe.txt"), FilePermissions.DEFFILEMODE));
        File.CreateSymbolicLink(Path.Combine(root, "device.txt"), "/dev/null");
        File.CreateSymbolicLink(Path.Combine(root, "sub", "up"), "..");
        File.CreateSymbolicLink(Path.Combine(root, "sub", "up_again"), "..");
        File.CreateSymbolicLink(Path.Combine(root, "twice1"), "sub");
        File.CreateSymbolicLink(Path.Combine(root, "twice2"), "sub");
        File.CreateSymbolicLink(Path.Combine(root, "same_file.txt"), "a_good.txt");

        var result = CliRunner.Run(dir.Path, "articles", root, Path.Combine(root, "a_good.txt"));

        Assert.Single(result.Stdout.Split('\n'), l => l.Contains("labour mobility", StringComparison.Ordinal));
        Assert.Single(result.Stdout.Split('\n'), l => l.Contains("digital economy", StringComparison.Ordinal));
        var lines = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        foreach (var odd in new[] { "pipe.txt: not a regular file (a FIFO)", "device.txt: not a regular file (a device)", "sub/up: a folder already read",
                     "sub/up_again: a folder already read", "twice1: a folder already read", "twice2: a folder already read" })
            Assert.Single(lines, l => l.Contains(odd, StringComparison.Ordinal));
        Assert.Single(lines, l => l.Contains("a_good.txt: the same file as an input already read", StringComparison.Ordinal));
        Assert.Equal(8, lines.Length);
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void A_fifo_named_on_the_command_line_is_a_failed_input_not_a_hang()
    {
        using var dir = new TempFolder();
        var good = dir.File("a_good.txt", Good);
        var pipe = Path.Combine(dir.Path, "pipe.txt");
        Assert.Equal(0, Syscall.mkfifo(pipe, FilePermissions.DEFFILEMODE));
        var result = CliRunner.Run(dir.Path, "articles", pipe, good);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("labour mobility", result.Stdout);
        Assert.Contains("pipe.txt: not a regular file (a FIFO), skipped", result.Stderr);
    }
}
