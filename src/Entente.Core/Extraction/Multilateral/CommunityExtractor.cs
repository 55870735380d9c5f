using Entente.Core.Domain;
using Entente.Core.Extraction.Gazetteers;
using Entente.Core.Text;

namespace Entente.Core.Extraction.Multilateral;

/// <summary>
/// Diaspora sizes: "around 600 Vietnamese people are living in Belarus", "the Vietnamese community
/// in Belarus, numbering around 500–600 people", "2.2 million people in Germany have Polish roots",
/// "hosting more than 2.7 million Pakistanis". The origin is a demonym (or "of X origin", "X
/// roots"), the host the place after "in" or else the pair's other side; both must be the pair.
/// </summary>
public sealed class CommunityExtractor : IFactExtractor
{
    private static readonly string[] Cues =
    [
        "live", "living", "reside", "resident", "communit", "diaspora", "origin", "roots", "descent", "expatriate", "hosting", "hosts",
        "home to", "number", "settled", "citizens", "nationals", "migrants", "there are", "there were", "working in", "employed in",
    ];

    private static readonly string[] GroupNouns = ["community", "diaspora", "citizens", "nationals", "expatriates", "residents", "population"];

    public IEnumerable<Fact> Extract(ArticleContext context)
    {
        if (context.Pair is not { } pair) yield break;
        var text = context.Text;
        var fallback = AsOfDate.Fallback(context);
        var seen = new HashSet<Community>();
        foreach (var sentence in context.Sentences)
        {
            if (!PhraseMatcher.Of(Cues).OccursIn(sentence.Text)) continue;
            foreach (var count in Headcount.In(context, sentence))
            {
                var rightStart = count.Number.End;
                var right = count.Right(text, rightStart);
                if (StartsWithStudents(context, count, right)) continue;
                var (origin, originAt) = Origin(context, count, rightStart, right);
                if (origin is null || !pair.Contains(origin)) continue;
                var near = originAt;
                var host = Headcount.HostIn(context, count.LeftStart, count.RightEnd, near, origin) ?? pair.Other(origin);
                if (host is null || host == origin || !pair.Contains(host)) continue;
                var asOf = AsOfDate.Of(context, sentence, fallback, Math.Max(sentence.Start, count.Number.Start - 200), Math.Min(sentence.End, count.Number.End + 200));
                if (asOf is null) continue;
                var fact = new Community(origin, host, new CountRange(count.Min, count.Max), asOf) { Qualifier = count.Number.Qualifier };
                // A fact stated again is reported once; skipping it here spares quoting its sentence again.
                if (seen.Add(fact)) yield return fact with { Evidence = context.Evidence(sentence) };
            }
        }
    }

    /// <summary>"80,000 Vietnamese students": a student count, read by the students extractor.</summary>
    private static bool StartsWithStudents(ArticleContext context, Headcount count, string right)
    {
        var trimmed = right.TrimStart();
        if (trimmed.StartsWith("students", StringComparison.Ordinal)) return true;
        var at = count.Number.End + (right.Length - trimmed.Length);
        return DemonymWords.At(context, count.Sentence, at) is { } d && context.Text.AsSpan(d.End).TrimStart().StartsWith("students", StringComparison.Ordinal);
    }

