using Entente.Core.Domain;

namespace Entente.Core.Extraction.Multilateral;

/// <summary>
/// Who holds which office: every person named with an office and a country, once per person (the
/// first full mention), as of a past date given right after the name ("Lyashenko's visit to Vietnam
/// in September 2019") or else the publication year. Former holders give nothing.
/// </summary>
public sealed class OfficeHolderExtractor : IFactExtractor
{
    public IEnumerable<Fact> Extract(ArticleContext context)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var fallback = AsOfDate.Fallback(context);
        var people = context.People;
        var formerNames = people.Where(p => p.Former).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var (person, index) in people.Select((p, i) => (p, i)).OrderBy(x => x.p.IsShortReference).ThenBy(x => x.p.Start))
        {
            if (person.Office is null || person.Country is null || person.Former || formerNames.Contains(person.Name)) continue;
            if (!seen.Add(person.Name)) continue;
            var sentence = context.SentenceAt(person.Start);
            // A date binds to the person only up to the next person named in the sentence.
            var next = index + 1 < people.Count ? people[index + 1].Start : int.MaxValue;
            var asOf = AsOfDate.Of(context, sentence, fallback, person.End, Math.Min(next, person.End + 80));
            yield return new OfficeHolder(person.Name, person.Office, person.Country)
            {
                AsOf = asOf,
                Evidence = context.Evidence(sentence),
            };
        }
    }
}
