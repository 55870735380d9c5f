using Entente.Core.Extraction.Gazetteers;

namespace Entente.Core.Extraction.Diplomacy;

/// <summary>Country codes behind gazetteer mentions: a country or demonym, or a place of one country ("Hanoi" is VN).</summary>
internal static class CountryRefs
{
    public static string? CountryOrPlace(GazetteerMention mention) => mention.Kind switch
    {
        MentionKind.Country => mention.Code,
        MentionKind.Place when mention.Countries.Count == 1 => mention.Countries[0],
        _ => null,
    };

    /// <summary>The country or place mention starting right after "to"/"in" (a few characters) at or after an offset.</summary>
    public static GazetteerMention? After(IEnumerable<GazetteerMention> mentions, string text, int offset, int limit, params string[] prepositions)
    {
        foreach (var m in mentions)
        {
            if (m.Start < offset || m.Start >= limit || CountryOrPlace(m) is null) continue;
            var gap = text[offset..m.Start].Trim().ToLowerInvariant();
            foreach (var p in prepositions)
            {
                if (gap.EndsWith(p + " the", StringComparison.Ordinal) || gap.EndsWith(p, StringComparison.Ordinal))
                {
                    var head = gap.EndsWith(p + " the", StringComparison.Ordinal) ? gap[..^(p.Length + 4)] : gap[..^p.Length];
                    if (head.Length == 0 || !char.IsLetter(head[^1])) return m;
                }
            }
        }
        return null;
    }

    /// <summary>True when a country mention ends just before an offset: "Belarusian embassy", "Mongolia's consulate".</summary>
    public static GazetteerMention? RightBefore(IEnumerable<GazetteerMention> mentions, string text, int offset)
    {
        GazetteerMention? last = null;
        foreach (var m in mentions)
            if (m.End <= offset && m.Kind == MentionKind.Country) last = m;
        if (last is null) return null;
        var gap = text[last.End..offset].Trim().ToLowerInvariant();
        foreach (var filler in new[] { "'s", "’s" }) if (gap.StartsWith(filler, StringComparison.Ordinal)) gap = gap[filler.Length..].Trim();
        return gap is "" or "new" or "first" or "first resident" or "resident" or "new resident" ? last : null;
    }
}
