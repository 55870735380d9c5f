using System.Globalization;
using Entente.Core.Text.Numbers;
using Entente.Core.Extraction.Sentences;

namespace Entente.Core.Extraction.Mechanisms;

/// <summary>
/// Documents signed as a list under one plural head: "signed agreements of cooperation on air transport,
/// mutual promotion of investments, hydrocarbons and mining, and visa exemptions", "inked memoranda of
/// understanding on tourism, wildlife and culture". Each field of the list is one document, named by the
/// head in the singular and its field ("agreement on air transport"). Only a signing verb just before the
/// head makes the list one of documents signed; fields are lower-case words split at commas, the last one
/// also at its "and" unless a comma stands before that "and". A head counted otherwise than by its fields
/// ("signed 24 agreements covering trade, energy and culture", "a raft of agreements on …"), or not counted
/// at all in a list not set out item by item ("signed agreements on trade, energy and culture"), lists the
/// topics of documents the text does not name: that gives nothing.
/// </summary>
internal static class AgreementLists
{
    private static readonly Dictionary<string, string> PluralHeads = new(StringComparer.Ordinal)
    {
        ["agreements"] = "agreement", ["memoranda"] = "memorandum of understanding", ["memorandums"] = "memorandum of understanding",
        ["mous"] = "memorandum of understanding", ["protocols"] = "protocol", ["conventions"] = "convention", ["treaties"] = "treaty",
        ["pacts"] = "pact", ["accords"] = "accord",
    };

    /// <summary>How a document of a plural head is named alone: "memoranda" gives "memorandum of understanding"; null for another word.</summary>
    public static string? SingularOf(string lower) => PluralHeads.GetValueOrDefault(lower);

    private static readonly HashSet<string> SigningWords = ["signed", "inked", "concluded", "exchanged", "sealed"];
    private static readonly HashSet<string> FieldNouns = ["fields", "field", "areas", "area", "sectors", "sector", "domains", "domain", "spheres", "sphere"];
    private static readonly HashSet<string> VagueCounts = ["several", "many", "numerous", "various", "multiple", "dozens", "scores", "raft", "series", "number", "package", "set", "host", "slew", "string", "range", "batch"];
    private const int SigningReach = 4;
    private const int MaxListWords = 40;
    private const int MaxFieldWords = 8;

    /// <summary>A list under one head: the span from the head to the last field, the fields as word ranges, and the singular head.</summary>
    public sealed record DocumentList(NameSpan Span, List<(int First, int Last)> Fields, string Head);

