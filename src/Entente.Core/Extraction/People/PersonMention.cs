namespace Entente.Core.Extraction.People;

/// <summary>
/// A person named in an article: the name (the full name, also where the text uses a short
/// reference such as "Lam" for "To Lam"), the office as written (null when none is given) and the
/// country the text ties them to. [Start, End) covers the office and the name as written.
/// </summary>
public sealed record PersonMention(int Start, int End, string Name, string? Office, string? Country)
{
    /// <summary>Where the name itself starts.</summary>
    public int NameStart { get; init; }

    /// <summary>The office as the gazetteer names it ("Minister of Foreign Affairs" for "Foreign Minister"); null when none.</summary>
    public string? CanonicalOffice { get; init; }

    /// <summary>The country of a place in the title ("Mayor of Rabat" gives MA); null when none.</summary>
    public string? PlaceCountry { get; init; }

    /// <summary>The country an envoy is accredited to ("Ambassador to Vietnam" gives VN); null when none.</summary>
    public string? AccreditedTo { get; init; }

    /// <summary>"Former President X": the office is no longer held.</summary>
    public bool Former { get; init; }

    /// <summary>"Federal Ministers A, B and C": one of several holders a plural title lists.</summary>
    public bool Listed { get; init; }

    /// <summary>A short reference ("Lam", "Deputy Minister Tri") resolved to a person named in full elsewhere.</summary>
    public bool IsShortReference { get; init; }
}
