using System.Diagnostics;

namespace Entente.Bench;

/// <summary>
/// Wall and process CPU time over a timed run, and a report of the parts timed inside it: parts are summed
/// over threads, so they are shares of the CPU time (never of the wall time, which would go negative).
/// </summary>
public sealed class CpuClock
{
    private readonly Stopwatch _wall = Stopwatch.StartNew();
    private readonly TimeSpan _cpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;

    public static CpuClock Start() => new();

    public void Report(long chars, IEnumerable<(string Name, TimeSpan Time)> parts, string rest)
    {
        var wall = _wall.Elapsed;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - _cpuAtStart;
        var list = parts.ToList();
        var timed = list.Aggregate(TimeSpan.Zero, (sum, p) => sum + p.Time);
        Console.WriteLine($"wall {wall.TotalSeconds:F2} s ({chars / 1e6 / wall.TotalSeconds:F2} MB/s), CPU {cpu.TotalSeconds:F2} s");
        foreach (var (name, time) in list.Append((rest, cpu - timed)))
            Console.WriteLine($"  {name,-36} {time.TotalSeconds,7:F2} s  {100 * time / cpu,5:F1}%");
    }
}
