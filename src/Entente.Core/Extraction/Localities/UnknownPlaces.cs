using Entente.Core.Extraction.Gazetteers;
using Entente.Core.Extraction.Investment;
using Entente.Core.Text;

namespace Entente.Core.Extraction.Localities;

/// <summary>
/// Capitalised names the gazetteer does not know, standing where a list of places puts a place:
/// after "with", "and", "between" or a comma, and before a comma, "and", "with" or the sentence end
/// ("Kraków with Nuremberg, Wrocław with Dresden").
/// </summary>
internal static class UnknownPlaces
{
    private static readonly HashSet<string> Before = new(StringComparer.Ordinal) { "with", "and", "between" };
    private static readonly HashSet<string> After = new(StringComparer.Ordinal) { "and", "with" };

    /// <summary>The slots among the sentence's words from an offset on (the end of a dateline, which no word crosses).</summary>
    public static List<Slot> Find(Sentences.SentenceView view, int start, IReadOnlyList<GazetteerMention> mentions)
    {
        var text = view.Tokens.Text;
        var end = view.Sentence.End;
        var all = view.Words;
        var from = WordIndex.From(all, start);
        var words = from < 0 ? [] : all.GetRange(from, all.Count - from);
        var known = WordIndex.Covered(words, mentions.Select(m => (m.Start, m.End)));
        bool Covered(Token word) => known.Contains(word.Start);
        var slots = new List<Slot>();
        var i = 1;
        while (i < words.Count)
        {
            if (!words[i].IsCapitalized || Covered(words[i])) { i++; continue; }
            var first = i;
            while (i + 1 < words.Count && words[i + 1].IsCapitalized && !Covered(words[i + 1]) && Gap(text, words[i], words[i + 1]).Trim().Length == 0) i++;
            var last = i++;
            var gapBefore = Gap(text, words[first - 1], words[first]);
            var opens = Before.Contains(words[first - 1].Text) || gapBefore.Contains(',');
            var gapAfter = last + 1 < words.Count ? Gap(text, words[last], words[last + 1]) : text[words[last].End..end];
            var closes = last + 1 == words.Count || gapAfter.IndexOfAny([',', ';', '.']) >= 0 || After.Contains(words[last + 1].Text);
            var glued = gapBefore.Trim().Length == 0 && Covered(words[first - 1]);
            if (opens && closes && !glued && gapAfter.IndexOf('(') < 0)
                slots.Add(new Slot(words[first].Start, words[last].End, text[words[first].Start..words[last].End], null));
        }
        return slots;
    }

    private static string Gap(string text, Token left, Token right) => text[left.End..right.Start];
}
