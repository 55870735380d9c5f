using System.Diagnostics;
using Entente.Core.Cleaning;

namespace Entente.Bench;

/// <summary>Wraps a cleaning stage to add up the time spent in it.</summary>
public sealed class TimedStage(ICleaningStage inner) : ICleaningStage
{
    public ICleaningStage Inner { get; } = inner;

    public TimeSpan Elapsed { get; private set; }

    public void Apply(ArticleDraft draft, CleaningContext context)
    {
        var start = Stopwatch.GetTimestamp();
        Inner.Apply(draft, context);
        Elapsed += Stopwatch.GetElapsedTime(start);
    }
}
