using Entente.Core.Extraction.Gazetteers;

namespace Entente.Core.Extraction.People;

/// <summary>
/// Titles written in lower case, which the gazetteer matches only capitalised: "the president of Brazil,
/// Luiz Lula", "South Africa's president Jacob Zuma", "Kenyan foreign minister Amina Otieno". Without a
/// country right before or after, a lower-case title ("the president said") names nobody in particular,
/// so such titles are read only with one, except where a caller links "the president" to the one holder the article
/// named before (<see cref="Find"/> with <c>bare</c>).
/// </summary>
internal static class LowerCaseTitles
{
    private static readonly string[] Heads =
        ["president", "minister", "premier", "chancellor", "king", "emir", "ambassador", "secretary", "spokesperson", "spokesman", "spokeswoman"];

    private static readonly HashSet<string> FormerWords = new(StringComparer.OrdinalIgnoreCase) { "former", "ex", "late" };

    private const int WordsBefore = 3;

    /// <summary>The lower-case titles with a country around them; with <paramref name="bare"/> also those with none ("the president").</summary>
    public static IEnumerable<OfficeTitle> Find(ArticleContext context, bool bare = false)
    {
        var text = context.Text;
        foreach (var head in Heads)
        {
            for (var k = text.IndexOf(head, StringComparison.Ordinal); k >= 0; k = text.IndexOf(head, k + head.Length, StringComparison.Ordinal))
            {
                var end = k + head.Length;
                if ((k > 0 && char.IsLetter(text[k - 1])) || (end < text.Length && char.IsLetter(text[end]))) continue;
                if (Read(context, k, end, bare) is { } title) yield return title;
            }
        }
    }

    private static OfficeTitle? Read(ArticleContext context, int head, int end, bool bare)
    {
        var text = context.Text;
        end = OfficeTitleReader.AfterElect(text, end);
        var starts = LowerCaseStarts(text, head);
        foreach (var start in starts)
        {
            var phrase = TitleCase(text[start..end]);
            if (Gazetteer.Default.OfficeAt(phrase, 0) is not { } office || office.End != head + OfficeHead(text, head) - start) continue;
            var (country, titleStart, titleEnd) = CountryAround(context, start, end);
            // "Chinese foreign ministry spokesperson": the country leads the lower-case words before the office.
            if (country is null && start != starts[0]) (country, titleStart, titleEnd) = CountryAround(context, starts[0], end);
            // "Kazakh Foreign Ministry's spokesperson": the country leads the body whose title it is.
            if (country is null && InstitutionLead(text, starts[0]) is var lead && lead < starts[0])
                (country, titleStart, titleEnd) = CountryAround(context, lead, end);
            if (IsFormer(text, start) || IsFormer(text, titleStart)) return null;
            return country is null && !bare ? null : new OfficeTitle(titleStart, start, end, titleEnd, office.Canonical, country, null, null, false, false, -1);
        }
        return null;
    }

    /// <summary>The length of the head word at head ("president" in "president-elect").</summary>
    private static int OfficeHead(string text, int head)
    {
        var i = head;
        while (i < text.Length && char.IsLetter(text[i])) i++;
        return i - head;
    }

    /// <summary>"of [the] Country" right after the title, else "Demonym " or "Country's " right before it.</summary>
    private static (string? Country, int Start, int End) CountryAround(ArticleContext context, int start, int end)
    {
        var text = context.Text;
        if (text.AsSpan(end).StartsWith(" of ", StringComparison.Ordinal))
        {
            var target = end + 4;
            if (text.AsSpan(target).StartsWith("the ", StringComparison.Ordinal)) target += 4;
            if (Window.Mentions(context, target, target + 60).FirstOrDefault(m => m.Start == target) is { Kind: MentionKind.Country, IsDemonym: false, Code: { } code } after)
                return (code, start, after.End);
        }
        var before = Window.Mentions(context, Math.Max(0, start - 60), start).LastOrDefault();
        if (before is { Kind: MentionKind.Country, Code: { } lead })
        {
            var gap = text[before.End..start];
            // "Mozambique president A", as "Mozambique President A": a country's name leads the title as its demonym does, but
            // not as the object of a preposition ("on a visit to Mozambique president A met …").
            if ((before.IsDemonym && gap == " ") || (!before.IsDemonym && gap is "'s " or "’s ")
                || (!before.IsDemonym && gap == " " && !AfterPreposition(text, before.Start)))
                return (lead, before.Start, end);
        }
        return (null, start, end);
    }

