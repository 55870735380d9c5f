using Entente.Core.Cleaning;

namespace Entente.Bench;

/// <summary>Wraps a cleaning stage to add up the time spent in it, on every thread (the threads' CPU time, not wall time).</summary>
public sealed class TimedStage(ICleaningStage inner) : ICleaningStage
{
    private long _ticks;

    public ICleaningStage Inner { get; } = inner;

    public TimeSpan Elapsed => TimeSpan.FromTicks(Interlocked.Read(ref _ticks));

    public void Apply(ArticleDraft draft, CleaningContext context)
    {
        var start = ThreadCpu.Now();
        Inner.Apply(draft, context);
        Interlocked.Add(ref _ticks, ThreadCpu.Now() - start);
    }
}
