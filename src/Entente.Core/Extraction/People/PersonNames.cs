namespace Entente.Core.Extraction.People;

/// <summary>Whether two names an article gives may be one person.</summary>
internal static class PersonNames
{
    /// <summary>Equal, or one a shorter form of the other ("Samia Suluhu" of "Samia Suluhu Hassan").</summary>
    public static bool Same(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal)) return true;
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        var words = longer.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return shorter.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => words.Contains(w, StringComparer.Ordinal));
    }

    /// <summary>
    /// A name that is another with some of its words cut to initials: same number of words, same last word, and each other
    /// word either equal or an initial ("S", "S.") of the other's word.
    /// </summary>
    public static bool SameWithInitials(string name, string full)
    {
        var a = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var b = full.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (a.Length != b.Length || a[^1] != b[^1]) return false;
        for (var i = 0; i < a.Length - 1; i++)
        {
            var word = a[i].TrimEnd('.');
            if (word != b[i] && !(word.Length == 1 && b[i].StartsWith(word, StringComparison.Ordinal))) return false;
        }
        return true;
    }
}
