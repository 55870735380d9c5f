namespace Entente.Core.Extraction.Diplomacy;

/// <summary>"state visit", "official visit", "working visit": the schema's visit kinds as news names them.</summary>
internal static class VisitKinds
{
    private static readonly (string Phrase, string Kind)[] Phrases =
    [
        ("state visit", "state"), ("official visit", "official"), ("working visit", "working"), ("official trip", "official"),
        ("working trip", "working"), ("state-level visit", "state"), ("official working visit", "working"),
    ];

    public static string? In(string text, int from, int to)
    {
        var best = (At: -1, Kind: (string?)null);
        foreach (var (phrase, kind) in Phrases)
        {
            var at = Words.Find(text, phrase, from, to);
            if (at >= 0 && (best.At < 0 || at < best.At || (at == best.At && kind == "working"))) best = (at, kind);
        }
        return best.Kind;
    }
}
