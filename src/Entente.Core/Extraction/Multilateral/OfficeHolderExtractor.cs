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
        var emitted = new Emitted();
        var fallback = AsOfDate.Fallback(context);
        var people = context.People;
        var formerNames = people.Where(p => p.Former).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var longerForms = LongerForms(people);
        foreach (var (person, index) in people.Select((p, i) => (p, i)).OrderBy(x => x.p.IsShortReference).ThenBy(x => x.p.Start))
        {
            if (person.Office is null || person.Country is null || person.Former || formerNames.Contains(person.Name)) continue;
            if (emitted.HasFullerForm(person) || longerForms.HasLongerForm(CountryAndOffice(person), person.Name) || !seen.Add(person.Name)) continue;
            if (SupranationalOffices.Holds(context.Text, person)) continue;
            var sentence = context.SentenceAt(person.Start);
            // A date binds to the person only up to the next person named in the sentence.
            var limit = Math.Min(index + 1 < people.Count ? people[index + 1].Start : int.MaxValue, person.End + 80);
            var eventDate = EventDate(context, sentence, person, limit);
            // "when then-President X recognised …": an office held at a time the sentence does not date is no office as of publication.
            if (eventDate is null && IsThen(context.Text, person.Start)) continue;
            if (Commemorated(context.Text, sentence, person)) continue;
            emitted.Add(person);
            yield return new OfficeHolder(person.Name, person.Office, person.Country)
            {
                AsOf = eventDate ?? fallback,
                Evidence = context.Evidence(sentence),
            };
        }
    }

    /// <summary>
    /// The holders given so far, filed so that each later mention is checked against all of them in a few look-ups (linear in
    /// the article's people, where comparing with each was quadratic).
    /// </summary>
    private sealed class Emitted
    {
        private readonly ShortForms _byScope = new();
        private readonly HashSet<string> _sameWords = new(StringComparer.Ordinal);
        private readonly HashSet<string> _officeAndSurname = new(StringComparer.Ordinal);

        /// <summary>
        /// "Peña Nieto" or "Samia" after "Enrique Peña Nieto" or "Samia Suluhu Hassan" of the same country: a later, shorter
        /// form of one already given, whose words all belong to the full name, or the same words in another order.
        /// "Foreign Minister AK Abdul Momen" then "Foreign Minister Abdul Momen": in the same office, that holder whatever
        /// country a weaker cue gave the later mention. "Najla Bouden" and "Najlaa Bouden", prime ministers of one
        /// country: two spellings of one holder (the same office and surname).
        /// </summary>
        public bool HasFullerForm(PersonMention person)
        {
            var words = PersonKey.SortedWords(person.Name);
            foreach (var scope in Scopes(person))
                if (_byScope.HasLongerForm(scope, person.Name) || _sameWords.Contains(scope + "\u0001" + words)) return true;
            return OfficeAndSurname(person) is { } key && _officeAndSurname.Contains(key);
        }

        public void Add(PersonMention person)
        {
            var words = PersonKey.SortedWords(person.Name);
            foreach (var scope in Scopes(person))
            {
                _byScope.Add(scope, person.Name, "");
                _sameWords.Add(scope + "\u0001" + words);
            }
            if (OfficeAndSurname(person) is { } key) _officeAndSurname.Add(key);
        }

        /// <summary>Where a holder given matches a later mention: the same country, or the same office.</summary>
        private static IEnumerable<string> Scopes(PersonMention person) =>
            person.CanonicalOffice is { } office ? ["country " + person.Country, "office " + office] : ["country " + person.Country];

        /// <summary>The country, office and last word (of more than two letters) of a holder with an office; null otherwise.</summary>
        private static string? OfficeAndSurname(PersonMention person) =>
            person.CanonicalOffice is { } office && PersonKey.WrittenWords(person.Name) is [.., { Length: > 2 } surname]
                ? person.Country + "\u0001" + office + "\u0001" + surname
                : null;
    }

    /// <summary>
    /// "President Samia Suluhu" before "Samia Suluhu Hassan" of the same country and office: the fuller form,
    /// named later, is the one given. The article's current holders filed by country and office.
    /// </summary>
    private static ShortForms LongerForms(IReadOnlyList<PersonMention> people)
    {
        var forms = new ShortForms();
        foreach (var q in people)
            if (q.Office is not null && !q.Former && q.Country is not null) forms.Add(CountryAndOffice(q), q.Name, "");
        return forms;
    }

    private static string CountryAndOffice(PersonMention person) => person.Country + "\u0001" + (person.CanonicalOffice ?? "\u0002");

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

    // "the birth anniversary of President A", "laid a floral tribute to President A": a leader remembered, not one in office.
    private static readonly string[] CommemoratedAfter = ["birth anniversary of", "death anniversary of", "floral tribute to", "in memory of", "mausoleum of", "memorial to"];

    // "President A's mausoleum", "Ho Chi Minh Mausoleum": the leader's resting place named right after the name.
    private static readonly string[] CommemoratedBefore = [" Mausoleum", "'s mausoleum", "’s mausoleum", " at his mausoleum"];

    /// <summary>
    /// "the 130th birth anniversary of President A", "wreaths at President A's mausoleum": a dead leader honoured; the office
    /// is history, and the article's date says nothing of when it was held.
    /// </summary>
    private static bool Commemorated(string text, Sentence sentence, PersonMention person)
    {
        // A mention may begin before its sentence or end after it (the fuzzer found one): the windows stay inside the mention's reach.
        var before = text[Math.Min(person.Start, Math.Max(sentence.Start, person.Start - 30))..person.Start].TrimEnd();
        if (before.EndsWith(" the", StringComparison.OrdinalIgnoreCase)) before = before[..^4];
        if (PhraseMatcher.Of(CommemoratedAfter).Ends(before)) return true;
        var after = text.AsSpan()[person.End..Math.Max(person.End, Math.Min(sentence.End, person.End + 20))];
        return PhraseMatcher.Of(CommemoratedBefore).Begins(after);
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
