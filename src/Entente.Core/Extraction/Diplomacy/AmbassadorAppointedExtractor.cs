using Entente.Core.Domain;
using Entente.Core.Extraction.Gazetteers;
using Entente.Core.Extraction.Sentences;

namespace Entente.Core.Extraction.Diplomacy;

/// <summary>
/// An ambassador appointed or accredited: "X's Ambassador to Y, Name, presented his credentials in
/// March 2025", "X named Name as its ambassador to Y in October 2024", "appointed its first resident
/// ambassador in March 2005". Without "to Y" the host is the other country of the article's pair.
/// </summary>
public sealed class AmbassadorAppointedExtractor : IFactExtractor
{
    /// <summary>"former ambassador", "Former Peruvian ambassador": "former", "late" or "ex" before the title or before its demonym.</summary>
    private static bool IsFormer(string text, List<GazetteerMention> mentions, int title)
    {
        if (Words.Before(text, title) is "former" or "late" or "ex") return true;
        var owner = mentions.LastOrDefault(m => m.Kind == MentionKind.Country && m.End <= title && text.AsSpan(m.End, title - m.End).Trim().IsEmpty);
        if (owner is null) return false;
        // "Ex-Ghanaian ambassador": the hyphen joins the word to the demonym.
        var at = owner.Start > 0 && text[owner.Start - 1] == '-' ? owner.Start - 1 : owner.Start;
        return Words.Before(text, at) is "former" or "late" or "ex";
    }

    private static readonly string[] Titles = ["ambassador", "high commissioner"];
    private static readonly string[] Acts =
    [
        "appointed", "named", "nominated", "credentials", "credence", "took up", "assumed", "accredited",
        "began his tenure", "began her tenure", "started his tenure", "started her tenure",
    ];

    // Acts that only an envoy performs, so the envoy may be named by an earlier mention alone: "Karimi, who presented his credentials in March".
    private static readonly string[] EnvoyActs = ["credentials", "credence"];

    public IEnumerable<Fact> Extract(ArticleContext context)
    {
        var found = new List<AmbassadorAppointed>();
        foreach (var fact in Envoys(context))
        {
            found.Add(fact);
            yield return fact;
        }
        foreach (var fact in CredentialRolls.Read(context))
            if (!found.Any(f => f.Country == fact.Country && f.Host == fact.Host)) yield return fact;
    }

    private static IEnumerable<AmbassadorAppointed> Envoys(ArticleContext context)
    {
        var text = context.Text;
        ArticleOfficials? officials = null;
        foreach (var sentence in context.Sentences)
        {
            foreach (var (start, end) in context.ClausesAtJoints(sentence, splitAtAnd: false))
            {
                var (title, titleWord) = Words.FindFirst(text, Titles, start, end);
                if (title < 0)
                {
                    officials ??= ArticleOfficials.Of(context);
                    if (ByKnownEnvoy(context, officials, sentence, start, end) is { } fact) yield return fact;
                    continue;
                }
                var titleEnd = title + titleWord!.Length;
                var act = Words.Nearest(text, Acts, start, end, title);
                if (act < 0 || Hedges.IsHypothetical(text, start, end) || Hedges.IsPlanned(text, start, act)) continue;
                var mentions = context.MentionsIn(sentence).Where(m => m.Start >= start && m.End <= end).ToList();
                if (IsFormer(text, mentions, title)) continue;
                var country = Country(mentions, text, title, titleEnd, out var afterOwner);
                var host = CountryRefs.After(mentions, text, afterOwner, Math.Min(end, afterOwner + 10), "to");
                var hostCode = host is null ? null : CountryRefs.CountryOrPlace(host);
                if (country is null) continue;
                hostCode ??= context.Pair?.Other(country);
                if (hostCode is null || hostCode == country || (context.Pair is { } pair && !pair.Contains(hostCode))) continue;
                var date = EventDates.Near(context, sentence, start, act, end);
                if (date is null || EventDates.Guessed(context, date.Value) || (context.Published is { } published && date.Value.From.Truncate(published.Precision) > published)) continue;
                officials ??= ArticleOfficials.Of(context);
                yield return new AmbassadorAppointed(country, hostCode, date.Value.From.ToString())
                {
                    Person = Person(text, titleWord, start, end, title, host?.End ?? afterOwner) ?? Subject(officials, start, title, country),
                    Note = Note(text, title, titleEnd),
                    Evidence = context.Evidence(sentence),
                };
            }
        }
    }

