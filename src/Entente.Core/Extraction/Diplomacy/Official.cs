namespace Entente.Core.Extraction.Diplomacy;

/// <summary>A person acting for a country: the name (null when the text gives only the office), office and country as far as known.</summary>
internal sealed record Official(string? Name, string? Office, string? Country);

/// <summary>Where a sentence refers to an official: [Start, End) covers the words that do.</summary>
internal sealed record OfficialRef(int Start, int End, Official Official);
