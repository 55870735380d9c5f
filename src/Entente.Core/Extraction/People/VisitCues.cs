using Entente.Core.Extraction.Gazetteers;

namespace Entente.Core.Extraction.People;

/// <summary>
/// The destination of a visit a person makes in a sentence ("X's visit to Vietnam", "a visit to
/// Belarus by X", "X told business leaders in Santiago during a visit"): a visitor comes from the
/// other side of the pair.
/// </summary>
internal static class VisitCues
{
    private static readonly string[] Cues = ["visit", "trip", "arrived in", "came to", "travelled to", "traveled to", "tour of"];

    public static string? Destination(ArticleContext context, PersonMention person, IReadOnlyList<PersonMention> people)
    {
        var text = context.Text;
        var sentence = context.SentenceAt(person.Start);
        var lower = sentence.Text;
        foreach (var cue in Cues)
        {
            var at = lower.IndexOf(cue, StringComparison.Ordinal);
            if (at < 0) continue;
            var cueStart = sentence.Start + at;
            var cueEnd = cueStart + cue.Length;
            var places = context.MentionsIn(sentence)
                .Where(m => m.Kind is MentionKind.Country or MentionKind.Place && !m.IsDemonym && m.Countries.Count == 1 && context.Pair!.Contains(m.Countries[0]))
                .ToList();
            var target = places.FirstOrDefault(m => m.Start >= cueEnd && m.Start - cueEnd <= 25 && IsDirected(text, cueEnd, m.Start))
                ?? places.LastOrDefault(m => m.End <= cueStart && cueStart - m.End <= 40 && Preposition(text, m.Start) is "in" or "to");
            if (target is null) continue;
            // The visitor is the person named nearest before the cue, or right after "visit to X by".
            var nearestBefore = people.LastOrDefault(p => p.End <= cueStart && p.Start >= sentence.Start);
            if (target.Start > cueEnd && text.AsSpan(target.End).StartsWith(" by ", StringComparison.Ordinal))
            {
                // "a visit to Belarus by X": X is the visitor, not whoever speaks of it.
                if (person.Start >= target.End + 4 && person.Start - (target.End + 4) < 40) return target.Countries[0];
                continue;
            }
            if (nearestBefore == person) return target.Countries[0];
        }
        return null;
    }

    private static bool IsDirected(string text, int from, int to)
    {
        var between = text[from..to];
        return between.EndsWith(" to ", StringComparison.Ordinal) || between.EndsWith(" in ", StringComparison.Ordinal)
            || between.EndsWith(" to the ", StringComparison.Ordinal) || between is " " or "";
    }

    private static string Preposition(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && text[i] == ' ') i--;
        var end = i + 1;
        while (i >= 0 && char.IsLetter(text[i])) i--;
        return text[(i + 1)..end];
    }
}