    public static List<DocumentList> Find(SentenceView view)
    {
        var found = new List<DocumentList>();
        for (var k = 0; k < view.Count; k++)
        {
            // "memoranda in seven areas including …" is read by its count alone: as many areas as counted, or nothing.
            if (CountedAreas(view, k, out var counted))
            {
                if (counted is null) continue;
                found.Add(counted);
                k = counted.Span.Last;
                continue;
            }
            if (!PluralHeads.TryGetValue(view.Lower(k), out var singular)) continue;
            // "15 agreements and memoranda covering A, B and C": the second head of a joint one was read with the first, count and
            // all; read alone, it would list as documents the topics the count says are not.
            if (k >= 2 && (view.Is(k - 1, "and", "or") || view.Tokens[k - 1].Text == "/") && PluralHeads.ContainsKey(view.Lower(k - 2))) continue;
            var j = AfterHead(view, k + 1);
            // "agreements and memoranda of understanding on …", "Agreements / MOUs were signed …": one list under two heads, named by the first.
            if ((view.Is(j, "and", "or") || (j < view.Count && view.Tokens[j].Text == "/")) && PluralHeads.ContainsKey(view.Lower(j + 1))) j = AfterHead(view, j + 2);
            int from;
            // Whether the documents are told as signed, or in being, before their list is read; else the words around the list must tell it.
            var told = true;
            // "inked 13 agreements, including in the sphere of A and B": some of the documents counted, so the count is not of the fields.
            var opener = IncludingAt(view, j);
            var including = opener >= 0;
            if (including) j = opener;
            if (SignedBefore(view, k) && view.Is(j, ListOpeners))
            {
                from = OpenedAt(view, j);
                if (from < 0) continue;
            }
            else if (SignedRightAfter(view, j) is var verb and >= 0 && ListOpenerAfter(view, verb) is var opened and >= 0)
            {
                // "Six agreements were signed during the visit, in the following areas: …".
                from = opened;
            }
            else if (view.Is(j, ListOpeners) && !Unsettled(view))
            {
                from = OpenedAt(view, j);
                if (from < 0) continue;
                told = including && view.Is(k + 1, "signed", "inked", "concluded");
            }
            else continue;
            var setOut = SemicolonFields(view, from, out var last);
            var fields = setOut ?? Fields(view, from, out last);
            if (fields.Count < 2 || (!including && !CountedByFields(view, k, fields.Count, setOut is not null))) continue;
            // "supported by agreements on A and B", "Two other agreements on A and B were also signed": documents in being.
            if (!told && !InBeing(view, k) && SignedRightAfter(view, last + 1) < 0) continue;
            found.Add(new DocumentList(new NameSpan(k, last, view.Tokens[k].Start, view.Tokens[last].End, singular, false), fields, singular));
            k = last;
        }
        found.AddRange(Elliptic(view));
        return found;
    }

    private static readonly string[] ListOpeners = ["on", "in", "covering", "concerning", "regarding", "relating", "related"];

    /// <summary>Singular heads a count of areas makes several documents: "signed a memorandum of understanding in seven areas including …".</summary>
    private static readonly Dictionary<string, string> CountableSingulars = new(StringComparer.Ordinal)
    {
        ["agreement"] = "agreement", ["memorandum"] = "memorandum of understanding", ["mou"] = "memorandum of understanding", ["protocol"] = "protocol",
    };

    /// <summary>Plural nouns for the areas documents cover: "in seven areas", "in three sectors".</summary>
    internal static readonly HashSet<string> AreaNouns = ["areas", "fields", "sectors", "domains", "spheres"];

    /// <summary>
    /// "signed memoranda of understanding in seven specific areas including A, B, …, and G", "signed a memorandum of understanding in
    /// three areas, namely A, B and C": the areas counted are the documents when the list gives exactly that many, each named by the
    /// head and its area. The documents must be told signed before the head or right after the list. Returns whether the head opens
    /// such a count of areas, and the list when it holds.
    /// </summary>
    private static bool CountedAreas(SentenceView view, int head, out DocumentList? list)
    {
        list = null;
        var lower = view.Lower(head);
        var singular = PluralHeads.TryGetValue(lower, out var plural) ? plural : CountableSingulars.GetValueOrDefault(lower);
        if (singular is null) return false;
        var j = AfterHead(view, head + 1);
        if (!view.Is(j, "in", "across", "covering")) return false;
        j++;
        if (!CountAt(view, j, out var count) || count < 2) return false;
        j++;
        // One word may say which areas: "seven specific areas", "five priority sectors".
        if (!AreaNouns.Contains(view.Lower(j)) && view.Tokens.Count > j && view.Tokens[j] is { IsWord: true, IsCapitalized: false }) j++;
        if (!AreaNouns.Contains(view.Lower(j))) return false;
        j++;
        if (j < view.Count && view.Tokens[j].Text == ",") j++;
        if (view.Is(j, "including", "namely")) j++;
        else if (view.Is(j, "such") && view.Is(j + 1, "as")) j += 2;
        else return true;
        var fields = Fields(view, SkipColon(view, j), out var last);
        if (fields.Count == count && (SignedBefore(view, head) || SignedRightAfter(view, last + 1) >= 0))
            list = new DocumentList(new NameSpan(head, last, view.Tokens[head].Start, view.Tokens[last].End, singular, false), fields, singular);
        return true;
    }

