using Entente.Core.Extraction.Gazetteers;
using Entente.Core.Extraction.People;
using Entente.Core.Extraction.Sentences;

namespace Entente.Core.Extraction.Diplomacy;

/// <summary>
/// The officials an article names, and every way a sentence refers to them: the full "office +
/// name" mention, a short name ("Hieu", "Dr. Raghunathan"), "office, Name" appositions, and a bare
/// office ("the Vietnamese Prime Minister"), tied to the named holder of that office where the
/// article has one.
/// </summary>
internal sealed class ArticleOfficials
{
    private readonly ArticleContext _context;
    private readonly List<OfficialRef> _refs;

    private ArticleOfficials(ArticleContext context, List<OfficialRef> refs)
    {
        _context = context;
        _refs = refs;
    }

    /// <summary>The article's officials, read once per article however many extractors ask (visits, meetings, envoys).</summary>
    public static ArticleOfficials Of(ArticleContext context) => context.Layer(() => Read(context));

    private static ArticleOfficials Read(ArticleContext context)
    {
        var text = context.Text;
        var named = new List<OfficialRef>();
        foreach (var p in context.People)
        {
            var name = StripPossessive(p.Name);
            if (name.Length > 1) named.Add(new OfficialRef(p.Start, p.End, new Official(name, p.Office, p.Country)));
        }
        named.AddRange(Appositions(context, named));
        named.AddRange(Counterparts(context));
        named.Sort((a, b) => a.Start.CompareTo(b.Start));
        var byName = Unify(named);
        var refs = new List<OfficialRef>(named.Select(r => r with { Official = byName[r.Official.Name!] }));
        refs.AddRange(ShortNames(text, byName.Values, refs));
        var holders = Holders(context, named, byName);
        refs.AddRange(BareOffices(context, holders, refs));
        refs.AddRange(LowerCaseOffices(context, holders, refs));
        refs.Sort((a, b) => a.Start.CompareTo(b.Start));
        refs.AddRange(BareCounterparts(context, holders, refs));
        refs.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new ArticleOfficials(context, refs);
    }

