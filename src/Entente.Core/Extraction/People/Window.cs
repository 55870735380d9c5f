using Entente.Core.Extraction.Gazetteers;
using Entente.Core.Text.Numbers;

namespace Entente.Core.Extraction.People;

/// <summary>
/// The items of a text-ordered list that lie within [from, to), found by binary search, so looking
/// around a phrase costs the size of the window and not of the sentence.
/// </summary>
internal static class Window
{
    public static IEnumerable<GazetteerMention> Mentions(ArticleContext context, int from, int to) =>
        Between(context.Mentions, from, to, m => m.Start, m => m.End);

    public static IEnumerable<NumberMention> Numbers(ArticleContext context, int from, int to) =>
        Between(context.Numbers, from, to, n => n.Start, n => n.End);

    public static IEnumerable<T> Between<T>(IReadOnlyList<T> items, int from, int to, Func<T, int> start, Func<T, int> end)
    {
        int lo = 0, hi = items.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (start(items[mid]) < from) lo = mid + 1;
            else hi = mid;
        }
        for (var i = lo; i < items.Count && start(items[i]) < to; i++)
            if (end(items[i]) <= to) yield return items[i];
    }
}