    /// <summary>A plain count at k, in figures or words ("7", "seven"); "5-year" and ordinals are none.</summary>
    internal static bool CountAt(SentenceView view, int k, out int count)
    {
        count = 0;
        if (k >= view.Count) return false;
        if (view.Tokens[k].IsDigits) return int.TryParse(view.Tokens[k].Text, NumberStyles.None, CultureInfo.InvariantCulture, out count);
        if (!NumberWords.Small.TryGetValue(view.Lower(k), out var small) || small.Ordinal) return false;
        count = small.Value;
        return true;
    }

    /// <summary>
    /// "agreements signed in 2023, including those on A, B and C", "13 agreements, including in the sphere of A and B": where the
    /// list opens after an "including" that follows the head (and the signing told of it), or -1.
    /// </summary>
    private static int IncludingAt(SentenceView view, int j)
    {
        if (view.Is(j, "signed", "inked", "concluded"))
        {
            j++;
            // "signed in 2023", "signed on 3 May": the date the signing is told on.
            if (view.Is(j, "in", "on") && view.StartsDate(j + 1)) j++;
            while (j < view.Count && view.InsideDate(j)) j++;
        }
        if (j < view.Count && view.Tokens[j].Text == ",") j++;
        if (!view.Is(j, "including")) return -1;
        j++;
        if (view.Is(j, "those", "ones")) j++;
        return view.Is(j, ListOpeners) ? j : -1;
    }

    /// <summary>Words that make the documents of a sentence still to come, or only talked about.</summary>
    private static readonly HashSet<string> UnsettledWords =
    [
        "will", "shall", "would", "could", "should", "may", "might", "expected", "plan", "plans", "planned", "proposed", "draft", "drafts",
        "negotiate", "negotiating", "negotiation", "negotiations", "discuss", "discussing", "discussion", "discussions", "prepare",
        "preparing", "finalise", "finalize", "finalising", "finalizing", "sign", "conclude", "pending", "need", "needs",
    ];

    private static bool Unsettled(SentenceView view)
    {
        for (var k = 0; k < view.Count; k++)
        {
            if (UnsettledWords.Contains(view.Lower(k))) return true;
            // "still to be signed", "yet to be ratified": documents not yet in being.
            if (view.Is(k, "still", "yet") && view.Is(k + 1, "to")) return true;
        }
        return false;
    }

    /// <summary>Words before a plural head that tell its documents are in being: "included agreements on", "supported by agreements on".</summary>
    private static readonly HashSet<string> BeingWords = ["included", "includes", "include", "by"];

    /// <summary>Whether the word before the head (past a count and "other" or "new") tells the documents are in being.</summary>
    private static bool InBeing(SentenceView view, int head)
    {
        var k = head - 1;
        if (view.Is(k, "other", "new", "existing")) k--;
        if (k >= 0 && (view.Tokens[k].IsDigits || NumberWords.Small.ContainsKey(view.Lower(k)))) k--;
        return BeingWords.Contains(view.Lower(k));
    }

    /// <summary>Plural words for documents that name no kind of their own: their fields are named "agreement on …".</summary>
    private static readonly HashSet<string> DocumentWords = ["documents", "instruments"];

    /// <summary>Verbs by which a sentence on documents just signed gives their fields: "The agreements cover …", "The documents are on …".</summary>
    private static readonly HashSet<string> CoverVerbs = ["cover", "covered", "concern", "concerned", "span", "spanned", "include", "included"];

    private const int SubjectReach = 5;

