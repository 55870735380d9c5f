using Entente.Core.Domain;
using Entente.Core.Extraction.Gazetteers;
using Entente.Core.Extraction.Investment;
using Entente.Core.Extraction.Sentences;
using Entente.Core.Text;

namespace Entente.Core.Extraction.Localities;

/// <summary>
/// Province and city partnerships between the article's two countries, from sentences that speak
/// of partnership ("twinned", "sister cities", "ties between"). A list of pairs ("Baku is twinned
/// with Izmir, Ganja with Bursa") gives its pairs, a place the gazetteer does not know taking the
/// other country of its partner. Otherwise the places of the two countries form runs of one country
/// each and consecutive runs pair up ("Hanoi and Ho Chi Minh City with Minsk" gives two). A new
/// clause or a semicolon starts over; places of other countries, venues ("in Rabat"), datelines and
/// plans ("could twin") give nothing.
/// </summary>
public sealed class LocalityPartnershipExtractor : IFactExtractor
{
    public IEnumerable<Fact> Extract(ArticleContext context)
    {
        if (context.Pair is not { } pair) yield break;
        foreach (var sentence in context.Sentences)
        {
            if (!PartnershipCues.AnyIn(sentence.Text)) continue;
            var words = context.View(sentence).Words;
            if (Hypotheticals.AnyIn(words) || UnlinkingWords.AboutTransport(words) || UnlinkingWords.AboutStates(words)) continue;
            // "relations between Athens and Ankara": under a general cue, two capitals stand for their states.
            var capitalsAreStates = !PartnershipCues.LocalIn(sentence.Text) && !UnlinkingWords.NamesLocalities(words);
            foreach (var segment in Segments(context.Text, Slots(context, sentence, pair)))
            {
                if (segment.Count < 2) continue;
                var pairs = PairList.Read(context.View(sentence), segment, pair) ?? RunPairs.Read(context.View(sentence), segment.Where(s => s.Country is { } c && pair.Contains(c)).ToList());
                // "between Rabat and Dakar, and Casablanca and Thiès": beside a pair of other cities, capitals are cities too.
                var statesHere = capitalsAreStates && pairs.All(p => Capitals.Both(p.Item1, p.Item2));
                foreach (var (a, b) in pairs)
                    if (!statesHere || !Capitals.Both(a, b))
                        yield return new LocalityPartnership([new Place(a.Name, a.Country), new Place(b.Name, b.Country)]) { Evidence = context.Evidence(sentence) };
            }
        }
    }

    /// <summary>Known places (read as the pair's where they can be) and unknown listed names, in text order.</summary>
    private static List<Slot> Slots(ArticleContext context, Sentence sentence, CountryPair pair)
    {
        var datelineEnd = DatelineEnd(sentence);
        var mentions = context.MentionsIn(sentence).ToList();
        var slots = new List<Slot>();
        foreach (var mention in mentions)
        {
            if (mention.Kind != MentionKind.Place || mention.Start < datelineEnd || IsVenue(context.Text, sentence, mention.Start)) continue;
            var resolved = mention.Prefer(pair.Codes);
            var country = resolved.Countries.FirstOrDefault(pair.Contains) ?? resolved.Countries.FirstOrDefault() ?? "";
            slots.Add(new Slot(mention.Start, mention.End, LocalityName.Of(context.Text[mention.Start..mention.End], resolved.Canonical), country));
        }
        slots.AddRange(UnknownPlaces.Find(context.View(sentence), datelineEnd, mentions));
        return ContainingPlaces.Drop(context.Text, OutsideBrackets(context.Text, sentence.Start, [.. slots.OrderBy(s => s.Start)]));
    }

    /// <summary>"the city of Khujand (the capital of Sughd province)": a place inside brackets only describes the one before.</summary>
    private static List<Slot> OutsideBrackets(string text, int from, List<Slot> ordered)
    {
        var kept = new List<Slot>(ordered.Count);
        var depth = 0;
        var at = from;
        foreach (var slot in ordered)
        {
            for (; at < slot.Start; at++)
            {
                if (text[at] == '(') depth++;
                else if (text[at] == ')' && depth > 0) depth--;
            }
            if (depth == 0) kept.Add(slot);
        }
        return kept;
    }

