namespace Entente.Core.Extraction.Localities;

/// <summary>
/// A locality named in a sentence at [Start, End): a gazetteer place with its country, or a
/// capitalised name the gazetteer does not know (Country null) standing where a place is listed.
/// </summary>
internal sealed record Slot(int Start, int End, string Name, string? Country);