    /// <summary>
    /// The fields of documents told in the sentence before, given by a sentence of their own: "The agreements cover A, B and C", "The signed MoUs focused on A and B",
    /// "The five documents signed are on A; B; and C", "These memoranda relate to A and B". The subject must open the sentence
    /// with "the" or "these"; the caller checks that a signing by the pair was told just before. Null when the sentence is not such.
    /// </summary>
    public static DocumentList? Restated(SentenceView view)
    {
        var at = SubjectStart(view);
        if (!view.Is(at, "the", "these")) return null;
        for (var k = at + 1; k < view.Count && k - at <= SubjectReach; k++)
        {
            var lower = view.Lower(k);
            var head = PluralHeads.TryGetValue(lower, out var singular) ? singular : DocumentWords.Contains(lower) ? "agreement" : null;
            if (head is null)
            {
                // "The signed memoranda", "the five inked agreements": the participle says only that they are the ones just signed.
                if (lower is "signed" or "inked") continue;
                // Only a count or a plain modifier may stand before the head: "the five new cooperation agreements".
                if (view.Tokens[k].IsSymbol || view.Tokens[k].IsCapitalized || NameWords.IsClosedWord(lower) || lower is "were" or "are" or "was" or "is") return null;
                continue;
            }
            var j = AfterHead(view, k + 1);
            if (view.Is(j, "signed", "inked", "concluded", "sealed", "exchanged")) j++;
            int from;
            if (CoverVerbs.Contains(view.Lower(j))) from = SkipColon(view, j + 1);
            else if (view.Is(j, "are", "were") && view.Is(j + 1, "on", "in")) from = OpenedAt(view, j + 1);
            // "The MoUs were for mutual cooperation in A, B and C": the fields of the cooperation they are for.
            else if (view.Is(j, "are", "were") && view.Is(j + 1, "for") && CooperationIn(view, j + 2) is var fieldsFrom and >= 0) from = fieldsFrom;
            else if (view.Is(j, "relate", "related") && view.Is(j + 1, "to")) from = SkipColon(view, j + 2);
            // "The signed memoranda focused on A, B and C", "The agreements focus on …".
            else if (view.Is(j, "focus", "focused", "focussed") && view.Is(j + 1, "on")) from = SkipColon(view, j + 2);
            else if (view.Is(j, "deal", "dealt") && view.Is(j + 1, "with")) from = SkipColon(view, j + 2);
            else return null;
            if (from < 0) return null;
            var fields = SemicolonFields(view, from, out var last) ?? Fields(view, from, out last);
            if (fields.Count < 2 || last != LastWord(view)) return null;
            return new DocumentList(new NameSpan(k, last, view.Tokens[k].Start, view.Tokens[last].End, head, false), fields, head);
        }
        return null;
    }

    /// <summary>Where the fields start after "cooperation in", "mutual cooperation on", "bilateral cooperation in the fields of"; -1 when not there.</summary>
    private static int CooperationIn(SentenceView view, int k)
    {
        if (view.Is(k, "mutual", "bilateral", "closer", "enhanced")) k++;
        return view.Is(k, "cooperation", "co-operation", "collaboration") && view.Is(k + 1, "in", "on") ? OpenedAt(view, k + 1) : -1;
    }

    private const int AttributionReach = 12;

    /// <summary>Where the sentence's subject starts: after an opening "According to the ministry," else at its first word.</summary>
    private static int SubjectStart(SentenceView view)
    {
        if (!view.Is(0, "according") || !view.Is(1, "to")) return 0;
        for (var k = 2; k < view.Count && k <= AttributionReach; k++)
            if (view.Tokens[k].Text == ",") return k + 1;
        return -1;
    }

    /// <summary>The sentence's last word before its closing marks: a restated list must run to the end of its sentence.</summary>
    private static int LastWord(SentenceView view)
    {
        var k = view.Count - 1;
        while (k >= 0 && view.Tokens[k].IsSymbol) k--;
        return k;
    }

    /// <summary>The word after a plural head and what belongs to it: "of understanding", "(MoUs)", "of cooperation".</summary>
    private static int AfterHead(SentenceView view, int j)
    {
        if (view.Is(j, "of") && view.Is(j + 1, "understanding")) j += 2;
        if (view.Tokens.Count > j && view.Tokens[j].Text == "(" && view.Is(j + 2, ")")) j += 3;
        if (view.Is(j, "of", "on") && view.Is(j + 1, "cooperation")) j += 2;
        return j;
    }

