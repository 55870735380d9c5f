using System.Buffers;
using System.Text;
using Entente.Core.Text;

namespace Entente.Core.Cleaning;

/// <summary>
/// Tells whether a line of an English article is written in another language: most of its letters
/// are in another script, or it has Latin letters with many diacritics or foreign function words
/// and next to no English function words. English words are matched with their accents, so the
/// Vietnamese "á" or the Spanish "a" among many Spanish words do not make a line English.
/// </summary>
public static class LanguageGuess
{
    private static readonly HashSet<string> EnglishWords = new(StringComparer.Ordinal)
    {
        "the", "of", "and", "to", "in", "a", "is", "for", "on", "with", "as", "by", "at", "from", "has", "have", "will", "was",
        "were", "that", "this", "it", "its", "are", "be", "an", "or", "not", "but", "their", "which", "who", "said", "also", "after",
        "between", "into", "over", "about", "more", "than", "been", "had", "would", "can", "new", "two", "his", "her", "our", "we",
        "they", "all", "up", "out", "year", "years", "first", "us", "you", "your", "how", "what", "why", "when", "where", "says",
    };

    private static readonly HashSet<string> ForeignWords = new(StringComparer.Ordinal)
    {
        // Vietnamese (folded), Spanish, French, Portuguese, German, Italian, Indonesian function words.
        "cua", "va", "cac", "nhung", "mot", "duoc", "trong", "voi", "khong", "cho", "tren", "theo", "nguoi", "nay", "la", "da", "ve",
        "el", "los", "las", "del", "por", "para", "con", "una", "que", "es", "en", "su", "se", "al", "como", "mas", "esta", "este", "lea", "y", "lo", "noticia",
        "le", "les", "des", "du", "et", "est", "une", "pour", "dans", "sur", "avec", "pas", "au", "aux", "nous", "vous",
        "os", "as", "um", "uma", "do", "dos", "das", "ao", "nao", "em", "sao",
        "der", "die", "das", "und", "ist", "nicht", "mit", "von", "zu", "den", "dem", "ein", "eine", "auf", "fur", "sie",
        "il", "di", "della", "che", "per", "non", "sono", "gli",
        "dan", "yang", "di", "ini", "itu", "dengan", "untuk", "dari", "ke", "pada", "tidak", "dalam", "akan", "oleh", "telah",
        "juga", "sebagai", "antara", "dua", "hala", "bagi", "kepada", "kerjasama", "perdagangan", "dagangan", "bilion",
    };

    /// <summary>True when the line is clearly not English.</summary>
    public static bool IsForeign(string line)
    {
        int letters = 0, latinPlain = 0, latinMarked = 0, otherScript = 0;
        foreach (var c in line)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (c < 128) latinPlain++;
            else if (c < 0x0250 || c is >= '\u1E00' and <= '\u1EFF') latinMarked++;
            else otherScript++;
        }
        if (letters < 6) return false;
        if (otherScript * 2 > letters) return true;

        // Plain ASCII folds to itself: lower-case it once for both counts.
        var lower = line.ToLowerInvariant();
        var folded = Ascii.IsValid(line) ? lower : NameFolding.StripDiacritics(line).ToLowerInvariant();
        var english = CountWords(lower, EnglishLookup).Listed;
        var (words, foreign) = CountWords(folded, ForeignLookup);
        if (english > 0) return foreign >= 4 && foreign >= 3 * english;
        return latinMarked * 100 >= letters * 12 || (words >= 4 && foreign >= 2);
    }

    /// <summary>
    /// True when most of an article's letters are in foreign prose paragraphs: the article itself is in
    /// another language, so it is kept whole and English word rules are not applied to it. Short
    /// foreign lines alone ("Read this in Spanish") never make an article foreign.
    /// </summary>
    public static bool IsMostlyForeign(IEnumerable<string> blocks)
    {
        long foreign = 0, all = 0;
        foreach (var block in blocks)
        {
            all += block.Length;
            if (Stages.TitleStage.IsBodyParagraph(block) && IsForeign(block)) foreign += block.Length;
        }
        return foreign * 2 > all;
    }

    private static readonly SearchValues<char> Separators = SearchValues.Create(" ,.;:!?\"()-–'’");
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EnglishLookup = EnglishWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ForeignLookup = ForeignWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The words between separators, and how many of them the set holds, without splitting the text into strings.</summary>
    private static (int Words, int Listed) CountWords(ReadOnlySpan<char> text, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> set)
    {
        int words = 0, listed = 0;
        while (text.Length > 0)
        {
            var end = text.IndexOfAny(Separators);
            var word = end < 0 ? text : text[..end];
            if (word.Length > 0)
            {
                words++;
                if (set.Contains(word)) listed++;
            }
            text = end < 0 ? [] : text[(end + 1)..];
        }
        return (words, listed);
    }
}
