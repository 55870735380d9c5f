namespace Entente.Core.Cleaning;

/// <summary>Words written with a full stop that does not end a sentence ("Nov.", "Mr.", "St.").</summary>
internal static class Abbreviations
{
    private static readonly HashSet<string> Words = new(
    [
        "mr", "mrs", "ms", "dr", "prof", "st", "mt", "ft", "no", "nos", "vs", "etc", "eg", "ie", "al", "cf",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "gen", "col", "lt", "maj", "capt", "cmdr", "adm", "sgt", "sen", "rep", "gov", "pres", "amb", "hon",
        "rev", "inc", "ltd", "co", "corp", "jr", "sr", "fig", "vol", "pp", "dept", "est", "approx", "univ",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool Contains(ReadOnlySpan<char> word) => Lookup.Contains(word);
}
