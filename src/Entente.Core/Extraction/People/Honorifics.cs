namespace Entente.Core.Extraction.People;

/// <summary>Forms of address written before a name ("Dr.", "H.E.", "Sheikh"): skipped, never part of the name.</summary>
internal static class Honorifics
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "Dr", "Hon", "H.E", "H.H", "H.R.H", "Mr", "Mrs", "Ms", "Miss", "Madam", "Mme", "Sir", "Dame", "Prof", "Professor",
        "Sheikh", "Sheikha", "Shaikh", "Prince", "Princess", "Datuk", "Dato", "Seri", "Pak", "Ibu", "Excellency", "Engr", "Eng",
    };

    /// <summary>The offset after any honorifics (and the spaces after them) starting at from.</summary>
    public static int Skip(string text, int from)
    {
        var i = from;
        while (true)
        {
            var j = i;
            while (j < text.Length && text[j] == ' ') j++;
            var end = j;
            while (end < text.Length && (char.IsLetter(text[end]) || text[end] is '.' or '\'')) end++;
            if (end == j) return i;
            var word = text[j..end].TrimEnd('.');
            if (!Words.Contains(word) || !char.IsUpper(text[j])) return i;
            i = end;
        }
    }
}
