using Entente.Core.Domain;
using Entente.Core.Extraction.Gazetteers;
using Entente.Core.Text.Numbers;
using Entente.Core.Extraction.Sentences;

namespace Entente.Core.Extraction.Multilateral;

/// <summary>
/// Support for a candidacy to an international body: "Belarus has endorsed Vietnam's candidacies
/// for … the UN Economic and Social Council (2016–2018), the International Law Commission
/// (2017–2021, 2023–2027)" gives one fact per body and term; "Kenya thanked India for supporting
/// its candidature for…", "Brazil said it would vote for China in the election to…", "Hanoi would
/// back Astana's candidacy…". The candidate must be one side of the pair; the supporter is the
/// other side, and a sentence whose only other country is a third one gives nothing.
/// </summary>
public sealed class CandidacySupportExtractor : IFactExtractor
{
    private static readonly string[] SupportWords = ["support", "back", "endors", "vote", "voting", "thank"];

    private static readonly string[] Hedges = ["consider", "asked", "request", "urged", "hope"];

    private static readonly string[] CandidacyNouns =
    [
        "candidac", "candidatur", "bid", "election", "re-election", "reelection", "nomination", "membership", "wish", "aspiration", "ambition", "quest", "seat",
    ];

    public IEnumerable<Fact> Extract(ArticleContext context)
    {
        if (context.Pair is not { } pair) yield break;
        var seen = new HashSet<CandidacySupport>();
        foreach (var sentence in context.Sentences)
        {
            var lower = sentence.Text.ToLowerInvariant();
            if (!SupportWords.Any(lower.Contains) || Hedges.Any(lower.Contains)) continue;
            var bodies = Bodies(context, sentence);
            string? candidate = null;
            for (var b = 0; b < bodies.Count; b++)
            {
                var body = bodies[b];
                var segmentStart = b > 0 ? bodies[b - 1].End : Dateline.End(context.Text, sentence);
                var segmentEnd = b + 1 < bodies.Count ? bodies[b + 1].Start : sentence.End;
                candidate = Candidate(context, sentence, segmentStart, body.Start) ?? candidate;
                if (candidate is null || !pair.Contains(candidate)) continue;
                var supporter = Supporter(context, segmentStart, body.Start, candidate, pair);
                if (supporter is null) continue;
                var terms = Terms(context, body.End, segmentEnd);
                var name = BodyName(context.Text, body);
                var facts = terms.Count == 0
                    ? [new CandidacySupport(supporter, candidate, name)]
                    : terms.Select(term => new CandidacySupport(supporter, candidate, name) { Term = term }).ToList();
                // A fact stated again is reported once; skipping it here spares quoting its sentence again.
                foreach (var fact in facts)
                    if (seen.Add(fact)) yield return fact with { Evidence = context.Evidence(sentence) };
            }
        }
    }

    /// <summary>The body as written when that spells it out ("Council of the International Maritime Organization"); the usual name for acronyms and short forms.</summary>
    private static string BodyName(string text, GazetteerMention body)
    {
        // "permanent membership of a reformed Security Council" is a different seat from an elected term.
        var before = text[Math.Max(0, body.Start - 50)..body.Start];
        var permanent = before.LastIndexOf("permanent ", StringComparison.Ordinal);
        var nonPermanent = permanent >= 4 && before.AsSpan(permanent - 4, 4).SequenceEqual("non-");
        if (permanent >= 0 && !nonPermanent && before.Contains("reformed", StringComparison.Ordinal))
        {
            // "permanent seat in a reformed UN Security Council": the seat and the body, without the wording around them.
            var seat = before[(permanent + "permanent ".Length)..].Split(' ', 2)[0];
            return $"permanent {seat} of the {body.Canonical}";
        }
        var written = text[body.Start..body.End];
        return written.Count(c => c == ' ') >= 2 ? written : body.Canonical;
    }

    /// <summary>International bodies, and blocs one asks to join ("wish to join APEC").</summary>
    private static List<GazetteerMention> Bodies(ArticleContext context, Sentence sentence)
    {
        var text = context.Text;
        var bodies = new List<GazetteerMention>();
        foreach (var m in context.MentionsIn(sentence))
        {
            // "the vote at the UN General Assembly": the body that votes, not the seat sought.
            // "the UN Economic and Social Council (ECOSOC)": one body written twice.
            if (bodies.Count > 0 && bodies[^1].Canonical == m.Canonical && text.AsSpan(bodies[^1].End, m.Start - bodies[^1].End).Trim().SequenceEqual("("))
                continue;
            if (m.Kind == MentionKind.Body && !text[Math.Max(sentence.Start, m.Start - 7)..m.Start].EndsWith("at the ", StringComparison.Ordinal)) bodies.Add(m);
            else if (m.Kind == MentionKind.Bloc)
            {
                var before = text[Math.Max(sentence.Start, m.Start - 20)..m.Start];
                if (before.EndsWith("join the ", StringComparison.Ordinal) || before.EndsWith("join ", StringComparison.Ordinal)
                    || before.EndsWith("membership of the ", StringComparison.Ordinal) || before.EndsWith("accession to the ", StringComparison.Ordinal))
                    bodies.Add(m);
            }
        }
        return bodies;
    }

