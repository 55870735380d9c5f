using Entente.Core.Extraction.Gazetteers;
using Entente.Core.Text;

namespace Entente.Core.Knowledge;

/// <summary>
/// Folds a person's name so that "A. Lukashenko", "Alexander Lukashenko" and "President Lukashenko"
/// meet: the key is the folded surname (the last word of two or more letters), and two names match
/// when their surnames agree and their other words and initials do not contradict each other.
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
}
