namespace Entente.Core.Cleaning;

/// <summary>
/// Agency end markers that close a story: VNA's "./.", Xinhua's "Enditem", Yonhap's "(END)",
/// Bernama's "-- BERNAMA", Kyodo's "==Kyodo", KUNA's "(end) aa.gh", PTI's trailing "PTI AV VN",
/// editors' initials ("oda/jcm"), an agency's name glued to the last stop ("said.-VNA") or alone on
/// the last line ("TASS"). A marker ends an article; what follows it in the same file is the next one.
/// </summary>
public static class EndMarkers
{
    private static readonly string[] Markers = ["(END)", "(End)", "(ENDS)", "(Ends)", "Enditem", "ENDITEM", "Endi", "-END-", "- END -", "-- END --", "###"];

    // Wire agencies that sign off with their bare name.
    private static readonly HashSet<string> AgencyNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "VNA", "TASS", "BelTA", "Xinhua", "BERNAMA", "ANTARA", "KUNA", "WAM", "SPA", "MENA", "IRNA", "APS", "MAP", "AZERTAC",
        "Kazinform", "Yonhap", "Kyodo", "AFP", "Reuters", "PTI", "IANS", "ANI", "QNA", "BNA", "ONA", "Anadolu",
        "Sputnik", "Interfax", "AKIpress", "KPL", "AKP", "PNA", "EFE", "ANSA",
    };

    private static readonly string[] TrailingAgencies = ["PTI", "IANS", "ANI", "UNI"];

    /// <summary>Length of the marker at the end of the block (0 when none): for "ties./." it is 2, keeping the full stop.</summary>
    public static int MarkerLength(string block)
    {
        var trimmed = block.AsSpan().TrimEnd();
        var trailing = block.Length - trimmed.Length;
        if (IsSignOffLine(trimmed.Trim()) || IsAgencyLine(trimmed.Trim())) return block.Length;
        if (GluedAgency(trimmed) is > 0 and var glued) return glued + trailing;
        if (EndTag(trimmed) is > 0 and var tag) return tag + trailing;
        if (AgencyCodes(trimmed) is > 0 and var codes) return codes + trailing;
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

    /// <summary>A line that is only a sign-off: "-- BERNAMA", "==Kyodo", "— AFP", or editors' initials "oda/jcm".</summary>
    private static bool IsSignOffLine(ReadOnlySpan<char> line)
    {
        if (line.Length is 0 or > 30) return false;
        if (line.StartsWith("--") || line.StartsWith("==") || line.StartsWith("—"))
        {
            var rest = line.TrimStart("-=— ");
            return rest.Length is >= 2 and <= 20 && !rest.ContainsAnyExcept("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");
        }
        // Editors' initials: two or more groups of 2–4 lower-case letters joined by '/'.
        var groups = 0;
        var run = 0;
        foreach (var c in line)
        {
            if (c is >= 'a' and <= 'z') run++;
            else if (c == '/' && run is >= 2 and <= 4) { groups++; run = 0; }
            else return false;
        }
        return groups >= 1 && run is >= 2 and <= 4 && !line.ToString().Split('/').Any(g => g is "and" or "or" or "he" or "she" or "his" or "her" or "per" or "km" or "the");
    }

    /// <summary>A last line that is only an agency's name in capitals: "VNA", "BERNAMA".</summary>
    private static bool IsAgencyLine(ReadOnlySpan<char> line) =>
        line.Length >= 2 && !line.ContainsAnyExcept("ABCDEFGHIJKLMNOPQRSTUVWXYZ") && AgencyNames.Contains(line.ToString());

    /// <summary>"… on March 21.-VNA": the agency's name glued to the full stop by a hyphen.</summary>
    private static int GluedAgency(ReadOnlySpan<char> text)
    {
        var hyphen = text.LastIndexOf(".-", StringComparison.Ordinal);
        if (hyphen < 1) return 0;
        var name = text[(hyphen + 2)..].Trim();
        return AgencyNames.Contains(name.ToString()) ? text.Length - hyphen - 1 : 0;
    }

    /// <summary>"… said. (end) aa.gh": the "(end)" tag and any short editor code after it.</summary>
    private static int EndTag(ReadOnlySpan<char> text)
    {
        var at = LastEndTag(text);
        if (at < 0) return 0;
        var after = text[(at + 5)..].Trim();
        if (after.Length > 12 || after.ContainsAny(' ', '\t')) return 0;
        return text.Length - at;
    }

    /// <summary>
    /// Where the text's last "(end)" starts, looked for only where it can close the text (at most 12 characters and
    /// white space after it, the text being trimmed at its end), so a long paragraph is not searched through; -1 if
    /// there is none there (an "(end)" further back gives 0 in <see cref="EndTag"/> anyway).
    /// </summary>
    private static int LastEndTag(ReadOnlySpan<char> text)
    {
        const int Tag = 5, MaxAfter = 12;
        var window = Math.Max(0, text.Length - MaxAfter - Tag);
        var inWindow = text[window..].LastIndexOf("(end)", StringComparison.OrdinalIgnoreCase);
        if (inWindow >= 0) return window + inWindow;
        // Further back, only white space may lie between the tag and the last 12 characters.
        var end = text.Length - MaxAfter;
        while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
        return end >= Tag && text[(end - Tag)..end].Equals("(end)", StringComparison.OrdinalIgnoreCase) ? end - Tag : -1;
    }

    /// <summary>"… said. PTI AV VN": an Indian agency's name and its editors' two- or three-letter codes closing the last paragraph.</summary>
    private static int AgencyCodes(ReadOnlySpan<char> text)
    {
        foreach (var agency in TrailingAgencies)
        {
            var at = text.LastIndexOf(" " + agency + " ", StringComparison.Ordinal);
            if (at < 1 || text[at - 1] is not ('.' or '"' or '”')) continue;
            var codes = text[(at + agency.Length + 2)..].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (codes.Length is >= 1 and <= 4 && codes.All(c => c.Length is 2 or 3 && c.All(char.IsUpper))) return text.Length - at;
        }
        return 0;
    }
}
