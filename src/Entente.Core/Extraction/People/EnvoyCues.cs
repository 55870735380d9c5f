using Entente.Core.Text;

namespace Entente.Core.Extraction.People;

/// <summary>
/// "Sri Lankan High Commissioner to Bangladesh X met Foreign Secretary Y", "Y received the Ambassador of Chile to Peru, X":
/// the official an envoy meets in the sentence, on either side of the meeting verb, belongs to the country the envoy serves in.
/// </summary>
internal static class EnvoyCues
{
    private static readonly string[] MeetingVerbs =
    [
        "met", "met with", "called on", "paid a courtesy call on", "held talks with", "held discussions with", "had talks with",
        "received", "hosted", "was received by",
    ];

    /// <summary>How far apart envoy and official may be named (the verb and a few words between).</summary>
    private const int Reach = 60;

    public static string? CountryOf(ArticleContext context, IReadOnlyList<PersonMention> people, PersonMention person)
    {
        if (context.Pair is not { } pair) return null;
        var sentence = context.SentenceAt(person.Start);
        foreach (var envoy in people)
        {
            if (envoy.AccreditedTo is not { } served || !pair.Contains(served) || envoy.Country == served || envoy.Name == person.Name) continue;
            if (envoy.Start < sentence.Start || envoy.Start >= sentence.End) continue;
            var (from, to) = envoy.End <= person.Start ? (envoy.End, person.Start) : person.End <= envoy.Start ? (person.End, envoy.Start) : (-1, -1);
            if (from < 0 || to - from > Reach) continue;
            // Only the verb and its small words between the two: no third person, clause or list.
            var gap = context.Text.AsSpan(from, to - from);
            if (gap.IndexOfAny(',', ';', '"') >= 0) continue;
            if (PhraseMatcher.Of(MeetingVerbs).FindFirst(context.Text, from, to).At >= 0) return served;
        }
        return null;
    }
}
