namespace Entente.Core.Extraction.People;

/// <summary>
/// An office title as written around a gazetteer office: [Start, End) from any leading demonym
/// ("Korean Ambassador to Vietnam"), the office itself [OfficeStart, OfficeEnd), the country it
/// states (by a demonym, "Country's" or "of Country"), the country of a place in it ("Mayor of
/// Rabat"), the country it is accredited to ("to Vietnam"), and the index of the last gazetteer
/// mention it covers.
/// </summary>
internal sealed record OfficeTitle(
    int Start,
    int OfficeStart,
    int OfficeEnd,
    int End,
    string Canonical,
    string? Country,
    string? PlaceCountry,
    string? AccreditedTo,
    bool Former,
    bool Plural,
    int LastMention);
