using Entente.Core.Domain;
using Entente.Core.Extraction.Gazetteers;
using Entente.Core.Extraction.People;
using Entente.Core.Extraction.Sentences;
using Entente.Core.Text.Time;
using Entente.Core.Text;

namespace Entente.Core.Extraction.Multilateral;

/// <summary>
/// Who holds which office: every person named with an office and a country, once per person (the
/// first full mention). The office is dated to a past event the sentence ties to the person ("Igor
/// Lyashenko's visit to Vietnam in September 2019", "then Prime Minister X … in April 2016"), else
/// to the publication year. Former holders give nothing.
/// </summary>
public sealed class OfficeHolderExtractor : IFactExtractor
{
    private static readonly string[] EventWords = ["visit", "trip", "came to", "travelled to", "traveled to", "arrived in", "went to"];

    public IEnumerable<Fact> Extract(ArticleContext context)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var emitted = new List<PersonMention>();
        var fallback = AsOfDate.Fallback(context);
        var people = context.People;
        var formerNames = people.Where(p => p.Former).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var (person, index) in people.Select((p, i) => (p, i)).OrderBy(x => x.p.IsShortReference).ThenBy(x => x.p.Start))
        {
            if (person.Office is null || person.Country is null || person.Former || formerNames.Contains(person.Name)) continue;
            if (ShortFormOfEmitted(emitted, person) || LongerFormNamed(people, person) || !seen.Add(person.Name)) continue;
            if (SupranationalOffices.Holds(context.Text, person)) continue;
            var sentence = context.SentenceAt(person.Start);
            // A date binds to the person only up to the next person named in the sentence.
            var limit = Math.Min(index + 1 < people.Count ? people[index + 1].Start : int.MaxValue, person.End + 80);
            var eventDate = EventDate(context, sentence, person, limit);
            // "when then-President X recognised …": an office held at a time the sentence does not date is no office as of publication.
            if (eventDate is null && IsThen(context.Text, person.Start)) continue;
            emitted.Add(person);
            yield return new OfficeHolder(person.Name, person.Office, person.Country)
            {
                AsOf = eventDate ?? fallback,
                Evidence = context.Evidence(sentence),
            };
        }
    }

    /// <summary>
    /// "Peña Nieto" or "Samia" after "Enrique Peña Nieto" or "Samia Suluhu Hassan" of the same country: a later,
    /// shorter form of one already given, whose words all belong to the full name.
    /// </summary>
    private static bool ShortFormOfEmitted(List<PersonMention> emitted, PersonMention person) =>
        emitted.Any(e => (e.Country == person.Country || SameOffice(e, person)) && (PersonKey.IsShortFormOf(person.Name, e.Name) || PersonKey.SameWords(e.Name, person.Name))
                         || e.Country == person.Country && SameOfficeAndSurname(e, person));

    /// <summary>
    /// "Foreign Minister AK Abdul Momen" then "Foreign Minister Abdul Momen": a shorter form of one already given, in the same
    /// office, is that holder whatever country a weaker cue gave the later mention.
    /// </summary>
    private static bool SameOffice(PersonMention a, PersonMention b) => a.CanonicalOffice is not null && a.CanonicalOffice == b.CanonicalOffice;

    /// <summary>
    /// "President Samia Suluhu" before "Samia Suluhu Hassan" of the same country and office: the fuller form,
    /// named later, is the one given.
    /// </summary>
    private static bool LongerFormNamed(IReadOnlyList<PersonMention> people, PersonMention person) =>
        people.Any(q => q.Country == person.Country && q.Office is not null && !q.Former && q.CanonicalOffice == person.CanonicalOffice
                        && PersonKey.IsShortFormOf(person.Name, q.Name));

    /// <summary>"Najla Bouden" and "Najlaa Bouden", prime ministers of one country: two spellings of one holder.</summary>
    private static bool SameOfficeAndSurname(PersonMention a, PersonMention b) =>
        a.CanonicalOffice is not null && a.CanonicalOffice == b.CanonicalOffice && PersonKey.WrittenWords(a.Name) is [.., var x] && PersonKey.WrittenWords(b.Name) is [.., var y]
        && x == y && x.Length > 2;

    /// <summary>The dated past event the person takes part in, as "2019-09"; null when the sentence ties none to them.</summary>
    private static string? EventDate(ArticleContext context, Sentence sentence, PersonMention person, int limit)
    {
        var text = context.Text;
        foreach (var date in Window.Between(context.DatesIn(sentence), person.End, Math.Min(limit, sentence.End), d => d.Start, d => d.End))
        {
            if (date.Relative) continue;
            if (context.Published is { } published && date.From > published) continue;
            var windowStart = Math.Max(sentence.Start, person.Start - 60);
            var window = text[windowStart..date.Start];
            if (IsThen(text, person.Start) || PhraseMatcher.Of(EventWords).OccursIn(window))
                return date.From.Truncate(DatePrecision.Month).ToString();
        }
        return null;
    }

    /// <summary>"then Prime Minister", "Then-Prime Minister": the office as held at the time of the event (the mention may begin at "then").</summary>
    private static bool IsThen(string text, int start)
    {
        var from = Math.Max(0, start - 5);
        var before = text[from..start].TrimEnd(' ', '-');
        var opens = text.AsSpan(start).StartsWith("then", StringComparison.OrdinalIgnoreCase) && start + 4 < text.Length && text[start + 4] is ' ' or '-';
        return opens || before.EndsWith("then", StringComparison.OrdinalIgnoreCase);
    }
}
