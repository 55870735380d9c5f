using Entente.Core.Domain;
using Entente.Core.Extraction;

namespace Entente.Bench;

/// <summary>Wraps an extractor to add up the time spent in it, on every thread (the threads' CPU time, not wall time).</summary>
public sealed class TimedExtractor(IFactExtractor inner) : IFactExtractor
{
    private long _ticks;

    public IFactExtractor Inner { get; } = inner;

    public TimeSpan Elapsed => TimeSpan.FromTicks(Interlocked.Read(ref _ticks));

    public IEnumerable<Fact> Extract(ArticleContext context)
    {
        var start = ThreadCpu.Now();
        var facts = Inner.Extract(context).ToList();
        Interlocked.Add(ref _ticks, ThreadCpu.Now() - start);
        return facts;
    }
}
