using System.Runtime.InteropServices;

namespace Entente.Bench;

/// <summary>
/// CPU time of the calling thread, so a part's time does not count the time its thread waited for a core
/// (on a busy machine wall time per call can be several times its CPU time). Linux only; elsewhere wall time.
/// </summary>
public static partial class ThreadCpu
{
    private const int ClockThreadCpuTime = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    /// <summary>The thread's CPU time so far, in 100 ns ticks.</summary>
    public static long Now()
    {
        if (OperatingSystem.IsLinux() && ClockGetTime(ClockThreadCpuTime, out var t) == 0) return t.Seconds * TimeSpan.TicksPerSecond + t.Nanoseconds / 100;
        return System.Diagnostics.Stopwatch.GetTimestamp() * TimeSpan.TicksPerSecond / System.Diagnostics.Stopwatch.Frequency;
    }
}