    /// <summary>Starts of the phrase ending in the head, from up to three lower-case words before it, longest first.</summary>
    private static List<int> LowerCaseStarts(string text, int head)
    {
        var starts = new List<int>();
        var i = head;
        for (var w = 0; w < WordsBefore; w++)
        {
            if (i < 2 || text[i - 1] != ' ') break;
            var wordStart = i - 1;
            while (wordStart > 0 && char.IsLetter(text[wordStart - 1])) wordStart--;
            // "Peru's presidency spokesman": the "s" of a possessive is no word of the title.
            if (wordStart == i - 1 || !char.IsLower(text[wordStart]) || (wordStart > 0 && text[wordStart - 1] is '\'' or '’')) break;
            starts.Add(wordStart);
            i = wordStart;
        }
        starts.Reverse();
        starts.Add(head);
        return starts;
    }

    /// <summary>
    /// "Kazakh Foreign Ministry's spokesperson", "Chile's Foreign Office spokesman", "Chinese foreign ministry's spokesperson":
    /// where the words of the body whose title it is (title words such as "Foreign", "Ministry", "Office", capitalised, or in
    /// lower case before a possessive) start before the lower-case title at start; start itself when none stand there.
    /// </summary>
    private static int InstitutionLead(string text, int start)
    {
        var lead = start;
        var i = start;
        var possessive = i > 3 && text[i - 1] == ' ' && text[i - 2] == 's' && text[i - 3] is '\'' or '’';
        if (possessive) i -= 3;
        else if (i > 0 && text[i - 1] == ' ') i--;
        else return start;
        for (var w = 0; w < WordsBefore; w++)
        {
            var wordStart = i;
            while (wordStart > 0 && char.IsLetter(text[wordStart - 1])) wordStart--;
            if (wordStart == i || !IsBodyWord(text.AsSpan(wordStart, i - wordStart), possessive)) break;
            lead = wordStart;
            if (wordStart < 2 || text[wordStart - 1] != ' ') break;
            i = wordStart - 1;
        }
        return lead;
    }

    private const int MaxBodyWord = 32;

    /// <summary>A title word of a body's name, capitalised, or in lower case when a possessive closes the body ("foreign ministry's").</summary>
    private static bool IsBodyWord(ReadOnlySpan<char> word, bool possessive)
    {
        if (char.IsUpper(word[0])) return TitleWords.Contains(word);
        // A title word is short; a longer run of letters in untrusted text is none, and is not copied onto the stack.
        if (!possessive || word.Length > MaxBodyWord) return false;
        Span<char> capitalised = stackalloc char[word.Length];
        word.CopyTo(capitalised);
        capitalised[0] = char.ToUpperInvariant(word[0]);
        return TitleWords.Contains(capitalised);
    }

    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "to", "in", "into", "from", "with", "for", "at", "by", "on", "of", "visiting", "and", "between",
    };

    /// <summary>The word before start is a preposition (or "and", "visiting").</summary>
    private static bool AfterPreposition(string text, int start)
    {
        var i = start;
        while (i > 0 && text[i - 1] == ' ') i--;
        var wordStart = i;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1])) wordStart--;
        return Prepositions.Contains(text[wordStart..i]);
    }

    private static bool IsFormer(string text, int start)
    {
        var i = start;
        while (i > 0 && text[i - 1] is ' ' or '-') i--;
        var wordStart = i;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1])) wordStart--;
        return FormerWords.Contains(text[wordStart..i]);
    }

    private static string TitleCase(string phrase)
    {
        var chars = phrase.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
            if (i == 0 || chars[i - 1] == ' ') chars[i] = char.ToUpperInvariant(chars[i]);
        return new string(chars);
    }
}
