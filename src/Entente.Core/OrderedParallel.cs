namespace Entente.Core;

/// <summary>
/// Maps a stream on every core in windows of a few items, giving results out in input order as each window
/// ends: only one window is held at a time, so a stream of any length is mapped in bounded memory.
/// </summary>
public static class OrderedParallel
{
    /// <summary>Items per core in one window: enough to keep the cores busy when item costs differ.</summary>
    private const int ItemsPerCore = 4;

    /// <summary>
    /// The mapped items, in order. On a pool thread the caller already works in parallel (over inputs), so there
    /// the items are mapped one by one: another level would only add contention.
    /// </summary>
    public static IEnumerable<TResult> Map<T, TResult>(IEnumerable<T> source, Func<T, TResult> map)
    {
        if (Environment.ProcessorCount < 2 || Thread.CurrentThread.IsThreadPoolThread) return source.Select(map);
        return Windows(source, map);
    }

    private static IEnumerable<TResult> Windows<T, TResult>(IEnumerable<T> source, Func<T, TResult> map)
    {
        foreach (var window in source.Chunk(ItemsPerCore * Environment.ProcessorCount))
        {
            if (window.Length == 1)
            {
                yield return map(window[0]);
                continue;
            }
            var results = new TResult[window.Length];
            Parallel.For(0, window.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i => results[i] = map(window[i]));
            foreach (var result in results) yield return result;
        }
    }
}
