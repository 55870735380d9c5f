namespace Entente.Core.Extraction.Localities;

/// <summary>
/// Reads the text between two place names: a bare list joint (", ", " and ", " with ") keeps them
/// in one statement, while a new clause (", and Hanoi has…", ", while…") or a semicolon starts another.
/// </summary>
internal static class ClauseGap
{
    private static readonly HashSet<string> Joints = new(StringComparer.OrdinalIgnoreCase) { "and", "with", "the", "both", "as", "well" };

    private static readonly string[] Breaks = [", and ", ", while ", ", but ", ", whereas ", ", whilst "];

    /// <summary>True when the gap starts a new statement rather than continuing a list or a pairing.</summary>
    public static bool IsBreak(string gap)
    {
        if (gap.Contains(';')) return true;
        var hasBreak = false;
        foreach (var b in Breaks)
            if (gap.Contains(b, StringComparison.OrdinalIgnoreCase)) hasBreak = true;
        if (!hasBreak) return false;
        foreach (var word in Words(gap))
            if (!Joints.Contains(word)) return true;
        return false;
    }

    private static IEnumerable<string> Words(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i])) i++;
            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
            if (i > start) yield return text[start..i];
        }
    }
}
