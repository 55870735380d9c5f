using Entente.Core.Text;

namespace Entente.Core.Extraction.People;

/// <summary>
/// The one comparison of persons' names. Across articles (<see cref="SamePerson"/>) a name is folded so that
/// "A. Lukashenko", "Alexander Lukashenko" and "President Lukashenko" meet: the key is the folded surname (the last
/// word of two or more letters), and two names match when their surnames agree and their other words and initials
/// do not contradict each other. Inside an article (<see cref="SortedWords"/>, <see cref="IsShortFormOf"/>) names are
/// compared by their words as written, split at spaces only, diacritics and case aside.
/// </summary>
public static class PersonKey
{
    public static string Surname(string name)
    {
        var words = Words(name);
        return words.LastOrDefault(w => w.Length > 1) ?? "";
    }

    public static bool SamePerson(string a, string b)
    {
        var wa = Words(a);
        var wb = Words(b);
        if (wa.Count == 0 || wb.Count == 0 || Surname(a) != Surname(b)) return false;
        // Given names and initials must agree where both are present ("A." fits "Alexander", not "Viktor").
        var ga = wa.Take(wa.Count - 1).ToList();
        var gb = wb.Take(wb.Count - 1).ToList();
        for (var i = 0; i < Math.Min(ga.Count, gb.Count); i++)
            if (!(ga[i].StartsWith(gb[i], StringComparison.Ordinal) || gb[i].StartsWith(ga[i], StringComparison.Ordinal))) return false;
        return true;
    }

    private static List<string> Words(string name) =>
        NameFolding.StripDiacritics(name).ToLowerInvariant()
            .Split([' ', '.', ',', '-', '\''], StringSplitOptions.RemoveEmptyEntries)
            .ToList();

    /// <summary>The name's written words in order, joined by spaces: "Carl XVI Gustaf" and "Carl Gustaf XVI" have the same.</summary>
    internal static string SortedWords(string name) => string.Join(' ', WrittenWords(name).Order(StringComparer.Ordinal));

    /// <summary>Every word of the short name (diacritics aside) belongs to the longer full name.</summary>
    internal static bool IsShortFormOf(string shorter, string longer)
    {
        if (longer.Length <= shorter.Length) return false;
        var full = WrittenWords(longer);
        return WrittenWords(shorter).All(full.Contains);
    }

    /// <summary>A name's words as written, split at spaces only, without diacritics, lower case.</summary>
    internal static string[] WrittenWords(string name) =>
        NameFolding.StripDiacritics(name).ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
