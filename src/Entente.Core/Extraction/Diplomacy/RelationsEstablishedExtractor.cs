using Entente.Core.Domain;
using Entente.Core.Extraction.Gazetteers;

namespace Entente.Core.Extraction.Diplomacy;

/// <summary>
/// "X and Y established diplomatic relations on June 29, 1992", "diplomatic relations were set up
/// in 1955", "ties between the two countries date back to 1947", "the establishment of diplomatic ties, which the two countries set up on 25 July 1975".
/// The parties are the two countries named, or the article's pair when the text says "the two countries".
/// </summary>
public sealed class RelationsEstablishedExtractor : IFactExtractor
{
    // "the relations between X and Y, which were set up in 1967": relations with no other qualifier are the diplomatic ones
    // ("the trade relations between" is a qualified kind and gives nothing).
    // "formal relations", "forging ties" and "these relations" (after the relations were named) are the same act's topic.
    // Bare, "official" or "bilateral" relations and ties are the diplomatic ones only as the object of the act itself
    // ("established official ties", "relations were established"); elsewhere in a sentence they are any relations.
    private static readonly string[] Topics =
    [
        "diplomatic relations", "diplomatic ties", "diplomatic relationship", "diplomatic tie", "the relations between", "formal relations",
        "formal diplomatic", "forging ties", "forged ties", "these relations",
        "established relations", "establish relations", "establishing relations", "establishment of relations",
        "established ties", "establish ties", "establishment of ties", "relations were established", "ties were established",
        "established official relations", "established official ties", "establish official relations", "establish official ties",
        "established bilateral relations", "established bilateral ties", "establish bilateral relations", "establish bilateral ties",
    ];
    // "normalized relations in 1956", "ties date back to 1947" and "relations began in 1965" date the start of relations too.
    private static readonly string[] Verbs =
    [
        "established", "establish", "set up", "forged", "opened", "establishing", "establishment", "normalized", "normalised",
        "date back to", "dates back to", "dating back to", "began in", "begun in", "started in", "began on", "started on",
        "formation of", "launch of", "normalization of", "normalisation of", "reestablished", "re-established", "forging", "occurred on",
    ];

    public IEnumerable<Fact> Extract(ArticleContext context)
    {
        var text = context.Text;
        foreach (var sentence in context.Sentences)
        {
            var (topic, _) = Words.FindFirst(text, Topics, sentence.Start, sentence.End);
            if (topic < 0) continue;
            var (verb, verbWord) = Words.FindFirst(text, Verbs, sentence.Start, sentence.End);
            if (verb < 0 && SinceRightAfter(text, topic, sentence.End) is { } since and >= 0) (verb, verbWord) = (since, "since");
            // "the 70th anniversary of their diplomatic ties (1950-2020)": the span after the topic starts with the act's year.
            if (verb < 0 && AnniversarySpanAfter(text, sentence, topic) is { } span and >= 0)
            {
                if (Parties(context, sentence) is { } jubilee && !Hedges.IsHypothetical(text, sentence.Start, span))
                    yield return new RelationsEstablished(jubilee, text.Substring(span + 1, 4)) { Evidence = context.Evidence(sentence) };
                continue;
            }
            if (verb < 0 || Hedges.IsHypothetical(text, sentence.Start, verb)) continue;
            // The date of the act follows the verb or the topic, whichever comes last.
            var anchor = Math.Max(verb + verbWord!.Length, topic);
            var date = EventDates.Near(context, sentence, sentence.Start, anchor, sentence.End, allowRelative: false);
            if (date is null || (context.Published is { } published && date.Value.From.Year >= published.Year)) continue;
            if (DatesAnniversary(text, sentence, date.Value.Start)) continue;
            if (!AgreesWithStatedAge(context, sentence, date.Value)) continue;
            var parties = Parties(context, sentence);
            if (parties is null) continue;
            yield return new RelationsEstablished(parties, date.Value.From.ToString()) { Evidence = context.Evidence(sentence) };
        }
    }

    /// <summary>
    /// "the anniversary of our diplomatic relations, since August 1991", "have had diplomatic ties since 1964": "since" right after
    /// the topic dates the relations' start; one further on dates something else ("ties have been frozen since 2018").
    /// </summary>
    private static int? SinceRightAfter(string text, int topic, int end)
    {
        var (_, phrase) = Words.FindFirst(text, Topics, topic, end);
        var at = topic + phrase!.Length;
        while (at < end && text[at] is ' ' or ',') at++;
        return Words.Find(text, "since", at, Math.Min(end, at + 5)) == at ? at : null;
    }

