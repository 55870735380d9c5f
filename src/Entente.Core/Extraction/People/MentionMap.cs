using Entente.Core.Extraction.Gazetteers;

namespace Entente.Core.Extraction.People;

/// <summary>
/// Which characters of a text lie inside a gazetteer mention other than an office (a name never overlaps one),
/// and which inside an office title (a name read backwards stops there).
/// </summary>
internal sealed class MentionMap
{
    private readonly bool[] _covered;
    private readonly bool[] _office;
    private readonly HashSet<int> _singleWordPlaces = [];

    public MentionMap(string text, IReadOnlyList<GazetteerMention> mentions)
    {
        _covered = new bool[text.Length + 1];
        _office = new bool[text.Length + 1];
        foreach (var mention in mentions)
        {
            if (mention.Kind == MentionKind.Office)
            {
                for (var i = mention.Start; i < mention.End && i < text.Length; i++) _office[i] = true;
                continue;
            }
            // "Nandi-Ndaitwah": a one-word place glued by a hyphen to another word is part of a double name, not a place.
            if (mention.Kind == MentionKind.Place && HyphenGlued(text, mention.Start, mention.End)) continue;
            for (var i = mention.Start; i < mention.End && i < text.Length; i++) _covered[i] = true;
            if (mention.Kind == MentionKind.Place && text.AsSpan(mention.Start, mention.End - mention.Start).IndexOf(' ') < 0)
                _singleWordPlaces.Add(mention.Start);
        }
    }

    private static bool HyphenGlued(string text, int start, int end) =>
        text.AsSpan(start, end - start).IndexOf(' ') < 0
        && ((end + 1 < text.Length && text[end] == '-' && char.IsLetter(text[end + 1])) || (start >= 2 && text[start - 1] == '-' && char.IsLetter(text[start - 2])));

    public bool IsCovered(int offset) => offset >= 0 && offset < _covered.Length && _covered[offset];

    /// <summary>A place of one word starts here: it may also be a word of a personal name.</summary>
    public bool IsSingleWordPlace(int offset) => _singleWordPlaces.Contains(offset);

    /// <summary>Some character of [start, end) lies inside an office title ("Investment" of "Minister of Planning and Investment").</summary>
    public bool InOffice(int start, int end)
    {
        for (var i = Math.Max(0, start); i < end && i < _office.Length; i++)
            if (_office[i]) return true;
        return false;
    }

    public bool Overlaps(int start, int end)
    {
        for (var i = Math.Max(0, start); i < end && i < _covered.Length; i++)
            if (_covered[i]) return true;
        return false;
    }
}
