using Entente.Core.Domain;
using Entente.Core.Extraction.Gazetteers;
using Entente.Core.Extraction.Sentences;

namespace Entente.Core.Extraction.Localities;

/// <summary>
/// Province and city partnerships between the article's two countries. In a sentence that speaks of
/// partnership ("twinned", "sister cities", "ties between"), the places of the two countries form runs
/// of one country each; consecutive runs pair up ("Hanoi and Ho Chi Minh City with Minsk" gives two,
/// "Kraków with Nuremberg, Wrocław with Dresden" gives two), and a new clause or a semicolon starts over.
/// Places of other countries, venues ("in Rabat") and datelines are ignored.
/// </summary>
public sealed class LocalityPartnershipExtractor : IFactExtractor
{
    public IEnumerable<Fact> Extract(ArticleContext context)
    {
        if (context.Pair is not { } pair) yield break;
        foreach (var sentence in context.Sentences)
        {
            if (!PartnershipCues.AnyIn(sentence.Text)) continue;
            var places = PartnerPlaces(context, sentence, pair);
            if (places.Select(p => p.Country).Distinct().Count() < 2) continue;
            foreach (var (a, b) in Pairs(context.Text, places))
                yield return new LocalityPartnership([a.Place, b.Place]) { Evidence = context.Evidence(sentence) };
        }
    }

    private sealed record Located(int Start, int End, Place Place, string Country);

    private static List<Located> PartnerPlaces(ArticleContext context, Sentence sentence, CountryPair pair)
    {
        var datelineEnd = DatelineEnd(sentence);
        var places = new List<Located>();
        foreach (var mention in context.MentionsIn(sentence))
        {
            if (mention.Kind != MentionKind.Place || mention.Start < datelineEnd) continue;
            var resolved = mention.Prefer(pair.Codes);
            var country = resolved.Countries.FirstOrDefault(pair.Contains);
            if (country is null || IsVenue(context.Text, sentence, mention.Start)) continue;
            places.Add(new Located(mention.Start, mention.End, new Place(resolved.Canonical, country), country));
        }
        return places;
    }

    /// <summary>Runs of one country pair up in order; a lone last run pairs with the run before it.</summary>
    private static IEnumerable<(Located, Located)> Pairs(string text, List<Located> places)
    {
        foreach (var unit in Units(text, places))
        {
            var runs = Runs(unit);
            for (var r = 0; r + 1 < runs.Count; r += 2)
                foreach (var pair in Cross(runs[r], runs[r + 1])) yield return pair;
            if (runs.Count % 2 == 1 && runs.Count > 1)
                foreach (var pair in Cross(runs[^2], runs[^1])) yield return pair;
        }
    }

    private static IEnumerable<(Located, Located)> Cross(List<Located> left, List<Located> right) =>
        from a in left from b in right select (a, b);

    /// <summary>The places split where a new clause begins.</summary>
    private static List<List<Located>> Units(string text, List<Located> places)
    {
        var units = new List<List<Located>> { new() };
        for (var i = 0; i < places.Count; i++)
        {
            if (i > 0 && ClauseGap.IsBreak(text[places[i - 1].End..places[i].Start])) units.Add([]);
            units[^1].Add(places[i]);
        }
        return units;
    }

    private static List<List<Located>> Runs(List<Located> unit)
    {
        var runs = new List<List<Located>>();
        foreach (var place in unit)
        {
            if (runs.Count == 0 || runs[^1][0].Country != place.Country) runs.Add([]);
            runs[^1].Add(place);
        }
        return runs;
    }

    /// <summary>"in Rabat", "at Hanoi": where something happened, not a partner.</summary>
    private static bool IsVenue(string text, Sentence sentence, int start)
    {
        var word = PreviousWord(text, sentence.Start, start);
        if (word.Equals("the", StringComparison.OrdinalIgnoreCase))
            word = PreviousWord(text, sentence.Start, start - word.Length - 1);
        return word is "in" or "In" or "at" or "At";
    }

    private static string PreviousWord(string text, int floor, int position)
    {
        var end = position;
        while (end > floor && !char.IsLetter(text[end - 1])) end--;
        var start = end;
        while (start > floor && char.IsLetter(text[start - 1])) start--;
        return text[start..end];
    }

    /// <summary>Where an agency dateline ("RABAT, 7 March (MAP) –") ends, or the sentence start.</summary>
    private static int DatelineEnd(Sentence sentence)
    {
        var window = sentence.Text.AsSpan(0, Math.Min(sentence.Text.Length, 80));
        foreach (var dash in (string[])[" – ", " - ", " -- ", " — ", ".- "])
        {
            var at = window.IndexOf(dash, StringComparison.Ordinal);
            if (at >= 0 && window[..at].IndexOfAny('(', ',') >= 0) return sentence.Start + at;
        }
        return sentence.Start;
    }
}