    /// <summary>The references within [start, end), found by binary search: refs are sorted by start.</summary>
    public IEnumerable<OfficialRef> In(int start, int end)
    {
        int lo = 0, hi = _refs.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_refs[mid].Start < start) lo = mid + 1;
            else hi = mid;
        }
        for (var i = lo; i < _refs.Count && _refs[i].Start < end; i++)
            if (_refs[i].End <= end) yield return _refs[i];
    }

    public IEnumerable<OfficialRef> In(Sentence sentence) => In(sentence.Start, sentence.End);

    /// <summary>The country of an official, or the one the article's pair leaves when the other side is known.</summary>
    public string? CountryOf(Official official, string? otherSide) =>
        official.Country ?? (otherSide is null ? null : _context.Pair?.Other(otherSide));

    /// <summary>"the Minister of External Affairs of India, Dr. Arvind Raghunathan": a name after an office and a comma.</summary>
    private static IEnumerable<OfficialRef> Appositions(ArticleContext context, List<OfficialRef> named)
    {
        var text = context.Text;
        var mentions = context.Mentions;
        var covered = Covered(text.Length, named);
        for (var i = 0; i < mentions.Count; i++)
        {
            var office = mentions[i];
            if (office.Kind != MentionKind.Office || covered[office.Start]) continue;
            var end = office.End;
            string? country = office.Countries.Count == 1 ? office.Countries[0] : null;
            var next = i + 1 < mentions.Count ? mentions[i + 1] : null;
            if (next is { Kind: MentionKind.Country } && IsOfCountry(text, end, next.Start))
            {
                country ??= next.Code;
                end = next.End;
            }
            var (nameStart, nameEnd) = end < text.Length && text[end] == ','
                ? People.NameReader.After(text, end + 1, Math.Min(text.Length, end + 80), People.NameRules.Plain)
                : (0, 0);
            // One capitalised word after a comma is more often the next item of a list than a name.
            if (nameEnd <= nameStart || !text[nameStart..nameEnd].Contains(' ') || OverlapsMention(mentions, i + 1, nameStart, nameEnd))
            {
                // "Vikram Sethi, Minister of External Affairs of India": the name before the office.
                var gapStart = office.Start - 2;
                if (gapStart < 1 || text[gapStart] != ',' || text[gapStart + 1] != ' ') continue;
                (nameStart, nameEnd) = People.NameReader.Before(text, gapStart, Math.Max(0, gapStart - 60), People.NameRules.Plain);
                if (nameEnd <= nameStart || (i > 0 && mentions[i - 1].End > nameStart)) continue;
                yield return new OfficialRef(nameStart, end, new Official(text[nameStart..nameEnd], text[office.Start..office.End], country));
                continue;
            }
            var before = CountryRefs.RightBefore(Previous(mentions, i), text, office.Start);
            country ??= before?.Code;
            yield return new OfficialRef(before?.Start ?? office.Start, nameEnd, new Official(text[nameStart..nameEnd], text[office.Start..office.End], country));
        }
    }

    /// <summary>"his Lao counterpart Bounleuang Phommachanh": a name after "counterpart", its country from the demonym before.</summary>
    private static IEnumerable<OfficialRef> Counterparts(ArticleContext context)
    {
        var text = context.Text;
        var mentions = context.Mentions;
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Kind != MentionKind.Country) continue;
            var after = m.End;
            if (!text.AsSpan(after).StartsWith(" counterpart", StringComparison.Ordinal)) continue;
            var (nameStart, nameEnd) = People.NameReader.After(text, after + " counterpart".Length, Math.Min(text.Length, after + 80), People.NameRules.Plain);
            if (nameEnd <= nameStart || OverlapsMention(mentions, i + 1, nameStart, nameEnd)) continue;
            yield return new OfficialRef(m.Start, nameEnd, new Official(text[nameStart..nameEnd], null, m.Code));
        }
    }

    /// <summary>
    /// One official per name, with the office and country any of its mentions gives; mentions that tie the name to two
    /// countries ("X, President of Uganda, His Excellency Y, President of Kenya" read both ways) leave its office and country open.
    /// </summary>
    private static Dictionary<string, Official> Unify(List<OfficialRef> named)
    {
        var byName = new Dictionary<string, Official>(StringComparer.Ordinal);
        var torn = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in named)
        {
            var o = r.Official;
            if (byName.TryGetValue(o.Name!, out var known))
            {
                if (known.Country is not null && o.Country is not null && known.Country != o.Country) torn.Add(o.Name!);
                byName[o.Name!] = known with { Office = known.Office ?? o.Office, Country = known.Country ?? o.Country };
            }
            else byName[o.Name!] = o;
        }
        foreach (var name in torn) byName[name] = byName[name] with { Office = null, Country = null };
        return byName;
    }

    /// <summary>"Hieu held talks", "Kertész was received": the first or last word of a known name, standing alone.</summary>
    private static IEnumerable<OfficialRef> ShortNames(string text, IEnumerable<Official> officials, List<OfficialRef> taken)
    {
        var byWord = new Dictionary<string, Official?>(StringComparer.Ordinal);
        foreach (var o in officials)
        {
            var words = o.Name!.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach (var w in new[] { words[0], words[^1] }.Distinct())
            {
                if (w.Length < 3 || !char.IsUpper(w[0])) continue;
                // A word shared by two people names neither.
                byWord[w] = byWord.TryGetValue(w, out var other) && other != o ? null : o;
            }
        }
        if (byWord.Count == 0) yield break;
        var lookup = byWord.GetAlternateLookup<ReadOnlySpan<char>>();
        var covered = Covered(text.Length, taken);
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i])) { i++; continue; }
            var start = i;
            while (i < text.Length && (char.IsLetter(text[i]) || text[i] == '-')) i++;
            if (lookup.TryGetValue(text.AsSpan(start, i - start), out var o) && o is not null && !covered[start])
                yield return new OfficialRef(start, i, o);
        }
    }

    /// <summary>A named official as a bare office may refer to it: the office as the gazetteer names it, and where the article first names the official.</summary>
    private sealed record Holder(Official Official, string? Canonical, int First);

    /// <summary>
    /// The officials a bare office may stand for, in the order the article first names them. One the article calls former
    /// ("former President X") holds the office no more, so no bare office refers to him.
    /// </summary>
    private static List<Holder> Holders(ArticleContext context, List<OfficialRef> named, Dictionary<string, Official> byName)
    {
        var canonical = new Dictionary<string, string>(StringComparer.Ordinal);
        var former = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in context.People)
        {
            var name = StripPossessive(p.Name);
            if (p.Former) former.Add(name);
            if (p.CanonicalOffice is { } office) canonical.TryAdd(name, office);
        }
        var holders = new List<Holder>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in named)
        {
            var name = r.Official.Name!;
            if (!seen.Add(name) || former.Contains(name)) continue;
            var official = byName[name];
            var office = canonical.GetValueOrDefault(name) ?? (official.Office is { } written ? Gazetteer.Default.OfficeAt(written, 0)?.Canonical : null);
            holders.Add(new Holder(official, office, r.Start));
        }
        return holders;
    }

    /// <summary>"the Vietnamese Prime Minister", "the Belorussian President", "the Vice Minister": an office with no name after it.</summary>
    private static IEnumerable<OfficialRef> BareOffices(ArticleContext context, List<Holder> holders, List<OfficialRef> taken)
    {
        var text = context.Text;
        var mentions = context.Mentions;
        var covered = Covered(text.Length, taken);
        var resolver = new BareOfficeResolver(holders);
        for (var i = 0; i < mentions.Count; i++)
        {
            var office = mentions[i];
            if (office.Kind != MentionKind.Office || covered[office.Start]) continue;
            var before = CountryRefs.RightBefore(Previous(mentions, i), text, office.Start);
            var country = before?.Code ?? (office.Countries.Count == 1 ? office.Countries[0] : null);
            var end = office.End;
            // "the President of Uzbekistan": the country right after "of".
            if (country is null && i + 1 < mentions.Count && mentions[i + 1] is { Kind: MentionKind.Country } of && IsOfCountry(text, office.End, of.Start))
                (country, end) = (of.Code, of.End);
            var title = text[office.Start..office.End];
            if (country is null)
            {
                // "The Vice Minister is on an official visit": the one named official whose office begins so.
                if (Words.Before(text, office.Start) != "the") continue;
                if (resolver.Only(title, office.Canonical, office.Start) is { } only) yield return new OfficialRef(office.Start, office.End, only);
                continue;
            }
            var official = resolver.Holding(title, office.Canonical, country, office.Start) is { } holder ? holder with { Country = country } : new Official(null, title, country);
            yield return new OfficialRef(before?.Start ?? office.Start, end, official);
        }
    }

    /// <summary>
    /// "the Turkish president", "Peru's foreign minister", "the prime minister": an office in lower case with no name after it,
    /// linked to the one official named before it who holds that office (of its country, when it states one). Unlike a
    /// capitalised office, one that fits nobody names no official: lower-case titles are read only to be linked.
    /// </summary>
    private static IEnumerable<OfficialRef> LowerCaseOffices(ArticleContext context, List<Holder> holders, List<OfficialRef> taken)
    {
        var text = context.Text;
        var covered = Covered(text.Length, taken);
        var resolver = new BareOfficeResolver(holders);
        foreach (var title in LowerCaseTitles.Find(context, bare: true))
        {
            if (covered[title.Start] || covered[title.OfficeStart]) continue;
            var written = text[title.OfficeStart..title.OfficeEnd];
            Official? official;
            if (title.Country is { } country) official = resolver.Holding(written, title.Canonical, country, title.Start) is { } holder ? holder with { Country = country } : null;
            // "the president of the chamber" is another body's; only "the president" standing alone may be the article's.
            else if (Words.Before(text, title.OfficeStart) != "the" || text.AsSpan(title.OfficeEnd).StartsWith(" of ", StringComparison.Ordinal)) continue;
            else official = resolver.Only(written, title.Canonical, title.Start);
            if (official is not null) yield return new OfficialRef(title.Start, title.End, official);
        }
    }

    /// <summary>
    /// "held talks with his Estonian counterpart in Kyiv", "welcomed her counterpart": a counterpart the sentence does not
    /// name is the one official named before who holds the possessor's office for the other country (the one its demonym
    /// gives, else the pair's other side). The possessor is the last named official before it in the sentence. Nothing when
    /// the possessor's office or the country is unknown, or two holders fit.
    /// </summary>
    private static IEnumerable<OfficialRef> BareCounterparts(ArticleContext context, List<Holder> holders, List<OfficialRef> refs)
    {
        var text = context.Text;
        var covered = Covered(text.Length, refs);
        var resolver = new BareOfficeResolver(holders);
        var canonical = holders.ToDictionary(h => h.Official.Name!, h => h.Canonical, StringComparer.Ordinal);
        // Demonyms by where they end, and the named references walked once in step with the occurrences (both in text order),
        // so that the work stays linear in the article's length.
        var demonyms = new Dictionary<int, GazetteerMention>();
        foreach (var m in context.Mentions)
            if (m is { Kind: MentionKind.Country, IsDemonym: true, Code: not null }) demonyms[m.End] = m;
        var walked = 0;
        OfficialRef? lastNamed = null;
        const string word = "counterpart";
        for (var k = Words.Find(text, word, 0, text.Length); k >= 0; k = Words.Find(text, word, k + word.Length, text.Length))
        {
            var end = k + word.Length;
            if (covered[k] || (end < text.Length && char.IsLetter(text[end]))) continue;
            // "his counterpart, Z" or "counterpart Z": a name follows, read elsewhere.
            var next = end;
            while (next < text.Length && text[next] is ' ' or ',') next++;
            if (next < text.Length && char.IsUpper(text[next])) continue;
            var demonym = demonyms.GetValueOrDefault(k - 1);
            var start = demonym?.Start ?? k;
            for (; walked < refs.Count && refs[walked].Start < start; walked++)
                if (refs[walked].End <= start && refs[walked].Official.Name is not null) lastNamed = refs[walked];
            if (covered[start] || Words.Before(text, start) is not ("his" or "her")) continue;
            var possessor = lastNamed is not null && lastNamed.Start >= context.SentenceAt(k).Start ? lastNamed.Official : null;
            if (possessor?.Office is not { } office || possessor.Country is not { } side || context.Pair is not { } pair || !pair.Contains(side)) continue;
            var country = demonym?.Code ?? pair.Other(side);
            if (country is null || country == side || canonical.GetValueOrDefault(possessor.Name!) is not { } read) continue;
            if (resolver.Holding(office, read, country, start) is { } holder) yield return new OfficialRef(start, end, holder with { Country = country });
        }
    }

    /// <summary>
    /// Looks up the holders of an office named before a bare mention of it, once per distinct office (and country) rather
    /// than once per mention, so that the work stays linear in the article's length however many offices and officials it
    /// names. A holder whose office is written as the mention writes it fits first ("the prime minister" is the Prime
    /// Minister named before, not the Premier); failing any, one the gazetteer reads as the same office ("Foreign Minister"
    /// and "Minister of Foreign Affairs"). Two who fit equally leave the mention unlinked.
    /// </summary>
    private sealed class BareOfficeResolver(List<Holder> holders)
    {
        private readonly Dictionary<(string Title, string? Country), (List<Holder> Written, List<Holder> Read)> _fitting = [];

        /// <summary>The one holder of the office for the country named before <paramref name="at"/>, or null.</summary>
        public Official? Holding(string title, string canonical, string country, int at) =>
            Sole(Fitting(title, country, h => h.Official.Country == country && string.Equals(h.Official.Office, title, StringComparison.OrdinalIgnoreCase),
                h => h.Official.Country == country && string.Equals(h.Canonical, canonical, StringComparison.OrdinalIgnoreCase)), at);

        /// <summary>The one holder of any country whose office begins so ("the Vice Minister"), named before <paramref name="at"/>, or null.</summary>
        public Official? Only(string title, string canonical, int at) =>
            Sole(Fitting(title, null, h => h.Official.Country is not null && (h.Official.Office?.StartsWith(title, StringComparison.OrdinalIgnoreCase) ?? false),
                h => h.Official.Country is not null && (h.Canonical?.StartsWith(canonical, StringComparison.OrdinalIgnoreCase) ?? false)), at);

        private (List<Holder> Written, List<Holder> Read) Fitting(string title, string? country, Func<Holder, bool> written, Func<Holder, bool> read)
        {
            var key = (title.ToUpperInvariant(), country);
            if (!_fitting.TryGetValue(key, out var fitting)) _fitting[key] = fitting = ([.. holders.Where(written)], [.. holders.Where(read)]);
            return fitting;
        }

        private static Official? Sole((List<Holder> Written, List<Holder> Read) fitting, int at) =>
            Before(fitting.Written, at) is var written and > 0 ? (written == 1 ? fitting.Written[0].Official : null)
            : Before(fitting.Read, at) == 1 ? fitting.Read[0].Official : null;

        /// <summary>How many holders (in the order first named) are named before the mention: 0, 1, or 2 for two or more.</summary>
        private static int Before(List<Holder> fitting, int at) =>
            fitting.Count == 0 || fitting[0].First >= at ? 0 : fitting.Count == 1 || fitting[1].First >= at ? 1 : 2;
    }

    /// <summary>
    /// What joins an office to its country: "of", "of the", or a state's style the gazetteer does not hold
    /// ("of the Plurinational State of", "of the Sultanate of"): capitalised words ending in "of".
    /// </summary>
    private static bool IsOfCountry(string text, int officeEnd, int countryStart)
    {
        if (countryStart < officeEnd) return false;
        var gap = text[officeEnd..countryStart].Trim();
        if (gap is "of" or "of the") return true;
        // "of the of" starts and ends right but has no style between: the two affixes overlap.
        if (gap.Length <= "of the  of".Length || !gap.StartsWith("of the ", StringComparison.Ordinal) || !gap.EndsWith(" of", StringComparison.Ordinal) || gap.Length > 60) return false;
        var style = gap["of the ".Length..^" of".Length].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return style.Length is >= 1 and <= 3 && char.IsUpper(style[0][0]) && char.IsUpper(style[^1][0]) && style.All(w => w.All(char.IsLetter));
    }

    private static bool OverlapsMention(IReadOnlyList<GazetteerMention> mentions, int from, int start, int end)
    {
        for (var j = from; j < mentions.Count && mentions[j].Start < end; j++)
            if (mentions[j].End > start) return true;
        return false;
    }

    private static GazetteerMention[] Previous(IReadOnlyList<GazetteerMention> mentions, int i) => i > 0 ? [mentions[i - 1]] : [];

    /// <summary>Marks the characters that references already cover, so later passes skip them in linear time.</summary>
    private static bool[] Covered(int length, IEnumerable<OfficialRef> refs)
    {
        var covered = new bool[length];
        foreach (var r in refs) Array.Fill(covered, true, r.Start, r.End - r.Start);
        return covered;
    }

    private static string StripPossessive(string name) =>
        name.EndsWith("'s", StringComparison.Ordinal) || name.EndsWith("’s", StringComparison.Ordinal) ? name[..^2] : name;
}
