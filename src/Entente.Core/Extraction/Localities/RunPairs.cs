using Entente.Core.Extraction.Sentences;

namespace Entente.Core.Extraction.Localities;

/// <summary>
/// Pairs places that are not a plain list of pairs: the places of one country form runs, runs pair
/// up in order, and a lone last run pairs with the run before it ("Hanoi, Ho Chi Minh City, and
/// Minsk"; "Brest has an agreement with Hai Phong, which also cooperates with Seine-Saint-Denis").
/// A new clause (", and Hanoi has…") starts over.
/// </summary>
internal static class RunPairs
{
    public static List<(Slot, Slot)> Read(SentenceView view, List<Slot> places)
    {
        var text = view.Tokens.Text;
        var pairs = new List<(Slot, Slot)>();
        foreach (var unit in Units(text, places))
        {
            var runs = Runs(unit);
            for (var r = 0; r + 1 < runs.Count; r += 2) pairs.AddRange(Cross(view, runs[r], runs[r + 1]));
            if (runs.Count % 2 == 1 && runs.Count > 1) pairs.AddRange(Cross(view, runs[^2], runs[^1]));
        }
        return pairs;
    }

    /// <summary>
    /// Every place of one run with every place of the next, unless the words between them speak of travel or the first
    /// run is where a visit went.
    /// </summary>
    private static IEnumerable<(Slot, Slot)> Cross(SentenceView view, List<Slot> left, List<Slot> right) =>
        UnlinkingWords.InGap(view, left[^1].End, right[0].Start) || UnlinkingWords.VisitDestination(view, left[0].Start)
            ? []
            : from a in left from b in right select (a, b);

    private static List<List<Slot>> Units(string text, List<Slot> places)
    {
        var units = new List<List<Slot>> { new() };
        for (var i = 0; i < places.Count; i++)
        {
            if (i > 0 && ClauseGap.IsBreak(text[places[i - 1].End..places[i].Start])) units.Add([]);
            units[^1].Add(places[i]);
        }
        return units;
    }

    private static List<List<Slot>> Runs(List<Slot> unit)
    {
        var runs = new List<List<Slot>>();
        foreach (var place in unit)
        {
            if (runs.Count == 0 || runs[^1][0].Country != place.Country) runs.Add([]);
            runs[^1].Add(place);
        }
        return runs;
    }
}
