using Entente.Core.Extraction.Gazetteers;

namespace Entente.Core.Extraction.People;

/// <summary>
/// "Director General at the Kenyan Ministry of Foreign Affairs, Ambassador X": a person whose office
/// follows, after one comma, the name of a country's ministry or embassy works for that country.
/// </summary>
internal static class InstitutionCues
{
    private static readonly string[] Institutions = ["Ministry", "Embassy", "Foreign Ministry", "Government", "Presidency"];

    // The words a ministry's name may run on with: "Ministry of Foreign and Diaspora Affairs".
    private static readonly HashSet<string> NameJoiners = new(StringComparer.Ordinal) { "of", "and", "for", "the", "&" };

    private const int Reach = 90;

    public static string? CountryOf(ArticleContext context, PersonMention person)
    {
        var text = context.Text;
        var sentence = context.SentenceAt(person.Start);
        GazetteerMention? cue = null;
        foreach (var m in Window.Mentions(context, Math.Max(sentence.Start, person.Start - Reach), person.Start))
            if (m.Kind == MentionKind.Country && m.Code is not null && InstitutionNameUpTo(text, m.End, person.Start)) cue = m;
        return cue?.Code;
    }

    /// <summary>text[from, to) is " Ministry …," and then only spaces: an institution's name ended by the one comma before the office.</summary>
    private static bool InstitutionNameUpTo(string text, int from, int to)
    {
        var gap = text.AsSpan(from, to - from);
        var comma = gap.LastIndexOf(',');
        if (comma < 0 || !gap[(comma + 1)..].IsWhiteSpace()) return false;
        var name = gap[..comma].Trim().ToString();
        if (name.StartsWith("'s ", StringComparison.Ordinal) || name.StartsWith("’s ", StringComparison.Ordinal)) name = name[3..];
        if (!Institutions.Any(i => name.StartsWith(i, StringComparison.Ordinal))) return false;
        foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (!(char.IsUpper(word[0]) || NameJoiners.Contains(word))) return false;
        return true;
    }
}
