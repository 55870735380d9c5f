namespace Entente.Core.Extraction.Gazetteers;

/// <summary>
/// Chooses among the readings of an ambiguous mention by the countries an article already names:
/// "Brest" next to "Belarus" is the Belarusian city, "Georgia" next to "Atlanta" the US state.
/// </summary>
public static class MentionResolution
{
    /// <summary>
    /// The mention read as its first candidate that belongs to one of the given countries (in
    /// candidate order), with Countries narrowed to that country; the mention itself when none does.
    /// </summary>
    public static GazetteerMention Prefer(this GazetteerMention mention, IReadOnlyCollection<string> countries)
    {
        if (!mention.IsAmbiguous) return mention;
        var index = -1;
        for (var i = 0; i < mention.Candidates.Count && index < 0; i++)
        {
            if (mention.Candidates[i].Country is { } c && countries.Contains(c)) index = i;
        }
        if (index < 0) return mention;
        var chosen = mention.Candidates[index];
        IReadOnlyList<GazetteerEntry> reordered = [chosen, .. mention.Candidates.Where((_, i) => i != index)];
        return GazetteerMention.FromCandidates(mention.Start, mention.End, reordered) with { Countries = [chosen.Country!] };
    }

    /// <summary>
    /// Resolves every ambiguous mention against the countries that the unambiguous mentions of the
    /// same text name (countries and demonyms, and the countries of unambiguous places).
    /// </summary>
    public static IReadOnlyList<GazetteerMention> Resolve(IReadOnlyList<GazetteerMention> mentions)
    {
        var context = ContextCountries(mentions);
        return mentions.Select(m => m.Prefer(context)).ToList();
    }

    /// <summary>
    /// "Niger" in an article about Algeria and Niger is the country, not the Nigerian state: a name that is a country of the
    /// article's pair and a place elsewhere reads as the country, whatever other countries the text names.
    /// </summary>
    public static IReadOnlyList<GazetteerMention> PreferPairCountries(IReadOnlyList<GazetteerMention> mentions, IReadOnlyCollection<string> pair)
    {
        List<GazetteerMention>? changed = null;
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (!m.IsAmbiguous || m.Kind == MentionKind.Country) continue;
            var index = -1;
            for (var k = 0; k < m.Candidates.Count && index < 0; k++)
                if (m.Candidates[k] is { Kind: MentionKind.Country, Country: { } c } && pair.Contains(c)) index = k;
            if (index < 0) continue;
            var chosen = m.Candidates[index];
            changed ??= [.. mentions];
            changed[i] = GazetteerMention.FromCandidates(m.Start, m.End, [chosen, .. m.Candidates.Where((_, k) => k != index)]) with { Countries = [chosen.Country!] };
        }
        return changed ?? mentions;
    }

    /// <summary>The countries named without doubt in a list of mentions.</summary>
    public static IReadOnlySet<string> ContextCountries(IReadOnlyList<GazetteerMention> mentions)
    {
        var context = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            if (m.Kind is MentionKind.Country or MentionKind.Place && !m.IsAmbiguous && m.Countries.Count == 1)
                context.Add(m.Countries[0]);
        }
        return context;
    }
}
