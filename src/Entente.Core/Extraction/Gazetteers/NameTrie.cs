using System.Runtime.InteropServices;

namespace Entente.Core.Extraction.Gazetteers;

/// <summary>
/// A trie over folded tokens. Matching walks at most <see cref="MaxDepth"/> tokens from a start
/// token, so a scan of the whole text is linear in its length. The article "the" is left out of
/// keys and skipped inside a match, so "Intergovernmental Committee for (the) Safeguarding of
/// (the) Intangible Cultural Heritage" has one key.
/// </summary>
internal sealed class NameTrie
{
    private const string Article = "the";

    private sealed class Node
    {
        public Dictionary<string, Node>? Children;
        public List<NameSurface>? Surfaces;
    }

    private readonly Node _root = new();

    public int MaxDepth { get; private set; }

    public int SurfaceCount { get; private set; }

    /// <summary>Adds a spelling; spellings with brackets, quotes or slashes, or with no words, are ignored.</summary>
    public void Add(string spelling, GazetteerEntry entry, bool requireCapital, int priority)
    {
        var tokens = NameTokenizer.Tokenize(spelling);
        var raw = new List<string>();
        var gaps = new List<GapKind>();
        var pendingGap = GapKind.Joiner;
        var node = _root;
        for (var k = 0; k < tokens.Count; k++)
        {
            var t = tokens[k];
            if (k > 0) pendingGap = Combine(pendingGap, t.GapBefore);
            if (pendingGap == GapKind.Break) return;
            if (t.Folded == Article) continue;
            if (raw.Count > 0) gaps.Add(pendingGap);
            pendingGap = GapKind.Joiner;
            raw.Add(spelling[t.Start..t.End]);
            node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Children.TryGetValue(t.Folded, out var child))
            {
                child = new Node();
                node.Children.Add(t.Folded, child);
            }
            node = child;
        }
        if (raw.Count == 0) return;
        var surface = new NameSurface(entry, [.. raw], [.. gaps], requireCapital, priority);
        node.Surfaces ??= [];
        if (node.Surfaces.Exists(s => s.Entry == entry && s.RequireCapital == requireCapital
            && s.RawTokens.SequenceEqual(surface.RawTokens) && s.Gaps.SequenceEqual(surface.Gaps)))
            return;
        node.Surfaces.Add(surface);
        SurfaceCount++;
        MaxDepth = Math.Max(MaxDepth, raw.Count);
    }

    /// <summary>The longest name whose first word is tokens[first], or null.</summary>
    public TrieMatch? LongestAt(string text, IReadOnlyList<NameToken> tokens, int first)
    {
        var head = tokens[first];
        // Most words start no name: leave before allocating anything.
        if (head.Folded == Article || _root.Children is null
            || (!_root.Children.ContainsKey(head.Folded) && (head.FoldedStem is null || !_root.Children.ContainsKey(head.FoldedStem))))
            return null;
        var node = _root;
        var matched = new List<int>(MaxDepth);
        var matchedGaps = new List<GapKind>(MaxDepth);
        var gap = GapKind.Joiner;
        TrieMatch? best = null;
        var skippedArticle = false;
        for (var j = first; j < tokens.Count && matched.Count < MaxDepth; j++)
        {
            var t = tokens[j];
            if (j > first)
            {
                gap = Combine(gap, t.GapBefore);
                if (gap == GapKind.Break) break;
            }
            if (j > first && t.Folded == Article && !skippedArticle)
            {
                skippedArticle = true;
                continue;
            }
            skippedArticle = false;
            if (node.Children is null) break;
            if (t.FoldedStem is not null && node.Children.TryGetValue(t.FoldedStem, out var stemNode) && stemNode.Surfaces is not null)
            {
                var accepted = Accept(text, tokens, stemNode.Surfaces, [.. matched, j], matched.Count > 0 ? [.. matchedGaps, gap] : [], endsAtStem: true);
                if (accepted.Count > 0) best = new TrieMatch(first, j, true, accepted);
            }
            if (!node.Children.TryGetValue(t.Folded, out var child)) break;
            node = child;
            if (matched.Count > 0) matchedGaps.Add(gap);
            matched.Add(j);
            gap = GapKind.Joiner;
            if (node.Surfaces is not null)
            {
                var accepted = Accept(text, tokens, node.Surfaces, matched, matchedGaps, endsAtStem: false);
                if (accepted.Count > 0) best = new TrieMatch(first, j, false, accepted);
            }
        }
        return best;
    }

    private static List<GazetteerEntry> Accept(
        string text, IReadOnlyList<NameToken> tokens, List<NameSurface> surfaces,
        List<int> matched, List<GapKind> gaps, bool endsAtStem)
    {
        var accepted = new List<NameSurface>();
        foreach (var s in surfaces)
        {
            if (s.RawTokens.Length == matched.Count && Fits(text, tokens, s, matched, gaps, endsAtStem))
                accepted.Add(s);
        }
        // Most candidates fail (a lower-case word, a name written in capitals) or leave one entry: no ranking needed.
        if (accepted.Count <= 1) return accepted.Count == 0 ? [] : [accepted[0].Entry];
        // A country name or demonym shared with a territory ("French") reads as the sovereign state only.
        var bestCountry = accepted.Where(s => s.Entry.Kind == MentionKind.Country).Select(s => s.Priority).DefaultIfEmpty(int.MaxValue).Min();
        return accepted
            .Where(s => s.Entry.Kind != MentionKind.Country || s.Priority == bestCountry)
            .OrderBy(s => s.Priority)
            .ThenByDescending(s => s.Entry.Population)
            .Select(s => s.Entry)
            .DistinctBy(e => (e.Kind, e.Canonical, e.Code, e.Country))
            .ToList();
    }

    private static bool Fits(string text, IReadOnlyList<NameToken> tokens, NameSurface s, List<int> matched, List<GapKind> gaps, bool endsAtStem)
    {
        if (!s.Gaps.AsSpan().SequenceEqual(CollectionsMarshal.AsSpan(gaps))) return false;
        if (s.RequireCapital && !char.IsUpper(text[tokens[matched[0]].Start])) return false;
        for (var k = 0; k < matched.Count; k++)
        {
            var t = tokens[matched[k]];
            var end = endsAtStem && k == matched.Count - 1 ? t.StemEnd : t.End;
            var written = text.AsSpan(t.Start, end - t.Start);
            if (IsAcronym(s.RawTokens[k]))
            {
                if (!written.SequenceEqual(s.RawTokens[k])) return false;
            }
            // A short word in capitals ("HAS", "NICE") is shouting or an acronym, not this name.
            else if (written.Length <= 4 && IsAcronym(written.ToString())) return false;
        }
        return true;
    }

    /// <summary>An all-capitals token ("US", "EU", "G7", "PDR") must be written exactly so.</summary>
    private static bool IsAcronym(string token)
    {
        var letters = 0;
        foreach (var c in token)
        {
            if (char.IsLower(c)) return false;
            if (char.IsLetter(c)) letters++;
        }
        return letters > 0;
    }

    /// <summary>Writes the nodes depth first: a node's spellings, then each child's key and node.</summary>
    public void WriteTo(GazetteerTable.Writer writer)
    {
        writer.Int(MaxDepth);
        writer.Int(SurfaceCount);
        WriteNode(writer, _root);
    }

    public static NameTrie ReadFrom(GazetteerTable.Reader reader)
    {
        var trie = new NameTrie { MaxDepth = reader.Int(), SurfaceCount = reader.Int() };
        ReadNode(reader, trie._root, trie.MaxDepth);
        return trie;
    }

    private static void WriteNode(GazetteerTable.Writer writer, Node node)
    {
        writer.Int(node.Surfaces?.Count ?? 0);
        foreach (var s in node.Surfaces ?? [])
        {
            writer.Entry(s.Entry);
            writer.Strings(s.RawTokens);
            writer.Int(s.Gaps.Length);
            foreach (var gap in s.Gaps) writer.Int((int)gap);
            writer.Bool(s.RequireCapital);
            writer.Int(s.Priority);
        }
        writer.Int(node.Children?.Count ?? 0);
        foreach (var (key, child) in node.Children ?? [])
        {
            writer.String(key);
            WriteNode(writer, child);
        }
    }

    // Depth is bounded by the longest name, which the table gives first.
    private static void ReadNode(GazetteerTable.Reader reader, Node node, int depthLeft)
    {
        var surfaces = reader.Int();
        if (surfaces > 0)
        {
            node.Surfaces = new List<NameSurface>(surfaces);
            for (var i = 0; i < surfaces; i++)
            {
                var entry = reader.Entry();
                var raw = reader.Strings();
                var gaps = new GapKind[reader.Int()];
                for (var g = 0; g < gaps.Length; g++) gaps[g] = (GapKind)reader.Int();
                node.Surfaces.Add(new NameSurface(entry, raw, gaps, reader.Bool(), reader.Int()));
            }
        }
        var children = reader.Int();
        if (children == 0) return;
        if (depthLeft == 0) throw new InvalidDataException("The gazetteer table's trie is deeper than its longest name.");
        node.Children = new Dictionary<string, Node>(children, StringComparer.Ordinal);
        for (var i = 0; i < children; i++)
        {
            var key = reader.String();
            var child = new Node();
            ReadNode(reader, child, depthLeft - 1);
            node.Children.Add(key, child);
        }
    }

    private static GapKind Combine(GapKind a, GapKind b) =>
        a == GapKind.Joiner ? b : b == GapKind.Joiner || b == a ? a : GapKind.Break;
}
