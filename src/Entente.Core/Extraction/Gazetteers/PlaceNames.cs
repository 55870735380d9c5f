namespace Entente.Core.Extraction.Gazetteers;

/// <summary>
/// Administrative designators: stripped from subdivision names so that "Brest Region" is also found
/// as "Brest", and taken into a mention when the text adds them ("Hung Yen province").
/// </summary>
internal static class PlaceNames
{
    private static readonly string[] Suffixes =
    [
        " Autonomous Okrug", " Autonomous Oblast", " Autonomous Region", " Special Administrative Region",
        " Province", " Region", " Oblast", " Prefecture", " Governorate", " Krai", " Kray", " Voivodeship",
        " County", " District", " Municipality", " State", " Department", " Territory",
    ];

    private static readonly string[] Prefixes = ["Republic of ", "Province of ", "City of ", "Municipality of ", "State of "];

    private static readonly HashSet<string> TextDesignators = new(StringComparer.Ordinal)
    {
        "province", "city", "region", "oblast", "prefecture", "state", "county", "district",
        "municipality", "governorate", "krai", "voivodeship",
    };

    /// <summary>The name without its designator, or null when it has none.</summary>
    public static string? Base(string name)
    {
        foreach (var suffix in Suffixes)
        {
            if (name.Length > suffix.Length + 2 && name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                return name[..^suffix.Length];
        }
        foreach (var prefix in Prefixes)
        {
            if (name.Length > prefix.Length + 2 && name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                return name[prefix.Length..];
        }
        return null;
    }

    /// <summary>Whether a folded word is a designator that may follow a place name in text.</summary>
    public static bool IsDesignator(string folded) => TextDesignators.Contains(folded);

    /// <summary>The folded key of a phrase: its folded words without "the", joined by spaces.</summary>
    public static string Key(string phrase) =>
        string.Join(' ', NameTokenizer.Tokenize(phrase).Select(t => t.Folded).Where(f => f != "the"));
}