    /// <summary>
    /// The first word of the list after a preposition at <paramref name="j"/>: "on", "in the fields of", "relating to",
    /// "in the following areas:".
    /// </summary>
    private static int OpenedAt(SentenceView view, int j)
    {
        if (view.Is(j, "relating", "related")) return view.Is(j + 1, "to") ? SkipColon(view, j + 2) : -1;
        j++;
        if (view.Is(j, "the") && view.Is(j + 1, "following") && FieldNouns.Contains(view.Lower(j + 2))) j += 3;
        else if (view.Is(j, "the") && FieldNouns.Contains(view.Lower(j + 1)) && view.Is(j + 2, "of")) j += 3;
        else if (FieldNouns.Contains(view.Lower(j)) && view.Is(j + 1, "of")) j += 2;
        return SkipColon(view, j);
    }

    private static int SkipColon(SentenceView view, int j) => j < view.Count && view.Tokens[j].Text == ":" ? j + 1 : j;

    /// <summary>"… were signed", "… have been signed", "… were inked": the signing verb closing a passive right after the heads, or -1.</summary>
    private static int SignedRightAfter(SentenceView view, int j)
    {
        if (!view.Is(j, "were", "have", "had")) return -1;
        j++;
        if (view.Is(j, "been")) j++;
        if (view.Is(j, "also", "jointly", "formally", "officially")) j++;
        return SigningWords.Contains(view.Lower(j)) ? j : -1;
    }

    private const int OpenerReach = 14;

    /// <summary>
    /// After a passive signing, where the list it announces begins: "in the following areas:", "in the fields of", "covering",
    /// or a bare colon; -1 when a clause of another kind comes first.
    /// </summary>
    private static int ListOpenerAfter(SentenceView view, int verb)
    {
        for (var k = verb + 1; k < view.Count && k - verb <= OpenerReach; k++)
        {
            if (view.Tokens[k].Text == ":") return k + 1;
            if (view.Is(k, "in", "on") && (view.Is(k + 1, "the") ? view.Is(k + 2, "following") || FieldNouns.Contains(view.Lower(k + 2)) && view.Is(k + 3, "of")
                                                                   : FieldNouns.Contains(view.Lower(k + 1)) && view.Is(k + 2, "of")))
                return OpenedAt(view, k);
            if (view.Is(k, "covering", "concerning", "regarding")) return SkipColon(view, k + 1);
            if (view.Is(k, "which", "that", "while", "but", "will", "would", "and")) return -1;
        }
        return -1;
    }

    private const int MaxItemWords = 16;

    /// <summary>
    /// A list whose items are parted by semicolons ("in the fields of: Tourism; Health; and Air Services", "(i) Transfer of sentenced
    /// persons; (ii) …"): each item may be capitalised and longer than a comma list's; an enumerator before it is dropped. Null when the
    /// rest of the sentence has no semicolon, so the comma reading applies; empty when an item reads as a clause.
    /// </summary>
    private static List<(int First, int Last)>? SemicolonFields(SentenceView view, int from, out int last)
    {
        last = from - 1;
        var semicolon = false;
        for (var k = from; k < view.Count; k++)
            if (view.Tokens[k].Text == ";") { semicolon = true; break; }
        if (!semicolon) return null;
        // Semicolons part the items only in a list set out as one: after a colon, numbered, or every item capitalised.
        var setOut = from > 0 && view.Tokens[from - 1].Text == ":" || SkipEnumerator(view, from) > from;
        var items = new List<(int First, int Last)>();
        var start = from;
        for (var k = from; k <= view.Count; k++)
        {
            if (k < view.Count && view.Tokens[k].Text != ";") continue;
            var first = SkipEnumerator(view, start);
            if (view.Is(first, "and")) first = SkipEnumerator(view, first + 1);
            var end = k - 1;
            while (end >= first && view.Tokens[end].IsSymbol && view.Tokens[end].Text is "." or ",") end--;
            if (end < first || end - first + 1 > MaxItemWords) return [];
            for (var w = first; w <= end; w++)
                if (view.Is(w, "will", "would", "was", "were", "is", "are", "has", "have", "signed", "said", "which", "also", "discussed", "agreed")) return [];
            if (!setOut && !view.Tokens[first].IsCapitalized) return null;
            items.Add((first, end));
            last = end;
            start = k + 1;
        }
        return items;
    }

