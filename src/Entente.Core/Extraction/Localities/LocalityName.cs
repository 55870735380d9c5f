using Entente.Core.Extraction.Gazetteers;
using Entente.Core.Text;

namespace Entente.Core.Extraction.Localities;

/// <summary>
/// The name a partnership reports for a place: as written when the text spells the gazetteer's
/// name, with diacritics ("Wrocław") or more fully ("Thua Thien Hue", "Vientiane Capital"), less a
/// trailing generic word ("Nara prefecture" gives "Nara"); the gazetteer's name for other
/// spellings ("HCMC" gives "Ho Chi Minh City").
/// </summary>
internal static class LocalityName
{
    private static readonly string[] Generic =
        ["province", "city", "prefecture", "region", "oblast", "department", "district", "municipality", "state", "county"];

    public static string Of(string surface, string canonical)
    {
        var name = StripGeneric(surface, canonical);
        var folded = NameFolding.StripDiacritics(name);
        if (folded == canonical) return name;
        return ContainsWords(folded, canonical) ? name : canonical;
    }

    private static string StripGeneric(string surface, string canonical)
    {
        var space = surface.LastIndexOf(' ');
        if (space <= 0) return surface;
        var last = surface[(space + 1)..];
        if (!Generic.Any(g => g.Equals(last, StringComparison.OrdinalIgnoreCase))) return surface;
        var rest = surface[..space];
        return ContainsWords(NameFolding.StripDiacritics(rest), canonical) ? rest : surface;
    }

    private static bool ContainsWords(string text, string words)
    {
        var at = text.IndexOf(words, StringComparison.OrdinalIgnoreCase);
        if (at < 0) return false;
        var end = at + words.Length;
        return (at == 0 || text[at - 1] == ' ') && (end == text.Length || text[end] == ' ');
    }
}
