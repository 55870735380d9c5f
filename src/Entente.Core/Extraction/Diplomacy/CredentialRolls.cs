using Entente.Core.Domain;
using Entente.Core.Extraction.People;
using Entente.Core.Extraction.Sentences;
using Entente.Core.Text;

namespace Entente.Core.Extraction.Diplomacy;

/// <summary>
/// A credentials ceremony with several envoys: "The President of India, Mr. X, accepted credentials from the
/// ambassadors of ... on May 21, 2020. The envoys who presented their credentials were: 1. Mr. A, Ambassador of
/// Senegal 2. ...", "Qatari envoy to India A and Monaco ambassador B also presented their credentials to
/// President Y". Each envoy named in a credentials sentence, or in the list that follows one, was accredited to
/// the host on the ceremony's date. The host is the receiving head of state's country, else the one country the
/// envoys are said to be accredited to; without a host or a date the roll gives nothing.
/// </summary>
internal static class CredentialRolls
{
    private static readonly string[] Acts = ["credentials", "credence", "letters of credence"];
    private static readonly string[] EnvoyTitles = ["ambassador", "high commissioner", "envoy"];
    private static readonly string[] HeadTitles = ["president", "king", "queen", "emir", "amir", "sultan", "governor-general", "governor general", "head of state", "grand duke", "prince", "emperor"];

    /// <summary>How long a list item may be: a name and a title, not a sentence of news.</summary>
    private const int MaxItemLength = 160;

    public static IEnumerable<AmbassadorAppointed> Read(ArticleContext context)
    {
        var text = context.Text;
        var sentences = context.Sentences;
        var roll = new List<Sentence>();
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            if (sentence.Length > Clauses.MaxSentenceLength || !Words.Any(text, Acts, sentence.Start, sentence.End)
                || Hedges.IsHypothetical(text, sentence.Start, sentence.End) || Hedges.IsPlanned(text, sentence.Start, sentence.End)) continue;
            roll.Add(sentence);
            // The list that follows: items and their numbers, up to the first sentence that is neither.
            for (var j = i + 1; j < sentences.Count; j++)
            {
                var next = sentences[j];
                if (IsListMarker(next.Text)) continue;
                if (next.Length > MaxItemLength || !context.PeopleIn(next).Any(p => IsEnvoy(p.Office))) break;
                roll.Add(next);
            }
        }
        if (roll.Count == 0) return [];
        var ceremonies = roll.Where(s => Words.Any(text, Acts, s.Start, s.End)).ToList();
        var host = Host(context, ceremonies);
        var date = ceremonies.Select(s => EventDates.Near(context, s, s.Start, s.Start, s.End))
            .FirstOrDefault(d => d is not null && !EventDates.Guessed(context, d.Value) && (context.Published is not { } published || d.Value.From.Truncate(published.Precision) <= published));
        if (host is null || date is null) return [];
        var day = date.Value.From.ToString();
        return roll.Distinct().SelectMany(s => context.PeopleIn(s).Select(p => (Sentence: s, Person: p)))
            .Where(x => IsEnvoy(x.Person.Office) && !x.Person.Former && x.Person.Country is { } c && c != host
                && (x.Person.AccreditedTo is null || x.Person.AccreditedTo == host))
            .DistinctBy(x => x.Person.Name)
            .Select(x => new AmbassadorAppointed(x.Person.Country!, host, day)
            {
                Person = new Person(x.Person.Name, x.Person.Office),
                Evidence = context.Evidence(x.Sentence),
            })
            .ToList();
    }

    /// <summary>The receiving head of state's country, else the one country the envoys are accredited to.</summary>
    private static string? Host(ArticleContext context, List<Sentence> ceremonies)
    {
        var people = ceremonies.SelectMany(context.PeopleIn).ToList();
        var heads = people.Where(p => p.Country is not null && !p.Former && IsHead(p.Office)).Select(p => p.Country!).Distinct().ToList();
        if (heads.Count == 1) return heads[0];
        if (heads.Count > 1) return null;
        var accredited = people.Where(p => p.AccreditedTo is not null && IsEnvoy(p.Office)).Select(p => p.AccreditedTo!).Distinct().ToList();
        return accredited.Count == 1 ? accredited[0] : null;
    }

    private static bool IsEnvoy(string? office) =>
        office is not null && EnvoyTitles.Any(t => office.Contains(t, StringComparison.OrdinalIgnoreCase));

    private static bool IsHead(string? office) =>
        office is not null && HeadTitles.Any(t => office.Equals(t, StringComparison.OrdinalIgnoreCase) || office.StartsWith(t + " of", StringComparison.OrdinalIgnoreCase));

    /// <summary>"2.", "3)", "•": a list's numbering standing as a sentence of its own.</summary>
    private static bool IsListMarker(string sentence) =>
        sentence.Length <= 4 && sentence.All(c => char.IsAsciiDigit(c) || c is '.' or ')' or ' ' or '•' or '-' or '–');
}
