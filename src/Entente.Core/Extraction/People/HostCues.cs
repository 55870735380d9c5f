using Entente.Core.Extraction.Gazetteers;
using Entente.Core.Text;

namespace Entente.Core.Extraction.People;

/// <summary>
/// "During his visit to the Maldives, X called on President Y and held talks with Foreign Minister Z": the officials
/// a visitor calls on or meets during a visit to a country of the pair are that country's, when the sentence tells
/// of the visit first and the visitor is named before the meeting verb.
/// </summary>
internal static class HostCues
{
    private static readonly string[] VisitWords = ["visit to", "trip to", "tour of"];

    private static readonly string[] MeetingVerbs =
    [
        "called on", "paid a courtesy call on", "met with", "met", "held talks with", "held discussions with", "had talks with", "was received by",
    ];

    /// <summary>How far after the visit word its country may be named ("visit to the Maldives").</summary>
    private const int PlaceReach = 8;

    /// <summary>The visited country of a person met after the visit cue and a meeting verb in the person's sentence, or null.</summary>
    public static string? CountryOf(ArticleContext context, IReadOnlyList<PersonMention> people, PersonMention person)
    {
        if (context.Pair is not { } pair) return null;
        var text = context.Text;
        var sentence = context.SentenceAt(person.Start);
        var (visit, word) = PhraseMatcher.Of(VisitWords).FindFirst(text, sentence.Start, person.Start);
        if (visit < 0) return null;
        var afterWord = visit + word!.Length;
        var place = Window.Mentions(context, afterWord, Math.Min(sentence.End, afterWord + PlaceReach + 30))
            .FirstOrDefault(m => m.Kind is MentionKind.Country && !m.IsDemonym && m.Code is not null && m.Start - afterWord <= PlaceReach);
        if (place?.Code is not { } visited || !pair.Contains(visited)) return null;
        var (verb, verbWord) = PhraseMatcher.Of(MeetingVerbs).FindFirst(text, place.End, person.Start);
        if (verb < 0) return null;
        // The visitor: someone named (or a pronoun's antecedent named) between the visit and the verb, not of the visited side.
        var visitor = Window.Between(people, place.End, verb, p => p.Start, p => p.End).LastOrDefault();
        if (visitor is null || visitor.Country == visited) return null;
        // The person is the verb's object: nothing but people, offices and joining words lie between ("and held talks with").
        return text.AsSpan(verb + verbWord!.Length, person.Start - verb - verbWord.Length).IndexOfAny(';', '"') < 0 ? visited : null;
    }
}
