using Entente.Core.Extraction.Sentences;
using Entente.Core.Extraction.Time;

namespace Entente.Core.Extraction.Diplomacy;

/// <summary>
/// "ASTANA, March 5 (VNA) –", "Islamabad, 16 April 2024:": the date of a dateline is when the story
/// was filed, not when the event it reports happened.
/// </summary>
internal static class Datelines
{
    public static bool IsDateline(string text, Sentence sentence, DateMention date)
    {
        if (date.Start - sentence.Start > 40) return false;
        var i = date.End;
        // Room for an agency in brackets: "April 18 (NNN-PRENSA LATINA) —".
        var limit = Math.Min(sentence.End, date.End + 40);
        if (i < limit && text[i] == ' ') i++;
        if (i < limit && text[i] == '(')
        {
            var close = text.IndexOf(')', i, limit - i);
            if (close < 0) return false;
            i = close + 1;
        }
        while (i < limit && text[i] == ' ') i++;
        return i < limit && text[i] is '–' or '—' or '-' or ':';
    }
}
