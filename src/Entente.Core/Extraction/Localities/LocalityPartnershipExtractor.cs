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
                foreach (var (a, b) in pairs)
                    if (!capitalsAreStates || !Capitals.Both(a, b))
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
        return ContainingPlaces.Drop(context.Text, [.. slots.OrderBy(s => s.Start)]);
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
        return word is "in" or "In" or "at" or "At";
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

    /// <summary>Where an agency dateline ("RABAT, 7 March (MAP) –", "KUCHING (May 14):") ends, or the sentence start.</summary>
    private static int DatelineEnd(Sentence sentence)
    {
        var window = sentence.Text.AsSpan(0, Math.Min(sentence.Text.Length, 80));
        foreach (var dash in (string[])[" – ", " - ", " -- ", " — ", ".- "])
        {
            var at = window.IndexOf(dash, StringComparison.Ordinal);
            if (at >= 0 && window[..at].IndexOfAny('(', ',') >= 0) return sentence.Start + at;
        }
        // "KUCHING (May 14):", "KUALA LUMPUR (Aug 2):": a place and a date in brackets, then a colon.
        var close = window.IndexOf("):", StringComparison.Ordinal);
        if (close > 0 && window[..close].IndexOf('(') > 0) return sentence.Start + close;
        return sentence.Start;
    }
}
