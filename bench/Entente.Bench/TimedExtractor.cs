using System.Diagnostics;
using Entente.Core.Domain;
using Entente.Core.Extraction;

namespace Entente.Bench;

/// <summary>Wraps an extractor to add up the time spent in it.</summary>
public sealed class TimedExtractor(IFactExtractor inner) : IFactExtractor
{
    public IFactExtractor Inner { get; } = inner;

    public TimeSpan Elapsed { get; private set; }

    public IEnumerable<Fact> Extract(ArticleContext context)
    {
        var start = Stopwatch.GetTimestamp();
        var facts = Inner.Extract(context).ToList();
        Elapsed += Stopwatch.GetElapsedTime(start);
        return facts;
    }
}
