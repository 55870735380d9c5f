namespace Entente.Core.Extraction.People;

/// <summary>
/// The names of national legislative chambers as they stand inside a title ("Parliament", "House of Representatives", "Lower
/// House of Parliament", "State Duma", "Chamber of Deputies"): "Speaker of Ghana's parliament" and "Speaker of the Estonian
/// Parliament" state the country of the one who presides it.
/// </summary>
internal static class Chambers
{
    // Words that end a chamber's name; "parliament", "house" and "senate" are also written in lower case.
    private static readonly HashSet<string> Heads = new(StringComparer.Ordinal)
    {
        "Parliament", "House", "Representatives", "Assembly", "Senate", "Congress", "Deputies", "Duma", "Commons", "Lords", "Majlis",
        "parliament", "house", "senate",
    };

    // Words that open or qualify a chamber's name before its head.
    private static readonly HashSet<string> Qualifiers = new(StringComparer.Ordinal)
    {
        "Lower", "Upper", "lower", "upper", "National", "State", "Union", "Federal", "Legislative", "Grand", "People's", "People’s", "Chamber",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HeadSpans = Heads.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> QualifierSpans = Qualifiers.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The end of a chamber's name starting at the first word from 'from' (spaces skipped), when it ends on a head word; 0 otherwise.
    /// "of" and "the" go on with it only between its words ("House of Representatives", "lower house of the Parliament").
    /// </summary>
    public static int End(string text, int from)
    {
        var at = from;
        var end = 0;
        var first = true;
        // A chamber's name is a few words long: the walk stops after eight whatever the text.
        for (var count = 0; count < 8; count++)
        {
            while (at < text.Length && text[at] == ' ') at++;
            var wordEnd = at;
            while (wordEnd < text.Length && (char.IsLetter(text[wordEnd]) || text[wordEnd] is '\'' or '’')) wordEnd++;
            if (wordEnd == at) break;
            var word = text.AsSpan(at, wordEnd - at);
            if (HeadSpans.Contains(word)) end = wordEnd;
            else if (!QualifierSpans.Contains(word) && (first || !(word is "of" or "the"))) break;
            first = false;
            at = wordEnd;
        }
        return end;
    }
}