    /// <summary>
    /// "Karimi, who presented his credentials to the head of state in March": the envoy is an official the
    /// article already titled ambassador; the host is the other country of the pair.
    /// </summary>
    private static AmbassadorAppointed? ByKnownEnvoy(ArticleContext context, ArticleOfficials officials, Sentences.Sentence sentence, int start, int end)
    {
        var text = context.Text;
        var (act, _) = Words.FindFirst(text, EnvoyActs, start, end);
        if (act < 0 || context.Pair is not { } pair || Hedges.IsHypothetical(text, start, end) || Hedges.IsPlanned(text, start, act)) return null;
        var envoy = officials.In(start, act).LastOrDefault()?.Official;
        if (envoy is not { Name: { } name, Country: { } country } || !pair.Contains(country) || !IsEnvoyOffice(envoy.Office)) return null;
        var date = EventDates.Near(context, sentence, start, act, end);
        if (date is null || EventDates.Guessed(context, date.Value) || (context.Published is { } published && date.Value.From.Truncate(published.Precision) > published)) return null;
        return new AmbassadorAppointed(country, pair.Other(country)!, date.Value.From.ToString())
        {
            Person = new Person(name, envoy.Office),
            Evidence = context.Evidence(sentence),
        };
    }

    /// <summary>"Mehdaoui, who began his tenure as Algeria's Ambassador": the envoy the article named before, as the clause's subject.</summary>
    private static Person? Subject(ArticleOfficials officials, int clauseStart, int title, string country) =>
        officials.In(clauseStart, title).LastOrDefault()?.Official is { Name: { } name } envoy && envoy.Country == country && IsEnvoyOffice(envoy.Office)
            ? new Person(name, envoy.Office)
            : null;

    private static bool IsEnvoyOffice(string? office) =>
        office is not null && Titles.Any(t => office.Contains(t, StringComparison.OrdinalIgnoreCase));

    /// <summary>The sending country: "of X" after the title, "X's"/"Xian" before it, or the clause's first country.</summary>
    private static string? Country(List<GazetteerMention> mentions, string text, int title, int titleEnd, out int afterOwner)
    {
        afterOwner = titleEnd;
        var of = CountryRefs.After(mentions, text, titleEnd, titleEnd + 8, "of");
        if (of is { Kind: MentionKind.Country })
        {
            afterOwner = of.End;
            return of.Code;
        }
        return (CountryRefs.RightBefore(mentions, text, title) ?? mentions.FirstOrDefault(m => m.Kind == MentionKind.Country && m.End <= title))?.Code;
    }

    private static Person? Person(string text, string title, int clauseStart, int clauseEnd, int titleAt, int nameFrom)
    {
        var (start, end) = People.NameReader.After(text, nameFrom, clauseEnd, People.NameRules.Plain);
        if (end > start) return new Person(text[start..end], Capitalise(title));
        // "Morocco named Mohamed Lahlou as its ambassador".
        foreach (var verb in new[] { "named", "appointed", "nominated" })
        {
            var at = Words.Find(text, verb, clauseStart, titleAt);
            if (at < 0) continue;
            (start, end) = People.NameReader.After(text, at + verb.Length, titleAt, People.NameRules.Plain);
            if (end > start && Words.Find(text, "as", end, titleAt) >= 0) return new Person(text[start..end], Capitalise(title));
        }
        return null;
    }

    /// <summary>"first resident ambassador", "first ambassador": what the text says is special about the post.</summary>
    private static string? Note(string text, int title, int titleEnd)
    {
        var first = Words.Find(text, "first", Math.Max(0, title - 20), title);
        return first < 0 ? null : text[first..titleEnd].ToLowerInvariant();
    }

    private static string Capitalise(string title) =>
        string.Join(' ', title.Split(' ').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
}
