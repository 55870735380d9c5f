namespace Entente.Core.Extraction.Gazetteers;

/// <summary>Countries by ISO code and by every folded name and demonym.</summary>
internal sealed record CountryIndex(
    IReadOnlyList<CountryEntry> All,
    IReadOnlyDictionary<string, CountryEntry> ByCode,
    IReadOnlyDictionary<string, CountryEntry> ByKey);