    /// <summary>"(iv) ", "b) ", "3. ", "- ": the mark that numbers a list item.</summary>
    private static int SkipEnumerator(SentenceView view, int k)
    {
        if (k >= view.Count) return k;
        if (view.Tokens[k].Text is "-" or "–" or "•") return k + 1;
        var open = view.Tokens[k].Text == "(" ? 1 : 0;
        if (k + open + 1 < view.Count && view.Tokens[k + open + 1].Text is ")" or "." && IsEnumeratorWord(view.Tokens[k + open].Text)) return k + open + 2;
        return k;
    }

    private static bool IsEnumeratorWord(string text) =>
        text.Length is > 0 and <= 4 && (text.All(char.IsAsciiDigit) || text.All(c => c is 'i' or 'v' or 'x') || (text.Length == 1 && char.IsAsciiLetterLower(text[0])));

    /// <summary>Heads an elliptic "another on …" or "one on …" stands for, as they are named.</summary>
    private static readonly Dictionary<string, string> EllipsisHeads = new(StringComparer.Ordinal)
    {
        ["agreement"] = "agreement", ["agreements"] = "agreement", ["pact"] = "pact", ["pacts"] = "pact",
        ["memorandum"] = "memorandum of understanding", ["memoranda"] = "memorandum of understanding", ["memorandums"] = "memorandum of understanding",
        ["mou"] = "memorandum of understanding", ["mous"] = "memorandum of understanding", ["treaty"] = "treaty", ["treaties"] = "treaty",
        ["protocol"] = "protocol", ["protocols"] = "protocol", ["accord"] = "accord", ["accords"] = "accord",
    };

    private static readonly HashSet<string> EllipsisStops =
        ["which", "that", "was", "were", "is", "are", "will", "would", "signed", "inked", "during", "while", "when", "after", "before", "and", "as"];
    private const int EllipsisReach = 30;
    private const int MaxEllipsisWords = 10;

    /// <summary>
    /// A document named by its subject after a signed head: "signed six agreements, including a pact on A and another on B",
    /// "signed 20 deals, including one on tourism", "signed a treaty and another on C". The word "another" or "one" (after
    /// "including" or a comma) stands for the last head before it, which a signing word before it makes one signed; the subject
    /// runs to the end of its clause and must be short, else nothing.
    /// </summary>
    private static IEnumerable<DocumentList> Elliptic(SentenceView view)
    {
        var head = -1;
        var signed = false;
        for (var k = 0; k < view.Count; k++)
        {
            var lower = view.Lower(k);
            if (SigningWords.Contains(lower)) { signed = true; continue; }
            if (EllipsisHeads.ContainsKey(lower)) { if (signed) head = k; continue; }
            if (head < 0 || k - head > EllipsisReach || !view.Is(k + 1, "on")) continue;
            var stands = lower == "another" || (lower == "one" && (view.Is(k - 1, "including") || (k > 0 && view.Tokens[k - 1].Text == ",")));
            if (!stands) continue;
            var first = k + 2;
            var last = first - 1;
            for (var j = first; j < view.Count && j - first < MaxEllipsisWords; j++)
            {
                var token = view.Tokens[j];
                if (token.IsSymbol || !token.IsWord || view.InsideDate(j)) break;
                var word = view.Lower(j);
                if (word == "and" && !(j > first && FieldContinues(view, j))) break;
                if (word != "and" && EllipsisStops.Contains(word)) break;
                last = j;
            }
            while (last >= first && NameWords.IsClosedWord(view.Lower(last))) last--;
            var end = last + 1;
            if (last < first || (end < view.Count && view.Tokens[end].IsWord && !EllipsisStops.Contains(view.Lower(end)) && !NameWords.IsClosedWord(view.Lower(end)))) continue;
            // "another on fisheries is expected …": the document is the subject of a clause of its own, which may say it is still to come.
            if (view.Is(end, "is", "are", "was", "were", "will", "would")) continue;
            if (view.Is(first, "one") || (view.Tokens[first].IsCapitalized && !view.Is(first, "the"))) continue;
            var singular = EllipsisHeads[view.Lower(head)];
            yield return new DocumentList(new NameSpan(k, last, view.Tokens[k].Start, view.Tokens[last].End, singular, false), [(first, last)], singular);
        }
    }

