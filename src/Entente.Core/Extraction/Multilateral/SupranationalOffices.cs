using Entente.Core.Extraction.People;

namespace Entente.Core.Extraction.Multilateral;

/// <summary>
/// "European Council President X", "X, President of the European Commission", "UN Secretary-General X": an office of a
/// union or an international body, which no country of the pair holds; a country read for such a person (from a
/// demonym nearby or the article's sides) is a guess.
/// </summary>
internal static class SupranationalOffices
{
    private static readonly string[] Bodies =
    [
        "European Council", "European Commission", "European Parliament", "European Union", "EU", "United Nations", "UN",
        "NATO", "African Union Commission", "African Union", "AU Commission", "ASEAN", "World Bank", "IMF", "WTO", "OSCE",
        "Council of Europe", "Commonwealth", "Arab League", "League of Arab States", "Gulf Cooperation Council", "GCC", "ECOWAS",
        "OPEC", "Organisation of Islamic Cooperation", "Organization of Islamic Cooperation", "OIC", "SCO", "BRICS", "G20",
    ];

    /// <summary>The office named right before the person ("European Commission President") or in its title is a body's.</summary>
    public static bool Holds(string text, PersonMention person)
    {
        var office = person.Office ?? "";
        foreach (var body in Bodies)
        {
            if (ContainsWord(office, body)) return true;
            var before = text.AsSpan(Math.Max(0, person.Start - body.Length - 1), Math.Min(person.Start, body.Length + 1)).TrimEnd();
            if (before.EndsWith(body, StringComparison.Ordinal) && (before.Length == body.Length || !char.IsLetter(before[^(body.Length + 1)])))
                return true;
        }
        return false;
    }

    private static bool ContainsWord(string office, string body)
    {
        for (var at = office.IndexOf(body, StringComparison.Ordinal); at >= 0; at = office.IndexOf(body, at + 1, StringComparison.Ordinal))
        {
            var end = at + body.Length;
            // "Ambassador to the UN", "Permanent Representative to the EU": a country's envoy to the body.
            var envoy = office.AsSpan(0, at).TrimEnd().EndsWith(" to", StringComparison.Ordinal) || office.AsSpan(0, at).TrimEnd().EndsWith(" to the", StringComparison.Ordinal);
            if ((at == 0 || !char.IsLetter(office[at - 1])) && (end == office.Length || !char.IsLetter(office[end])) && !envoy) return true;
        }
        return false;
    }
}
