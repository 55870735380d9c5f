namespace Entente.Core.Extraction.Mechanisms;

/// <summary>Word lists shared by the mechanism and agreement name readers.</summary>
internal static class NameWords
{
    /// <summary>Capitalised words that open a sentence or clause but never a name.</summary>
    public static readonly HashSet<string> CapitalizedStops =
    [
        "the", "a", "an", "on", "in", "at", "of", "for", "and", "by", "with", "its", "their", "this", "that", "these",
        "his", "her", "our", "after", "before", "during", "under", "since", "both", "mr", "ms", "mrs", "dr", "h.e",
        "he", "she", "it", "they", "we", "meanwhile", "also", "most", "much", "recently", "last", "next",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ];

    /// <summary>Words that end a lower-case phrase: articles, pronouns, auxiliaries, relatives, and clause openers.</summary>
    public static readonly HashSet<string> PhraseStops =
    [
        "a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "which", "who", "whose",
        "was", "were", "is", "are", "be", "been", "has", "have", "had", "will", "would", "could", "should", "can", "may",
        "might", "must", "signed", "concluded", "inked", "initialled", "initialed", "entered", "took", "came", "held",
        "met", "convened", "under", "during", "at", "by", "as", "with", "when", "while", "after", "before", "since",
        "until", "covering", "last", "next", "and", "or", "but", "to", "in", "on", "for", "from", "of",
        "said", "says", "also", "where", "both", "two", "all", "new", "first", "into", "than", "not",
        "between", "among", "kicked", "opened", "began", "started", "ended", "closed", "wrapped",
    ];

    /// <summary>Words that make a sentence conditional, planned or about another pair.</summary>
    public static readonly HashSet<string> Hedges =
    [
        "could", "would", "might", "if", "possibility", "possible", "explore", "exploring", "propose", "proposed",
        "proposal", "consider", "considering", "intend", "intends", "similar", "negotiate", "negotiating",
        "negotiations", "draft", "unless", "whether", "expected", "expects",
    ];

    /// <summary>Words of a sentence about candidacies to international bodies, whose councils and commissions are not bilateral.</summary>
    public static readonly HashSet<string> Candidacy =
    [
        "candidacy", "candidacies", "candidature", "candidatures", "bid", "seat", "election", "re-election", "elected",
        "membership", "nomination", "vote", "voting",
    ];

    public static bool IsClosedWord(string lower) => PhraseStops.Contains(lower);
}
