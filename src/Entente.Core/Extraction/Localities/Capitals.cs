using Entente.Core.Text;
using Entente.Core.Extraction.Gazetteers;

namespace Entente.Core.Extraction.Localities;

/// <summary>National capitals (Resources/gazetteer/capitals.tsv), which news often writes for the state itself.</summary>
internal static class Capitals
{
    private static readonly HashSet<(string Country, string Name)> Known = Load();

    /// <summary>True when both places are their country's capital.</summary>
    public static bool Both(Slot a, Slot b) => Is(a) && Is(b);

    private static bool Is(Slot place) =>
        place.Country is { } country && Known.Contains((country, NameFolding.StripDiacritics(place.Name).ToLowerInvariant()));

    private static HashSet<(string, string)> Load()
    {
        var known = new HashSet<(string, string)>();
        foreach (var row in GazetteerResources.Rows("capitals.tsv"))
            foreach (var name in GazetteerResources.List(row, 1))
            {
                var folded = NameFolding.StripDiacritics(name).ToLowerInvariant();
                known.Add((row[0], folded));
                // "Washington D.C." is written "Washington" when it stands for the government ("between Washington and New Delhi").
                if (folded.EndsWith(" d.c.", StringComparison.Ordinal)) known.Add((row[0], folded[..^5]));
            }
        return known;
    }
}
