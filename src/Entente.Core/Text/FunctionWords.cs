namespace Entente.Core.Text;

/// <summary>
/// Short grammatical words. They are the usual left or right half of a scrape's glue
/// ("andinvestment", "companiesto"), and the only words of one or two letters a split may produce.
/// </summary>
public static class FunctionWords
{
    private static readonly HashSet<string> Words = new(
    [
        "a", "an", "and", "as", "at", "be", "been", "but", "by", "for", "from", "has", "have", "he", "her",
        "his", "if", "in", "into", "is", "it", "its", "no", "not", "of", "on", "or", "our", "so", "than",
        "that", "the", "their", "them", "these", "they", "this", "those", "to", "up", "us", "was", "we",
        "were", "which", "who", "will", "with", "while",
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Function words that glue to a following capitalised word: "andTechnological", "inVietnam".</summary>
    private static readonly HashSet<string> CamelHeads = new(
        ["and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "with"],
        StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CamelHeadLookup =
        CamelHeads.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Function words that a scrape glues to a number: "in2011", "2010and".</summary>
    private static readonly HashSet<string> NumberNeighbours = new(
        ["and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "than", "the", "to", "with"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NumberNeighbourLookup =
        NumberNeighbours.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The only one- or two-letter words a split may produce; "so", "up", "he" glue too rarely to risk.</summary>
    private static readonly HashSet<string> GluedShortWords = new(
        ["a", "an", "as", "at", "be", "by", "in", "is", "it", "of", "on", "or", "to"], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GluedShortWordLookup =
        GluedShortWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Frequent words of three or more letters that directly follow a name: "Otieno and", "Volkov said".</summary>
    private static readonly HashSet<string> NameFollowers = new(
        ["said", "says", "told", "added", "noted", "stated", "and", "who", "has", "had", "was", "will", "also", "the"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NameFollowerLookup =
        NameFollowers.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Verbs that report speech; a name glued to one is glue even when the article repeats it.</summary>
    private static readonly HashSet<string> ReportingVerbs = new(
        ["said", "says", "told", "added", "noted", "stated"], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ReportingVerbLookup =
        ReportingVerbs.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsFunctionWord(ReadOnlySpan<char> word) => Lookup.Contains(word);

    /// <summary>A frequent word that a scrape glues to the name before it ("Otienoand", "Volkovsaid").</summary>
    public static bool FollowsName(ReadOnlySpan<char> word) => NameFollowerLookup.Contains(word);

    /// <summary>"said", "told", "noted" and the like.</summary>
    public static bool IsReportingVerb(ReadOnlySpan<char> word) => ReportingVerbLookup.Contains(word);

    /// <summary>A lower-case function word that may be glued in front of a capitalised word.</summary>
    public static bool IsCamelHead(ReadOnlySpan<char> word) => CamelHeadLookup.Contains(word);

    public static bool IsGluedShortWord(ReadOnlySpan<char> word) => GluedShortWordLookup.Contains(word);

    /// <summary>A function word that may be glued directly before or after a number.</summary>
    public static bool GluesToNumber(ReadOnlySpan<char> word) => NumberNeighbourLookup.Contains(word);
}
