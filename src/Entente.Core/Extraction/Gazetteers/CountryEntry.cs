namespace Entente.Core.Extraction.Gazetteers;

/// <summary>An ISO 3166-1 country with the names and demonyms the gazetteer knows for it.</summary>
public sealed record CountryEntry(
    string Code,
    string Alpha3,
    string Name,
    string OfficialName,
    IReadOnlyList<string> Names,
    IReadOnlyList<string> Demonyms,
    bool Independent);
