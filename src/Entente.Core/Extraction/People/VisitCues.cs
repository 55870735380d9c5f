using Entente.Core.Extraction.Gazetteers;
using Entente.Core.Extraction.Sentences;

namespace Entente.Core.Extraction.People;

/// <summary>
/// Who visits where in each sentence ("X's visit to Vietnam", "a visit to Belarus by X", "X told
/// business leaders in Santiago during a visit"): a visitor comes from the other side of the pair.
/// Each sentence is read once; the visitor is the person named nearest before the cue, or right
/// after "visit to X by".
/// </summary>
internal sealed class VisitCues(ArticleContext context, IReadOnlyList<PersonMention> people)
{
    private static readonly string[] Cues = ["visit", "trip", "arrived in", "came to", "travelled to", "traveled to", "tour of"];

    private readonly Dictionary<int, Dictionary<int, string>> _bySentence = [];

    /// <summary>The country the person travels to, or null.</summary>
    public string? Destination(PersonMention person)
    {
        var sentence = context.SentenceAt(person.Start);
        if (!_bySentence.TryGetValue(sentence.Index, out var visitors))
            _bySentence[sentence.Index] = visitors = Read(sentence);
        return visitors.GetValueOrDefault(person.Start);
    }

    /// <summary>Visitor (by start offset) to destination country, for one sentence.</summary>
    private Dictionary<int, string> Read(Sentence sentence)
    {
        var visitors = new Dictionary<int, string>();
        if (context.Pair is not { } pair) return visitors;
        var text = context.Text;
        foreach (var cue in Cues)
        {
            var at = sentence.Text.IndexOf(cue, StringComparison.Ordinal);
            if (at < 0) continue;
            var cueStart = sentence.Start + at;
            var cueEnd = cueStart + cue.Length;
            var places = Window.Mentions(context, Math.Max(sentence.Start, cueStart - 60), Math.Min(sentence.End, cueEnd + 40))
                .Where(m => m.Kind is MentionKind.Country or MentionKind.Place && !m.IsDemonym && m.Countries.Count == 1 && pair.Contains(m.Countries[0]))
                .ToList();
            var target = places.FirstOrDefault(m => m.Start >= cueEnd && m.Start - cueEnd <= 25 && IsDirected(text, cueEnd, m.Start))
                ?? places.LastOrDefault(m => m.End <= cueStart && cueStart - m.End <= 40 && Preposition(text, m.Start) is "in" or "to");
            if (target is null) continue;
            var destination = target.Countries[0];
            // "her visit to Sweden on Wednesday and to Estonia on Friday": a traveller to both countries is from neither.
            if (Window.Mentions(context, cueEnd, sentence.End).Any(m => m.Kind is MentionKind.Country or MentionKind.Place && !m.IsDemonym
                    && m.Countries.Count == 1 && m.Countries[0] == pair.Other(destination) && Preposition(text, m.Start) is "to" or "and"))
                continue;
            if (target.Start > cueEnd && text.AsSpan(target.End).StartsWith(" by ", StringComparison.Ordinal))
            {
                // "a visit to Belarus by X": X is the visitor, not whoever speaks of it.
                var by = target.End + 4;
                var visitor = Window.Between(people, by, Math.Min(sentence.End, by + 60), p => p.Start, p => p.End).FirstOrDefault(p => p.Start - by < 40);
                if (visitor is not null) visitors.TryAdd(visitor.Start, destination);
                continue;
            }
            var nearest = Window.Between(people, Math.Max(sentence.Start, cueStart - 300), cueStart, p => p.Start, p => p.End).LastOrDefault();
            if (nearest is not null) visitors.TryAdd(nearest.Start, destination);
        }
        return visitors;
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
