using Entente.Core.Extraction.Sentences;
using Entente.Core.Text.Time;

namespace Entente.Core.Extraction.Diplomacy;

/// <summary>
/// "ASTANA, March 5 (VNA) –", "Islamabad, 16 April 2024:": the date of a dateline is when the story
/// was filed, not when the event it reports happened.
/// </summary>
internal static class Datelines
{
    /// <summary>
    /// A date that heads its sentence as a dateline. With <paramref name="bracketCloses"/>, an agency's name in brackets closes it
    /// without a dash ("Havana, Apr 15 (Prensa Latina) Cuba and Vietnam …"): enough to tell the day a dispatch was filed,
    /// though such a date may still date the news the lead tells.
    /// </summary>
    public static bool IsDateline(string text, Sentence sentence, DateMention date, bool bracketCloses = false)
    {
        if (IsBylineDate(text, sentence, date)) return true;
        if (date.Start - sentence.Start > 40) return false;
        var i = date.End;
        // Room for an agency in brackets: "April 18 (NNN-PRENSA LATINA) —".
        var limit = Math.Min(sentence.End, date.End + 40);
        if (i < limit && text[i] == ' ') i++;
        if (i < limit && text[i] == '(')
        {
            var close = text.IndexOf(')', i, limit - i);
            if (close < 0) return false;
            if (bracketCloses && close + 2 < sentence.End && text[close + 1] == ' ' && char.IsUpper(text[close + 2]) && IsAgency(text, i + 1, close)) return true;
            i = close + 1;
        }
        while (i < limit && text[i] == ' ') i++;
        return i < limit && (text[i] is '–' or '—' or '-' or ':' || (i == date.End + 1 && char.IsUpper(text[i]) && OpensOnPlace(text, sentence.Start, date.Start)));
    }

    /// <summary>
    /// "Presidents X and Y hold talks |27 July 2012": a date set off by a bar at the end of a headline is the page's own,
    /// when it was put online, not when the talks it heads took place.
    /// </summary>
    private static bool IsBylineDate(string text, Sentence sentence, DateMention date)
    {
        var before = date.Start;
        while (before > sentence.Start && text[before - 1] == ' ') before--;
        return before > sentence.Start && text[before - 1] == '|' && text.AsSpan(date.End, sentence.End - date.End).Trim().Length == 0;
    }

    /// <summary>
    /// "YANGON, NOVEMBER 23, 2013 The two ministers …": a dateline the page ran into its lead with no dash. Only
    /// capitalised words and one comma before the date, the sentence's first words.
    /// </summary>
    private static bool OpensOnPlace(string text, int start, int dateStart)
    {
        var head = text[start..dateStart].TrimEnd();
        if (head.Length < 3 || head[^1] != ',' || head.IndexOf(',') != head.Length - 1) return false;
        var words = head[..^1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 4 && words.All(w => char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c is '.' or '-'))
            && !Words.Any(head, Openers, 0, head.Length);
    }

    // Capitalised sentence openers that are no place: "Yesterday, March 4 …".
    private static readonly string[] Openers = ["yesterday", "today", "on", "in", "since", "by", "from", "until", "last", "next", "earlier", "later"];

    /// <summary>An agency's name in brackets: one to four words, each capitalised (or an acronym), no digits.</summary>
    private static bool IsAgency(string text, int start, int end)
    {
        var words = text[start..end].Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 4 && words.All(w => char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c == '.'));
    }
}