    private static (string? Code, int At) Origin(ArticleContext context, Headcount count, int rightStart, string right)
    {
        var text = context.Text;
        // "600 Vietnamese (people) live…", "2.7 million Pakistanis".
        var at = rightStart + (right.Length - right.TrimStart().Length);
        // "a 70,000-strong Vietnamese community": the size before the group it measures.
        if (StrongGroup(context, count, at) is { } strong) return strong;
        // "130,000 ethnic Azerbaijanis live in …".
        if (text.AsSpan(at).StartsWith("ethnic ", StringComparison.Ordinal)) at += "ethnic ".Length;
        if (DemonymWords.At(context, count.Sentence, at) is { } direct)
        {
            var left = text.AsSpan(count.LeftStart, count.Number.Start - count.LeftStart);
            if (LivesNearby(right) || left.Contains("host", StringComparison.Ordinal) || left.Contains("home to", StringComparison.Ordinal)
                || WorkingIn(text.AsSpan(direct.End))
                || (ThereAre(left) && text.AsSpan(direct.End).StartsWith(" in ", StringComparison.Ordinal)
                    && Headcount.HostIn(context, direct.End, Math.Min(count.RightEnd, direct.End + 30), direct.End, direct.Code) is not null))
                return (direct.Code, direct.End);
        }
        // "people of Vietnamese origin", "people … have Polish roots".
        foreach (var m in People.Window.Mentions(context, rightStart, count.RightEnd))
        {
            if (m.Kind != MentionKind.Country || !m.IsDemonym) continue;
            var after = text.AsSpan(m.End).TrimStart();
            if (after.StartsWith("origin", StringComparison.Ordinal) || after.StartsWith("roots", StringComparison.Ordinal)
                || after.StartsWith("descent", StringComparison.Ordinal) || after.StartsWith("ancestry", StringComparison.Ordinal))
                return (m.Code, m.End);
        }
        // "The Vietnamese community in Belarus, numbering around…", "Spanish citizens registered in Mexico number about…".
        GazetteerMention? group = null;
        foreach (var m in People.Window.Mentions(context, count.LeftStart, count.Number.Start))
        {
            if (m.Kind != MentionKind.Country) continue;
            var after = Head(text, m.End);
            if (GroupNouns.Any(n => after.StartsWith(n, StringComparison.Ordinal))) group = m;
        }
        if (group is not null) return (group.Code, group.End);
        // "the number of Egyptians working in Kuwait stands at …": the people counted head the phrase before the count.
        var numberOf = text.AsSpan(count.LeftStart, count.Number.Start - count.LeftStart).LastIndexOf("number of ", StringComparison.OrdinalIgnoreCase);
        if (numberOf >= 0 && DemonymWords.At(context, count.Sentence, count.LeftStart + numberOf + "number of ".Length) is { } people)
        {
            // "the number of Peruvian tourists": the demonym must be the people themselves, followed by where they are.
            var next = text.AsSpan(people.End).TrimStart();
            if (next.StartsWith("in ", StringComparison.Ordinal) || next.StartsWith("living ", StringComparison.Ordinal)
                || next.StartsWith("working ", StringComparison.Ordinal) || next.StartsWith("residing ", StringComparison.Ordinal))
                return (people.Code, people.End);
        }
        return (null, 0);
    }

    /// <summary>"a 70,000-strong Vietnamese community", "over 700,000 strong Indian community": a demonym and a group noun after "strong".</summary>
    private static (string? Code, int At)? StrongGroup(ArticleContext context, Headcount count, int at)
    {
        var text = context.Text;
        var skip = text.AsSpan(at).StartsWith("-strong ", StringComparison.Ordinal) ? "-strong ".Length
            : text.AsSpan(at).StartsWith("strong ", StringComparison.Ordinal) ? "strong ".Length : 0;
        if (skip == 0 || DemonymWords.At(context, count.Sentence, at + skip) is not { } d) return null;
        var after = Head(text, d.End);
        return GroupNouns.Any(n => after.StartsWith(n, StringComparison.Ordinal)) ? (d.Code, d.End) : null;
    }

    /// <summary>"There are about 5,000 Peruvians in Chile": an existential "there are" just before the count says where people are.</summary>
    private static bool ThereAre(ReadOnlySpan<char> left)
    {
        var tail = left.Length > 40 ? left[^40..] : left;
        return tail.Contains("there are ", StringComparison.OrdinalIgnoreCase) || tail.Contains("there were ", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"3,000 Peruvians working in Chile": the people themselves work there ("Peruvian medical staff working in" names a workforce).</summary>
    private static bool WorkingIn(ReadOnlySpan<char> afterDemonym) =>
        afterDemonym.StartsWith(" working in ", StringComparison.Ordinal) || afterDemonym.StartsWith(" employed in ", StringComparison.Ordinal);

    private static string Head(string text, int from) => text.Substring(from, Math.Min(20, text.Length - from)).TrimStart();

    /// <summary>"… who live in", "residing", "settled": a word of living somewhere starts within the next words ("delivered" holds none).</summary>
    private static bool LivesNearby(string right)
    {
        var head = right.Length > 50 ? right[..50] : right;
        return StartsWord(head, "live") || StartsWord(head, "living") || StartsWord(head, "resid") || StartsWord(head, "settled") || StartsWord(head, "work in");
    }

    private static bool StartsWord(string text, string stem)
    {
        for (var at = text.IndexOf(stem, StringComparison.Ordinal); at >= 0; at = text.IndexOf(stem, at + 1, StringComparison.Ordinal))
            if (at == 0 || !char.IsLetter(text[at - 1])) return true;
        return false;
    }
}
