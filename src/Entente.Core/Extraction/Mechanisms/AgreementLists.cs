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
/// ("signed 24 agreements covering trade, energy and culture", "a raft of agreements on …") lists the topics
/// of documents the text does not name: that gives nothing.
/// </summary>
internal static class AgreementLists
{
    private static readonly Dictionary<string, string> PluralHeads = new(StringComparer.Ordinal)
    {
        ["agreements"] = "agreement", ["memoranda"] = "memorandum of understanding", ["memorandums"] = "memorandum of understanding",
        ["mous"] = "memorandum of understanding", ["protocols"] = "protocol",
    };

    private static readonly HashSet<string> SigningWords = ["signed", "inked", "concluded", "exchanged", "sealed"];
    private static readonly HashSet<string> FieldNouns = ["fields", "field", "areas", "area", "sectors", "domains", "spheres"];
    private static readonly HashSet<string> VagueCounts = ["several", "many", "numerous", "various", "multiple", "dozens", "scores", "raft", "series", "number", "package", "set", "host", "slew", "string", "range", "batch"];
    private const int SigningReach = 4;
    private const int MaxListWords = 40;
    private const int MaxFieldWords = 6;

    /// <summary>A list under one head: the span from the head to the last field, the fields as word ranges, and the singular head.</summary>
    public sealed record DocumentList(NameSpan Span, List<(int First, int Last)> Fields, string Head);

    public static List<DocumentList> Find(SentenceView view)
    {
        var found = new List<DocumentList>();
        for (var k = 0; k < view.Count; k++)
        {
            if (!PluralHeads.TryGetValue(view.Lower(k), out var singular) || !SignedBefore(view, k)) continue;
            var j = k + 1;
            if (view.Is(j, "of") && view.Is(j + 1, "understanding")) j += 2;
            if (view.Tokens.Count > j && view.Tokens[j].Text == "(" && view.Is(j + 2, ")")) j += 3;
            if (view.Is(j, "of", "on") && view.Is(j + 1, "cooperation")) j += 2;
            if (!view.Is(j, "on", "in", "covering", "concerning", "regarding")) continue;
            j++;
            if (view.Is(j, "the") && FieldNouns.Contains(view.Lower(j + 1)) && view.Is(j + 2, "of")) j += 3;
            else if (FieldNouns.Contains(view.Lower(j)) && view.Is(j + 1, "of")) j += 2;
            var fields = Fields(view, j, out var last);
            if (fields.Count < 2 || !CountedByFields(view, k, fields.Count)) continue;
            found.Add(new DocumentList(new NameSpan(k, last, view.Tokens[k].Start, view.Tokens[last].End, singular, false), fields, singular));
            k = last;
        }
        found.AddRange(Elliptic(view));
        return found;
    }

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
    /// Whether the head's own count, if any, is its number of fields: "three agreements on A, B and C" yes,
    /// "24 agreements covering A, B and C" or "a series of agreements on A, B and C" no.
    /// </summary>
    private static bool CountedByFields(SentenceView view, int head, int fields)
    {
        var before = head - 1;
        if (view.Is(before, "of")) before--;
        // "three bilateral agreements on A and B", "five new cooperation agreements": the count stands before the modifiers.
        for (var k = before; k >= 0 && head - k <= 3 && view.Tokens[k].IsWord && !view.Tokens[k].IsCapitalized; k--)
        {
            if (view.Tokens[k].IsDigits || NumberWords.Small.ContainsKey(view.Lower(k)) || VagueCounts.Contains(view.Lower(k)))
            {
                before = k;
                break;
            }
            var lower = view.Lower(k);
            if (NameWords.IsClosedWord(lower) || lower.EndsWith("ed", StringComparison.Ordinal) || lower.EndsWith('s')) break;
        }
        var word = view.Lower(before);
        if (VagueCounts.Contains(word)) return false;
        if (before >= 0 && view.Tokens[before].IsDigits)
            return int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var stated) && stated == fields;
        if (NumberWords.Small.TryGetValue(word, out var small) && !small.Ordinal) return small.Value == fields;
        return true;
    }

    private static bool SignedBefore(SentenceView view, int head)
    {
        for (var k = head - 1; k >= 0 && head - k <= SigningReach; k--)
            if (SigningWords.Contains(view.Lower(k))) return true;
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
            if (view.Is(k, "between", "with", "during", "at", "which", "that", "to", "were", "was", "by", "after", "before", "following", "when", "while", "as")) break;
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
        foreach (var (first, end) in segments)
            if (end < first || end - first + 1 > MaxFieldWords || NameWords.IsClosedWord(view.Lower(first)) || NameWords.IsClosedWord(view.Lower(end))) return [];
        return segments;
    }
}
