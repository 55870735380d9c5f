using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace Entente.Core.Text;

/// <summary>
/// Case-insensitive search for whole-word phrases ("joint commission", "held talks") in a span of text, for one
/// phrase or a list of them at once. It runs on <see cref="SearchValues{T}"/> of strings, which is vectorised;
/// <c>IndexOf(…, OrdinalIgnoreCase)</c> takes a slow scalar path under invariant globalization.
/// </summary>
public sealed class PhraseMatcher
{
    // Matchers are built once per phrase list (by reference: the lists are static arrays) or per phrase (by value).
    private static readonly ConditionalWeakTable<object, PhraseMatcher> ByList = new();
    private static readonly ConcurrentDictionary<string, PhraseMatcher> ByPhrase = new(StringComparer.Ordinal);

    // A phrase made from text rather than written in code would grow the cache without bound.
    private const int MaxCachedPhrases = 4096;

    private readonly string[] _phrases;
    private readonly SearchValues<string>? _values;

    public PhraseMatcher(IEnumerable<string> phrases)
    {
        _phrases = [.. phrases];
        var searchable = _phrases.Where(p => p.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        _values = searchable.Length == 0 ? null : SearchValues.Create(searchable, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The matcher of a list of phrases that lives as long as the program (a static array): built once.</summary>
    public static PhraseMatcher Of(IEnumerable<string> phrases) => ByList.GetValue(phrases, p => new PhraseMatcher((IEnumerable<string>)p));

    /// <summary>The matcher of one phrase: built once per phrase.</summary>
    public static PhraseMatcher Of(string phrase) =>
        ByPhrase.TryGetValue(phrase, out var matcher) ? matcher
        : ByPhrase.Count < MaxCachedPhrases ? ByPhrase.GetOrAdd(phrase, p => new PhraseMatcher([p]))
        : new PhraseMatcher([phrase]);

    /// <summary>
    /// The leftmost whole-word occurrence of any phrase lying inside text[from, to): its offset and the phrase
    /// (the first in list order when several start there), or (-1, null). A word's edges are judged on the
    /// whole text, so a phrase cut off by <paramref name="to"/> mid-word does not count. A window that runs past
    /// the end of the text ends with it: callers ask for "the phrase at this offset" near an article's last word.
    /// </summary>
    public (int At, string? Phrase) FindFirst(string text, int from, int to)
    {
        to = Math.Min(to, text.Length);
        for (var at = Next(text, from, to); at >= 0; at = Next(text, at + 1, to))
            if (PhraseAt(text, at, to) is var index and >= 0) return (at, _phrases[index]);
        return (-1, null);
    }

    /// <summary>Whether any phrase occurs in the text, whole word or not (as <c>Contains(…, OrdinalIgnoreCase)</c>).</summary>
    public bool OccursIn(ReadOnlySpan<char> text) => _values is not null && text.IndexOfAny(_values) >= 0;

    /// <summary>Whether the text begins with any phrase, whole word or not (as <c>StartsWith(…, OrdinalIgnoreCase)</c>): a cue right after a mention.</summary>
    public bool Begins(ReadOnlySpan<char> text)
    {
        foreach (var phrase in _phrases)
            if (phrase.Length > 0 && text.StartsWith(phrase, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>Whether the text ends with any phrase, whole word or not (as <c>EndsWith(…, OrdinalIgnoreCase)</c>): a cue right before a mention.</summary>
    public bool Ends(ReadOnlySpan<char> text)
    {
        foreach (var phrase in _phrases)
            if (phrase.Length > 0 && text.EndsWith(phrase, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>The offset of the first occurrence of any phrase, whole word or not, at or after from, or -1 (as <c>IndexOf(…, OrdinalIgnoreCase)</c>).</summary>
    public int IndexIn(string text, int from = 0) => Next(text, from, text.Length);

    /// <summary>The offset of the leftmost whole-word occurrence inside text[from, to), or -1.</summary>
    public int Find(string text, int from, int to) => FindFirst(text, from, to).At;

    /// <summary>
    /// The whole-word occurrence inside text[from, to) closest to an offset, or -1; between two as close, the one
    /// of the phrase earlier in the list, then the earlier one.
    /// </summary>
    public int Nearest(string text, int from, int to, int offset)
    {
        to = Math.Min(to, text.Length);
        int best = -1, bestIndex = -1;
        for (var at = Next(text, from, to); at >= 0; at = Next(text, at + 1, to))
        {
            if (PhraseAt(text, at, to) is not (var index and >= 0)) continue;
            var distance = Math.Abs(at - offset);
            var bestDistance = Math.Abs(best - offset);
            if (best < 0 || distance < bestDistance || (distance == bestDistance && index < bestIndex)) (best, bestIndex) = (at, index);
        }
        return best;
    }

    /// <summary>Where any phrase occurs (whole word or not) at or after from inside text[.., to), or -1.</summary>
    private int Next(string text, int from, int to)
    {
        if (_values is null || from >= to) return -1;
        var found = text.AsSpan(from, to - from).IndexOfAny(_values);
        return found < 0 ? -1 : from + found;
    }

    /// <summary>The index of the first phrase in list order that stands at text[at] as whole words and ends by to, or -1.</summary>
    private int PhraseAt(string text, int at, int to)
    {
        if (at > 0 && char.IsLetterOrDigit(text[at - 1])) return -1;
        for (var i = 0; i < _phrases.Length; i++)
        {
            var phrase = _phrases[i];
            var end = at + phrase.Length;
            if (phrase.Length == 0 || end > to || !text.AsSpan(at, phrase.Length).Equals(phrase, StringComparison.OrdinalIgnoreCase)) continue;
            if (end >= text.Length || !char.IsLetterOrDigit(text[end])) return i;
        }
        return -1;
    }
}
