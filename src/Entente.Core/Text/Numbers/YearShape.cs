
namespace Entente.Core.Text.Numbers;

/// <summary>Decides whether a year-shaped numeral ("2000") is a calendar year or a count.</summary>
internal static class YearShape
{
    // Words after which a four-digit number is a count, not a year.
    private static readonly HashSet<string> CountedUnits =
    [
        "people", "persons", "units", "tonnes", "tons", "km", "kg", "ha", "hectares", "mw", "kw", "workers",
        "students", "jobs", "vehicles", "cars", "visitors", "tourists", "members", "projects", "companies",
        "enterprises", "firms", "households", "troops", "soldiers", "delegates", "participants", "cases",
        "employees", "metres", "meters", "miles", "square", "cubic", "barrels", "containers", "copies",
        "times", "votes", "seats", "beds", "rooms", "hours", "days", "documents",
    ];

    // Words after which a four-digit number is certainly a year.
    private static readonly HashSet<string> TimeWords =
    [
        "in", "since", "by", "from", "until", "till", "during", "before", "after", "of", "early", "late", "mid",
        "year", "fiscal", "through", "throughout", "between", "around", "circa", "spring", "summer", "autumn",
        "fall", "winter", "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december",
    ];

    public static bool IsYear(TokenList t, ParsedNumber n)
    {
        if (!n.YearShaped) return false;
        var p = n.First - 1;
        if (t.IsSymbol(p, ',') || t.IsSymbol(p, '.')) p--;
        if (t.IsWord(p) && TimeWords.Contains(t.Lower(p))) return true;
        return !(t.IsWord(n.Last + 1) && CountedUnits.Contains(t.Lower(n.Last + 1)));
    }
}
