namespace Entente.Core.Extraction.Diplomacy;

/// <summary>The words naming a diplomatic mission and the schema kind each gives.</summary>
internal static class MissionKinds
{
    public static readonly IReadOnlyList<(string Phrase, string Kind)> Phrases =
    [
        ("embassy", "embassy"),
        ("consulate-general", "consulate"),
        ("consulate general", "consulate"),
        ("consulate", "consulate"),
        ("trade office", "trade office"),
        ("trade representation", "trade office"),
        ("trade representative office", "trade office"),
        ("commercial office", "trade office"),
        ("trade mission office", "trade office"),
        ("trade house", "trade office"),
    ];

    /// <summary>Every mission word in text[from, to), in text order; a longer phrase wins over one it contains.</summary>
    public static List<(int Start, int End, string Kind)> In(string text, int from, int to)
    {
        var found = new List<(int Start, int End, string Kind)>();
        foreach (var (phrase, kind) in Phrases)
        {
            var at = from;
            while ((at = Words.Find(text, phrase, at, to)) >= 0)
            {
                var end = at + phrase.Length;
                if (!found.Any(f => f.Start <= at && at < f.End)) found.Add((at, end, kind));
                at = end;
            }
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }
}
