namespace Entente.Core.Extraction.People;

/// <summary>
/// What a caller of <see cref="NameReader"/> asks besides the name's own forms. Two sets of rules once grew apart in
/// people's and diplomacy's readers; diplomacy's words, particles and possessives gave the same facts as people's on
/// every corpus, so one set is left, and only where a name may start and how short it may be still differ.
/// </summary>
internal sealed class NameRules
{
    /// <summary>When set, commas, these forms of address and the honorifics are skipped before a name read forwards.</summary>
    public IReadOnlySet<string>? FormsOfAddress { get; init; }

    /// <summary>The fewest words a name read backwards has.</summary>
    public int MinWordsBefore { get; init; } = 1;

    /// <summary>People's reading: the name starts right there, one word is a name.</summary>
    public static readonly NameRules Full = new();

    /// <summary>
    /// Diplomacy's reading of a name written after a title or a comma ("Ms. Shalini Verma"), or before ", Minister of":
    /// forms of address skipped first, and two words at least read backwards.
    /// </summary>
    public static readonly NameRules Plain = new()
    {
        // The forms of address, and "HE" (His Excellency) and a leading "his" or "her".
        FormsOfAddress = new HashSet<string>(Honorifics.Address, StringComparer.OrdinalIgnoreCase) { "he", "his", "her" },
        MinWordsBefore = 2,
    };
}
