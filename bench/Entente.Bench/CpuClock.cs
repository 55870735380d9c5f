using System.Diagnostics;

namespace Entente.Bench;

/// <summary>
/// Wall and process CPU time over a timed run, and a report of the parts timed inside it: parts are summed
/// over threads, so they are shares of the CPU time (never of the wall time, which would go negative). Also the bytes
/// allocated and the collections run meanwhile: unlike times, they do not vary with the load of a shared machine.
/// </summary>
public sealed class CpuClock
{
    private readonly Stopwatch _wall = Stopwatch.StartNew();
    private readonly TimeSpan _cpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
    private readonly long _allocatedAtStart = GC.GetTotalAllocatedBytes(precise: true);
    private readonly int[] _collectionsAtStart = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
    private readonly TimeSpan _jitAtStart = System.Runtime.JitInfo.GetCompilationTime();
    private readonly long _jittedAtStart = System.Runtime.JitInfo.GetCompiledMethodCount();

    public static CpuClock Start() => new();

    public void Report(long chars, IEnumerable<(string Name, TimeSpan Time)> parts, string rest)
    {
        var wall = _wall.Elapsed;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - _cpuAtStart;
        var list = parts.ToList();
        var timed = list.Aggregate(TimeSpan.Zero, (sum, p) => sum + p.Time);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - _allocatedAtStart;
        Console.WriteLine($"wall {wall.TotalSeconds:F2} s ({chars / 1e6 / wall.TotalSeconds:F2} MB/s), CPU {cpu.TotalSeconds:F2} s");
        Console.WriteLine($"allocated {allocated / 1e6:F0} MB ({(double)allocated / Math.Max(1, chars):F0} bytes per input char), collections gen0/1/2: " +
                          $"{GC.CollectionCount(0) - _collectionsAtStart[0]}/{GC.CollectionCount(1) - _collectionsAtStart[1]}/{GC.CollectionCount(2) - _collectionsAtStart[2]}; " +
                          $"methods JIT-compiled {System.Runtime.JitInfo.GetCompiledMethodCount() - _jittedAtStart} (in {(System.Runtime.JitInfo.GetCompilationTime() - _jitAtStart).TotalSeconds:F2} s of wall time: inflated on a loaded machine)");
        foreach (var (name, time) in list.Append((rest, cpu - timed)))
            Console.WriteLine($"  {name,-36} {time.TotalSeconds,7:F2} s  {100 * time / cpu,5:F1}%");
    }
}
