namespace Entente.Core.Cleaning;

/// <summary>
/// Agency end markers that close a story: VNA's "./.", Xinhua's "Enditem", Yonhap's "(END)" and
/// their variants. A marker ends an article; what follows it in the same file is the next one.
/// </summary>
public static class EndMarkers
{
    private static readonly string[] Markers = ["(END)", "(End)", "(ENDS)", "(Ends)", "Enditem", "ENDITEM", "-END-", "- END -", "-- END --", "###"];

    /// <summary>Length of the marker at the end of the block (0 when none): for "ties./." it is 2, keeping the full stop.</summary>
    public static int MarkerLength(string block)
    {
        var trimmed = block.AsSpan().TrimEnd();
        var trailing = block.Length - trimmed.Length;
        if (trimmed.EndsWith("./.", StringComparison.Ordinal))
            return (trimmed.Length == 3 ? 3 : 2) + trailing;
        foreach (var marker in Markers)
        {
            if (!trimmed.EndsWith(marker, StringComparison.Ordinal)) continue;
            var before = trimmed.Length - marker.Length;
            // A marker word must stand apart from the sentence ("... ties. Enditem"), not end a word.
            if (before > 0 && char.IsLetterOrDigit(trimmed[before - 1]) && char.IsLetterOrDigit(marker[0])) continue;
            return marker.Length + trailing;
        }
        return 0;
    }
}