    /// <summary>"the exchange and mutual protection of …": an "and" inside the subject, joining two nouns of one "of" phrase.</summary>
    private static bool FieldContinues(SentenceView view, int and)
    {
        for (var j = and + 1; j < view.Count && j - and <= 4; j++)
        {
            if (view.Tokens[j].IsSymbol || !view.Tokens[j].IsWord) return false;
            if (view.Is(j, "of")) return true;
        }
        return false;
    }

    /// <summary>
    /// Where the head's count stands, past its modifiers ("three bilateral agreements", "five new cooperation agreements", "a series of
    /// agreements"); else the word just before the head.
    /// </summary>
    private static int CountWordBefore(SentenceView view, int head)
    {
        var before = head - 1;
        if (view.Is(before, "of")) before--;
        // A capital stops the reading ("Peru's agreements"), except on a count opening the sentence ("Two other agreements …").
        for (var k = before; k >= 0 && head - k <= 3 && view.Tokens[k].IsWord && (!view.Tokens[k].IsCapitalized || NumberWords.Small.ContainsKey(view.Lower(k))); k--)
        {
            if (view.Tokens[k].IsDigits || NumberWords.Small.ContainsKey(view.Lower(k)) || VagueCounts.Contains(view.Lower(k))) return k;
            var lower = view.Lower(k);
            // "three new accords", "two other memoranda": words the closed list holds that still stand between a count and its head.
            if (lower is "new" or "other") continue;
            if (NameWords.IsClosedWord(lower) || lower.EndsWith("ed", StringComparison.Ordinal) || lower.EndsWith('s')) break;
        }
        return before;
    }

    /// <summary>Whether the head has a count of its own in figures or words: "three memoranda", "12 new agreements".</summary>
    private static bool Counted(SentenceView view, int head) => CountAt(view, CountWordBefore(view, head), out _);