    /// <summary>"Vietnam's candidacy", "the Egyptian candidate", "vote for China", "its candidature" (the sentence's subject).</summary>
    private static string? Candidate(ArticleContext context, Sentence sentence, int from, int to)
    {
        // A body named inside the dateline leaves no text before it to hold a candidate.
        if (to <= from) return null;
        var text = context.Text;
        string? found = null;
        var mentions = People.Window.Mentions(context, Math.Max(Dateline.End(text, sentence), to - 300), to).ToList();
        foreach (var m in mentions)
        {
            if (m.Start < from || CountryOf(m) is not { } code) continue;
            var after = text.AsSpan(m.End, Math.Min(45, to - m.End));
            var possessive = after.StartsWith("'s ") || after.StartsWith("’s ") || after.StartsWith("' ") || after.StartsWith("’ ");
            if (possessive && CandidacyNounFollows(after[2..])) found = code;
            else if (m.IsDemonym && after.StartsWith(" candidate", StringComparison.Ordinal)) found = code;
            else if (EndsWithVoteFor(text, from, m.Start)) found = code;
        }
        if (found is not null) return found;
        // "Kenya thanked India for supporting its candidature": the sentence's subject.
        var segment = text.AsSpan(from, to - from);
        foreach (var pronoun in (string[])["its ", "their ", "her country's ", "his country's ", "her country’s ", "his country’s "])
        {
            var at = segment.IndexOf(pronoun, StringComparison.Ordinal);
            if (at >= 0 && (at == 0 || segment[at - 1] == ' ') && CandidacyNounFollows(segment[(at + pronoun.Length)..]))
            {
                var clause = mentions;
                return clause.FirstOrDefault(m => m.Kind == MentionKind.Country)?.Code ?? clause.Select(CountryOf).FirstOrDefault(c => c is not null);
            }
        }
        return null;
    }

    /// <summary>"'s candidacy", "'s successful bid", "'s re-election": a candidacy noun within the next three words.</summary>
    private static bool CandidacyNounFollows(ReadOnlySpan<char> after)
    {
        var words = 0;
        foreach (var range in after.Split(' '))
        {
            var word = after[range];
            if (word.IsEmpty) continue;
            foreach (var noun in CandidacyNouns)
                if (word.StartsWith(noun, StringComparison.Ordinal)) return true;
            if (++words == 3) break;
        }
        return false;
    }

    private static bool EndsWithVoteFor(string text, int from, int start)
    {
        var before = text[Math.Max(from, start - 16)..start];
        return before.EndsWith("vote for ", StringComparison.Ordinal) || before.EndsWith("voted for ", StringComparison.Ordinal)
            || before.EndsWith("voting for ", StringComparison.Ordinal);
    }

    /// <summary>The other side of the pair, unless the clause names only third countries.</summary>
    private static string? Supporter(ArticleContext context, int from, int to, string candidate, CountryPair pair)
    {
        var others = People.Window.Mentions(context, from, to)
            .Select(CountryOf)
            .Where(c => c is not null && c != candidate)
            .ToList();
        var other = pair.Other(candidate);
        if (others.Count == 0 || others.Contains(other)) return other;
        return null;
    }

    /// <summary>Terms of office after a body: "(2017–2021, 2023–2027)", "for the 2028-29 term".</summary>
    private static List<Period> Terms(ArticleContext context, int from, int to) =>
        People.Window.Numbers(context, from, to)
            .Where(n => n.Kind == NumberKind.Year && n.Max is { } max && max > n.Value)
            .Select(n => new Period(((int)n.Value).ToString(System.Globalization.CultureInfo.InvariantCulture), ((int)n.Max!.Value).ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();

    /// <summary>A country by name or demonym, or the country of its capital ("Hanoi would back Astana's candidacy").</summary>
    private static string? CountryOf(GazetteerMention m) => m.Kind switch
    {
        MentionKind.Country => m.Code,
        MentionKind.Place when m.Countries.Count == 1 => m.Countries[0],
        _ => null,
    };
}
