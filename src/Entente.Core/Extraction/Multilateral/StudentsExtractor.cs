using Entente.Core.Domain;
using Entente.Core.Extraction.Gazetteers;

namespace Entente.Core.Extraction.Multilateral;

/// <summary>
/// Students of one side studying in the other: "70 Vietnamese students studying in Belarus",
/// "some 20,000 Azerbaijani students are enrolled at Turkish universities", "3,000 students from
/// Senegal", "45,000 Mongolians live in Korea, 9,000 of them as students". The host is the place after "in", a demonym before "universities", or the pair's
/// other side; totals with no single origin ("400,000 international students") give nothing.
/// </summary>
public sealed class StudentsExtractor : IFactExtractor
{
    private static readonly string[] Institutions = ["universit", "higher education", "institutions", "schools", "colleges", "academ"];

    public IEnumerable<Fact> Extract(ArticleContext context)
    {
        if (context.Pair is not { } pair) yield break;
        var text = context.Text;
        var fallback = AsOfDate.Fallback(context);
        var seen = new HashSet<Students>();
        foreach (var sentence in context.Sentences)
        {
            if (!sentence.Text.Contains("students", StringComparison.Ordinal)) continue;
            var counts = Headcount.In(context, sentence).ToList();
            for (var c = 0; c < counts.Count; c++)
            {
                var count = counts[c];
                if (count.Min != count.Max) continue;
                var at = count.Number.End;
                while (at < text.Length && text[at] == ' ') at++;
                string? origin = null;
                int studentsEnd;
                string? groupHost = null;
                if (c > 0 && OfThemStudentsEnd(text, at) is { } ofThemEnd)
                {
                    // "45,000 Mongolians live in Korea, about 9,000 of them as students": the group counted just before.
                    var group = counts[c - 1];
                    var groupAt = group.Number.End;
                    while (groupAt < text.Length && text[groupAt] == ' ') groupAt++;
                    if (DemonymWords.At(context, sentence, groupAt) is not { } groupDemonym) continue;
                    origin = groupDemonym.Code;
                    groupHost = Headcount.HostIn(context, groupDemonym.End, count.Number.Start, groupDemonym.End, origin);
                    studentsEnd = ofThemEnd;
                }
                else if (DemonymWords.At(context, sentence, at) is { } demonym && Follows(text, demonym.End, "students"))
                {
                    origin = demonym.Code;
                    studentsEnd = text.IndexOf("students", demonym.End, StringComparison.Ordinal) + "students".Length;
                }
                else if (Follows(text, at, "students"))
                {
                    studentsEnd = text.IndexOf("students", at, StringComparison.Ordinal) + "students".Length;
                    origin = FromCountry(context, sentence, studentsEnd);
                }
                else continue;
                if (origin is null || !pair.Contains(origin) || IsAlumniTotal(count.Right(text, studentsEnd))) continue;
                var host = groupHost
                    ?? Headcount.HostIn(context, studentsEnd, count.RightEnd, studentsEnd, origin)
                    ?? InstitutionCountry(context, studentsEnd, count.RightEnd)
                    ?? pair.Other(origin);
                if (host is null || host == origin || !pair.Contains(host)) continue;
                var asOf = AsOfDate.Of(context, sentence, fallback, Math.Max(sentence.Start, count.Number.Start - 200), Math.Min(sentence.End, count.Number.End + 200));
                if (asOf is null) continue;
                var fact = new Students(origin, host, (long)count.Number.Value, asOf) { Qualifier = count.Number.Qualifier };
                // A fact stated again is reported once; skipping it here spares quoting its sentence again.
                if (seen.Add(fact)) yield return fact with { Evidence = context.Evidence(sentence) };
            }
        }
    }

    /// <summary>"5,000 Vietnamese students have graduated from…": a running total of alumni, not students now.</summary>
    private static bool IsAlumniTotal(string right)
    {
        var head = right.Length > 40 ? right[..40] : right;
        return head.Contains("graduat", StringComparison.Ordinal) || head.Contains("trained", StringComparison.Ordinal)
            || head.Contains("have studied", StringComparison.Ordinal) || head.Contains("had studied", StringComparison.Ordinal);
    }

    /// <summary>The end of "of them as students" or "of them students" at from, or null.</summary>
    private static int? OfThemStudentsEnd(string text, int from)
    {
        foreach (var phrase in (string[])["of them as students", "of them students", "of them are students"])
            if (string.CompareOrdinal(text, from, phrase, 0, phrase.Length) == 0) return from + phrase.Length;
        return null;
    }

    private static bool Follows(string text, int from, string word)
    {
        var i = from;
        while (i < text.Length && text[i] == ' ') i++;
        return string.CompareOrdinal(text, i, word, 0, word.Length) == 0;
    }

    /// <summary>"students from Senegal".</summary>
    private static string? FromCountry(ArticleContext context, Sentences.Sentence sentence, int studentsEnd)
    {
        if (!context.Text.AsSpan(studentsEnd).StartsWith(" from ", StringComparison.Ordinal)) return null;
        var target = studentsEnd + " from ".Length;
        var mention = People.Window.Mentions(context, target, Math.Min(sentence.End, target + 80)).FirstOrDefault(m => m.Start == target);
        return mention is { Kind: MentionKind.Country, IsDemonym: false } ? mention.Code : null;
    }

    /// <summary>"at Korean universities", "in Moroccan higher education": a demonym before an institution word.</summary>
    private static string? InstitutionCountry(ArticleContext context, int from, int to)
    {
        foreach (var m in People.Window.Mentions(context, from, to))
        {
            if (m.Kind != MentionKind.Country || !m.IsDemonym) continue;
            var after = context.Text.Substring(m.End, Math.Min(24, context.Text.Length - m.End)).TrimStart();
            if (Institutions.Any(i => after.StartsWith(i, StringComparison.Ordinal))) return m.Code;
        }
        return null;
    }
}