    private static List<List<Slot>> Segments(string text, List<Slot> slots)
    {
        var segments = new List<List<Slot>> { new() };
        for (var i = 0; i < slots.Count; i++)
        {
            if (i > 0 && text.AsSpan(slots[i - 1].End, slots[i].Start - slots[i - 1].End).Contains(';')) segments.Add([]);
            segments[^1].Add(slots[i]);
        }
        return segments;
    }

    /// <summary>"in Rabat", "at Hanoi": where something happened, not a partner.</summary>
    private static bool IsVenue(string text, Sentence sentence, int start)
    {
        var word = PreviousWord(text, sentence.Start, start);
        if (word.Equals("the", StringComparison.OrdinalIgnoreCase))
            word = PreviousWord(text, sentence.Start, start - word.Length - 1);
        // "in China's Anhui province": the possessor names whose place it is, the venue word stands before it.
        if (word == "s")
        {
            var apostrophe = start;
            while (apostrophe > sentence.Start && text[apostrophe - 1] != 's') apostrophe--;
            if (apostrophe - 2 > sentence.Start && text[apostrophe - 2] is '\'' or '’')
            {
                var owner = PreviousWord(text, sentence.Start, apostrophe - 2);
                word = PreviousWord(text, sentence.Start, apostrophe - 2 - owner.Length);
            }
        }
        // "took place in the city of Harare".
        if (word is "of" && start - 3 > sentence.Start)
        {
            var noun = PreviousWord(text, sentence.Start, start - 3);
            if (noun is "city" or "town" or "capital")
            {
                var before = PreviousWord(text, sentence.Start, TextStart(text, sentence.Start, start - 3, noun));
                if (before is "the") before = PreviousWord(text, sentence.Start, TextStart(text, sentence.Start, start - 3, noun) - 4);
                return before is "in" or "In" or "at" or "At";
            }
        }
        return word is "in" or "In" or "at" or "At";
    }

    // Where the word read back from position starts.
    private static int TextStart(string text, int floor, int position, string word)
    {
        var end = position;
        while (end > floor && !char.IsLetter(text[end - 1])) end--;
        return end - word.Length;
    }

    private static string PreviousWord(string text, int floor, int position)
    {
        // Look a short way back only: a venue preposition sits right before the name.
        floor = Math.Max(floor, position - 24);
        var end = position;
        while (end > floor && !char.IsLetter(text[end - 1])) end--;
        var start = end;
        while (start > floor && char.IsLetter(text[start - 1])) start--;
        return text[start..end];
    }

    private static bool IsCapitals(ReadOnlySpan<char> place)
    {
        foreach (var c in place)
            if (char.IsLower(c) || !(char.IsLetter(c) || c is ' ' or '-' or '.' or '\'' or '’')) return false;
        return true;
    }

    /// <summary>Where an agency dateline ("RABAT, 7 March (MAP) –", "KUCHING (May 14):") ends, or the sentence start.</summary>
    private static int DatelineEnd(Sentence sentence)
    {
        var window = sentence.Text.AsSpan(0, Math.Min(sentence.Text.Length, 80));
        foreach (var dash in (string[])[" – ", " - ", " -- ", " — ", ".- "])
        {
            var at = window.IndexOf(dash, StringComparison.Ordinal);
            if (at >= 0 && window[..at].IndexOfAny('(', ',') >= 0) return sentence.Start + at;
        }
        // "MINSK,–", "DAVAO CITY —": a place in capitals, then a dash.
        for (var at = 1; at < window.Length; at++)
        {
            if (window[at] is not ('–' or '—' or '-') || window[at - 1] is not (' ' or ',')) continue;
            var place = window[..at].TrimEnd(" ,");
            if (place.Length >= 3 && IsCapitals(place)) return sentence.Start + at;
            break;
        }
        // "KUCHING (May 14):", "KUALA LUMPUR (Aug 2):": a place and a date in brackets, then a colon.
        var close = window.IndexOf("):", StringComparison.Ordinal);
        if (close > 0 && window[..close].IndexOf('(') > 0) return sentence.Start + close;
        return sentence.Start;
    }
}
