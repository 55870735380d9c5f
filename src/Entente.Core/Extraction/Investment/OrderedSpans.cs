namespace Entente.Core.Extraction.Investment;

/// <summary>
/// Items in text order handed out by successive, non-overlapping ranges in text order (the clauses
/// of a sentence): one forward walk in all, however many ranges ask.
/// </summary>
internal sealed class OrderedSpans<T>(IReadOnlyList<T> items, Func<T, int> startOf, Func<T, int> endOf)
{
    private int _next;

    public List<T> Within(int start, int end)
    {
        while (_next < items.Count && startOf(items[_next]) < start) _next++;
        var found = new List<T>();
        while (_next < items.Count && startOf(items[_next]) < end)
        {
            if (endOf(items[_next]) <= end) found.Add(items[_next]);
            _next++;
        }
        return found;
    }
}
