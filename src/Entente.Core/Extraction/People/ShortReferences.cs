namespace Entente.Core.Extraction.People;

/// <summary>
/// Short references to people named in full elsewhere in the article: "Lam" for "To Lam", "Hieu"
/// for "Tran Quoc Hieu", "Pichai" for "Pichai Wongsakul", with or without a title. A short form
/// shared by two people refers to neither.
/// </summary>
internal static class ShortReferences
{
    public static List<PersonMention> Resolve(ArticleContext context, MentionMap map, List<PersonMention> people)
    {
        var names = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var byPart = new Dictionary<string, PersonMention>(StringComparer.Ordinal);
        foreach (var p in people)
        {
            var parts = p.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2) continue;
            foreach (var part in new[] { parts[0], parts[^1] })
            {
                if (part.Length < 3 || !NameReader.IsNameWord(part)) continue;
                if (!names.TryGetValue(part, out var set)) names[part] = set = new HashSet<string>(StringComparer.Ordinal);
                set.Add(p.Name);
                if (!byPart.TryGetValue(part, out var known) || (known.Country is null && p.Country is not null)) byPart[part] = p;
            }
        }
        foreach (var (part, set) in names)
        {
            if (set.Count == 1) continue;
            // "S Jaishankar" and "Subrahmanyam Jaishankar" are one person written with and without initials: the full form stands.
            var longest = set.MaxBy(n => n.Length)!;
            if (set.All(n => PersonNames.SameWithInitials(n, longest)) && people.FirstOrDefault(q => q.Name == longest) is { } full)
                byPart[part] = byPart[part].Country is { } known && full.Country is null ? full with { Country = known } : full;
            else byPart.Remove(part);
        }
        if (byPart.Count == 0) return people;

        var result = new List<PersonMention>(people.Count);
        foreach (var p in people)
        {
            // "Deputy Minister Tri": a title with a short name stands for the full person.
            if (!p.Name.Contains(' ') && byPart.GetValueOrDefault(p.Name) is { } full)
                result.Add(p with { Name = full.Name, Country = p.Country ?? full.Country, IsShortReference = true });
            else result.Add(p);
        }
        result.AddRange(BareReferences(context.Text, map, people, byPart));
        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;
    }

    /// <summary>Short names standing alone ("Lam arrived…"), outside any person mention and any longer capitalised name.</summary>
    private static IEnumerable<PersonMention> BareReferences(string text, MentionMap map, List<PersonMention> people, Dictionary<string, PersonMention> byPart)
    {
        var covered = new bool[text.Length + 1];
        foreach (var p in people)
            for (var i = p.Start; i < p.End && i < text.Length; i++) covered[i] = true;
        var lookup = byPart.GetAlternateLookup<ReadOnlySpan<char>>();
        var k = 0;
        while (k < text.Length)
        {
            if (!char.IsLetter(text[k])) { k++; continue; }
            var end = k;
            while (end < text.Length && (char.IsLetter(text[end]) || text[end] == '-')) end++;
            if (!covered[k] && !map.IsCovered(k) && lookup.TryGetValue(text.AsSpan(k, end - k), out var full)
                && !NeighbourIsCapitalised(text, k, end))
            {
                yield return new PersonMention(k, end, full.Name, full.Office, full.Country)
                {
                    NameStart = k,
                    CanonicalOffice = full.CanonicalOffice,
                    IsShortReference = true,
                };
            }
            k = end;
        }
    }

    private static bool NeighbourIsCapitalised(string text, int start, int end)
    {
        var before = start - 2 >= 0 && text[start - 1] == ' ' && char.IsLetter(text[start - 2]);
        if (before)
        {
            var j = start - 2;
            while (j > 0 && char.IsLetter(text[j - 1])) j--;
            if (char.IsUpper(text[j])) return true;
        }
        return end + 1 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1]);
    }
}
