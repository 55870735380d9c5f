namespace Entente.Core.Extraction.People;

/// <summary>
/// How <see cref="NameReader"/> tells a name from the words around it. Two sets of rules grew apart in people's and
/// diplomacy's readers; read with one another's rules, each would find other names, so both are kept as options of
/// the one reader.
/// </summary>
internal sealed class NameRules
{
    /// <summary>Lower-case words that may stand inside a name ("bin", "de", "van").</summary>
    public required IReadOnlySet<string> Particles { get; init; }

    /// <summary>A word that may be one of a name's words, read forwards.</summary>
    public required Func<string, bool> IsNameWord { get; init; }

    /// <summary>A word that may be one of a name's words, read backwards.</summary>
    public required Func<string, bool> IsNameWordBefore { get; init; }

    /// <summary>When set, commas, these forms of address and the honorifics are skipped before a name read forwards.</summary>
    public IReadOnlySet<string>? FormsOfAddress { get; init; }

    /// <summary>
    /// Names' own forms: quoted nicknames, short given names ("Van", "An"), Roman numerals and hyphenated particles
    /// ("al-Thani") inside a name; a closing apostrophe is a possessive; read backwards, initials and apostrophes are
    /// parts of words, a particle may end a name, and leading particles and honorifics are not counted. Without
    /// them, read backwards, a name's words are letters and hyphens, and leading particles count.
    /// </summary>
    public bool KnowsNameForms { get; init; }

    /// <summary>The fewest words a name read backwards has.</summary>
    public int MinWordsBefore { get; init; } = 1;

    private static bool IsCapitalisedWord(string word) => word.Length > 1 && char.IsUpper(word[0]) && !word.All(char.IsUpper);

    private static readonly HashSet<string> NotNamesBefore = new(StringComparer.Ordinal)
    {
        "On", "In", "At", "The", "By", "For", "And", "But", "Meanwhile", "Today", "Yesterday", "Monday", "Tuesday", "Wednesday",
        "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December", "Sheikh", "Prince", "Mr", "Ms", "Mrs", "Dr", "He", "She",
    };

    /// <summary>People's rules: all of names' forms, with the words that start clauses or name times, offices and bodies.</summary>
    public static readonly NameRules Full = new()
    {
        Particles = NameReader.Particles,
        IsNameWord = NameReader.IsNameWord,
        IsNameWordBefore = NameReader.IsNameWord,
        KnowsNameForms = true,
    };

    /// <summary>
    /// Diplomacy's rules for a name written after a title or a comma ("Ms. Shalini Verma"), or before ", Minister of":
    /// capitalised words not all in capitals, read without the gazetteer; read backwards, two words at least.
    /// </summary>
    public static readonly NameRules Plain = new()
    {
        Particles = new HashSet<string>(StringComparer.Ordinal)
        {
            "bin", "binti", "al", "el", "de", "da", "do", "dos", "van", "von", "der", "den", "la", "le", "di", "du", "y", "ibn", "abu", "ben",
        },
        IsNameWord = IsCapitalisedWord,
        IsNameWordBefore = word => IsCapitalisedWord(word) && !NotNamesBefore.Contains(word) && !NameReader.Connectives.Contains(word),
        // The forms of address, and "HE" (His Excellency) and a leading "his" or "her".
        FormsOfAddress = new HashSet<string>(Honorifics.Address, StringComparer.OrdinalIgnoreCase) { "he", "his", "her" },
        MinWordsBefore = 2,
    };
}