    /// <summary>
    /// Whether the sentence counts its documents otherwise than by the given number of fields: "signed eight memoranda" before
    /// "The agreements cover A, B and C" counts documents the fields only give the topics of.
    /// </summary>
    public static bool CountsOtherThan(SentenceView view, int fields)
    {
        for (var k = 0; k < view.Count; k++)
        {
            var lower = view.Lower(k);
            if ((PluralHeads.ContainsKey(lower) || DocumentWords.Contains(lower)) && CountAt(view, CountWordBefore(view, k), out var count) && count != fields) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether the head's own count is its number of fields: "three agreements on A, B and C" yes, "24 agreements covering A, B and C"
    /// or "a series of agreements on A, B and C" no. A head with no count ("signed agreements in the areas of A, B and C", "These
    /// included MoUs on A, B and C") does not say there is one document to a field rather than one covering several, and the areas
    /// it lists read as topics (on the real-news dev set 4 of 22 such fields were a document of their own): only a list set out
    /// item by item, with semicolons or numbers, names its documents without a count.
    /// </summary>
    private static bool CountedByFields(SentenceView view, int head, int fields, bool setOut)
    {
        var before = CountWordBefore(view, head);
        var word = view.Lower(before);
        if (VagueCounts.Contains(word)) return false;
        if (before >= 0 && view.Tokens[before].IsDigits)
            return int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var stated) && stated == fields;
        if (NumberWords.Small.TryGetValue(word, out var small) && !small.Ordinal) return small.Value == fields;
        return setOut;
    }

    /// <summary>Words before "the signing of" that tell it as done: "witnessed the signing of", "presided over the signing of", "formalised through the signing of".</summary>
    private static readonly HashSet<string> SeenSigning = ["witnessed", "attended", "over", "oversaw", "saw", "followed", "through", "following", "after"];

    private static bool SignedBefore(SentenceView view, int head)
    {
        for (var k = head - 1; k >= 0 && head - k <= SigningReach; k--)
            if (SigningWords.Contains(view.Lower(k))
                || (view.Is(k, "signing") && view.Is(k + 1, "of") && view.Is(k - 1, "the") && SeenSigning.Contains(view.Lower(k - 2)))
                // "culminated in the signing of three memoranda on …", "witnessed exchange of two MoUs in …": a signing named by a noun
                // and counted is one done, unless the sentence tells it still to come.
                || (view.Is(k, "signing", "exchange") && view.Is(k + 1, "of") && Counted(view, head) && !Unsettled(view))) return true;
        return false;
    }

    /// <summary>The fields from word `from`: lower-case words split at commas and at the last "and".</summary>
    private static List<(int First, int Last)> Fields(SentenceView view, int from, out int last)
    {
        var segments = new List<(int First, int Last)>();
        var start = from;
        last = from - 1;
        var oxfordComma = false;
        var k = from;
        for (; k < view.Count && k - from <= MaxListWords; k++)
        {
            var token = view.Tokens[k];
            if (token.Text == ",")
            {
                if (k == start) return [];
                segments.Add((start, k - 1));
                start = k + 1;
                if (view.Is(start, "and")) { oxfordComma = true; start++; k++; }
                continue;
            }
            if (token.IsSymbol || token.IsCapitalized || token.IsDigits || view.InsideDate(k)) break;
            if (view.Is(k, "as") && view.Is(k + 1, "well")) break;
            if (view.Is(k, "between", "with", "during", "at", "which", "that", "to", "were", "was", "by", "after", "before", "following", "when", "while", "as", "until", "alongside", "besides")) break;
            last = k;
        }
        // "… and tourism in Lima": a preposition before the place or date that ends the list is not the field's.
        while (last >= start && NameWords.IsClosedWord(view.Lower(last))) last--;
        if (last >= start) segments.Add((start, last));
        if (segments.Count == 0) return [];
        // "correctional services and capacity building": without a comma before it, the last "and" parts two fields.
        if (!oxfordComma)
        {
            var (first, end) = segments[^1];
            for (var a = end - 1; a > first; a--)
            {
                if (!view.Is(a, "and")) continue;
                segments[^1] = (first, a - 1);
                segments.Add((a + 1, end));
                break;
            }
        }
        // "covered various aspects, including A, B …", "span key areas including A, B …": a summary and some of its parts are no
        // list of fields, wherever in the first field the examples open.
        foreach (var (first, end) in segments)
            if (end < first || end - first + 1 > MaxFieldWords || NameWords.IsClosedWord(view.Lower(first)) || NameWords.IsClosedWord(view.Lower(end))
                || OpensExamples(view, first, end)) return [];
        return segments;
    }

    private static readonly string[] ExampleWords = ["including", "such", "notably", "especially", "particularly"];

    private static bool OpensExamples(SentenceView view, int first, int end)
    {
        for (var k = first; k <= end; k++)
            if (view.Is(k, ExampleWords)) return true;
        return false;
    }
}
