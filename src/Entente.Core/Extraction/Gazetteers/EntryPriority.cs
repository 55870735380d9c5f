namespace Entente.Core.Extraction.Gazetteers;

/// <summary>
/// The order in which readings of the same words are preferred: a country before a bloc, body,
/// office or place of that name ("Georgia" the country before the US state); curated spellings
/// before data spellings; sovereign states before territories.
/// </summary>
internal static class EntryPriority
{
    public const int CuratedCountryName = 0;
    public const int CountryName = 1;
    public const int CuratedDemonym = 2;
    public const int Demonym = 3;
    public const int TerritoryName = 4;
    public const int TerritoryDemonym = 5;
    public const int Bloc = 10;
    public const int Body = 20;
    public const int Office = 30;
    public const int Place = 40;
    public const int Region = 50;
}