    /// <summary>"(1950 – 2020)" right after the topic of a sentence that speaks of an anniversary: the offset of "(", else null.</summary>
    private static int? AnniversarySpanAfter(string text, Sentences.Sentence sentence, int topic)
    {
        var anniversary = text.IndexOf("anniversar", sentence.Start, sentence.End - sentence.Start, StringComparison.OrdinalIgnoreCase);
        if (anniversary < 0 || anniversary > topic) return null;
        var (_, phrase) = Words.FindFirst(text, Topics, topic, sentence.End);
        var at = topic + phrase!.Length;
        while (at < sentence.End && text[at] == ' ') at++;
        if (at + 5 >= sentence.End || text[at] != '(' || !IsYearAt(text, at + 1)) return null;
        var dash = at + 5;
        while (dash < sentence.End && text[dash] == ' ') dash++;
        return dash < sentence.End && text[dash] is '-' or '–' or '—' ? at : null;
    }

    private static bool IsYearAt(string text, int at) =>
        at + 4 <= text.Length && text[at] is '1' or '2' && char.IsAsciiDigit(text[at + 1]) && char.IsAsciiDigit(text[at + 2]) && char.IsAsciiDigit(text[at + 3]);

    /// <summary>
    /// "In 2023 the two countries marked the 30th anniversary of the establishment of relations": a date before
    /// "anniversary" is when the jubilee fell, not when the relations began.
    /// </summary>
    private static bool DatesAnniversary(string text, Sentences.Sentence sentence, int dateStart)
    {
        var anniversary = text.IndexOf("anniversar", sentence.Start, sentence.End - sentence.Start, StringComparison.OrdinalIgnoreCase);
        return anniversary >= 0 && dateStart < anniversary;
    }

    private static readonly string[] AgeUnits = ["years of", "decades of", "anniversary of"];

    /// <summary>
    /// "celebrating 25 years of diplomatic relations, while historic ties date back to 1955", "six decades of diplomatic relations,
    /// sustained by visits dating back to 1978", "the 50th anniversary of establishing relations … in 2022": a sentence that
    /// states the relations' age dates their start by it, so a year that the age does not reach from the publication year or from
    /// another year of the sentence is some other event's. True when no age is stated or none can be compared.
    /// </summary>
    private static bool AgreesWithStatedAge(ArticleContext context, Sentences.Sentence sentence, Text.Time.DateMention date)
    {
        var text = context.Text;
        var (at, unit) = Words.FindFirst(text, AgeUnits, sentence.Start, sentence.End);
        if (at < 0 || CountBefore(text, at) is not { } count) return true;
        var decades = unit == "decades of";
        var (least, most) = decades ? (count * 10, count * 10 + 9) : (count, count);
        var years = context.DatesIn(sentence).Where(d => d != date && !d.Relative).Select(d => d.From.Year).ToList();
        if (context.Published is { } published) years.Add(published.Year);
        if (years.Count == 0) return true;
        return years.Any(y => y - date.From.Year >= least - 1 && y - date.From.Year <= most + 1);
    }

    /// <summary>The number written right before an offset: "25", "50th", "six", "fiftieth"; null when none.</summary>
    private static int? CountBefore(string text, int offset)
    {
        var end = offset;
        while (end > 0 && text[end - 1] == ' ') end--;
        var start = end;
        while (start > 0 && char.IsAsciiLetterOrDigit(text[start - 1])) start--;
        var word = text[start..end].ToLowerInvariant();
        var digits = 0;
        while (digits < word.Length && char.IsAsciiDigit(word[digits])) digits++;
        if (digits > 0 && digits <= 3 && word[digits..] is "" or "st" or "nd" or "rd" or "th")
            return int.Parse(word.AsSpan(0, digits), System.Globalization.CultureInfo.InvariantCulture);
        return Text.Numbers.NumberWords.Small.TryGetValue(word, out var small) ? small.Value : null;
    }

    private static string[]? Parties(ArticleContext context, Sentences.Sentence sentence)
    {
        var named = context.MentionsIn(sentence)
            .Where(m => m.Kind == MentionKind.Country && m.Code is not null)
            .Select(m => m.Code!)
            .Distinct()
            .ToList();
        var pair = context.Pair;
        if (pair is null) return named.Count == 2 ? [named[0], named[1]] : null;
        // Relations of a third country are not this article's subject.
        if (named.Count == 2) return named.All(pair.Contains) ? pair.Codes : null;
        if (named.Count > 2) return named.Contains(pair.First) && named.Contains(pair.Second) ? pair.Codes : null;
        // "Prague established diplomatic ties with Pyongyang": a city of a third country after "with" is the other side.
        if (context.MentionsIn(sentence).Any(m => m.Kind == MentionKind.Place && m.Countries.Count == 1 && !pair.Contains(m.Countries[0])
                                                  && Words.Before(context.Text, m.Start) == "with")) return null;
        // One or no country named: "the Kingdom and the Republic of Korea", "the two countries".
        return named.All(pair.Contains) ? pair.Codes : null;
    }
}
