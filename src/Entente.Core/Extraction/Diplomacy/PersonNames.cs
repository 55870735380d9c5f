namespace Entente.Core.Extraction.Diplomacy;

/// <summary>Whether two names an article gives may be one person: equal, or one a shorter form of the other ("Samia Suluhu" of "Samia Suluhu Hassan").</summary>
internal static class PersonNames
{
    public static bool Same(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal)) return true;
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        var words = longer.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return shorter.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => words.Contains(w, StringComparer.Ordinal));
    }
}
