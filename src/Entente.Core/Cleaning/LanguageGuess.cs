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
        // Plain ASCII (most lines) folds to itself and has no letters of other scripts: one pass counts everything.
        if (Ascii.IsValid(line))
        {
            var (asciiLetters, asciiWords, asciiEnglish, asciiForeign) = CountAscii(line);
            if (asciiLetters < 6) return false;
            return Decide(asciiLetters, 0, asciiWords, asciiEnglish, asciiForeign);
        }
        int letters = 0, latinMarked = 0, otherScript = 0;
        foreach (var c in line)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (c < 128) continue;
            if (c < 0x0250 || c is >= '\u1E00' and <= '\u1EFF') latinMarked++;
            else otherScript++;
        }
        if (letters < 6) return false;
        if (otherScript * 2 > letters) return true;
        var (words, english, foreign) = CountWords(line);
        return Decide(letters, latinMarked, words, english, foreign);
    }

    private static bool Decide(int letters, int latinMarked, int words, int english, int foreign)
    {
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

    // No listed word is longer: longer words need no look-up.
    private const int MaxListedWordLength = 16;

    // The ASCII characters of Separators (all below 64), as bits.
    private static readonly ulong AsciiSeparators = " ,.;:!?\"()-'".Aggregate(0UL, (bits, c) => bits | (1UL << c));

    /// <summary>
    /// For an ASCII text: its letters, its words between separators, and how many of them (ignoring case) the
    /// English and the foreign lists hold, as <see cref="CountWords"/> counts them.
    /// </summary>
    private static (int Letters, int Words, int English, int Foreign) CountAscii(ReadOnlySpan<char> text)
    {
        int letters = 0, words = 0, english = 0, foreign = 0, length = 0;
        Span<char> lower = stackalloc char[MaxListedWordLength];
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (c >= 64 || (AsciiSeparators & (1UL << c)) == 0)
            {
                if (char.IsAsciiLetter(c)) letters++;
                if (length < MaxListedWordLength) lower[length] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
                length++;
                continue;
            }
            if (length == 0) continue;
            words++;
            if (length <= MaxListedWordLength)
            {
                var key = lower[..length];
                if (EnglishLookup.Contains(key)) english++;
                if (ForeignLookup.Contains(key)) foreign++;
            }
            length = 0;
        }
        return (letters, words, english, foreign);
    }

    /// <summary>
    /// The words between separators, counted after folding (a word of combining marks alone folds to nothing), how
    /// many of them lower-cased the English list holds, and how many of them folded the foreign list holds.
    /// Folding and lower-casing go letter by letter and keep separators, so each word is looked at alone.
    /// </summary>
    private static (int Words, int English, int Foreign) CountWords(ReadOnlySpan<char> text)
    {
        int words = 0, english = 0, foreign = 0;
        Span<char> lower = stackalloc char[MaxListedWordLength];
        while (text.Length > 0)
        {
            var end = text.IndexOfAny(Separators);
            var word = end < 0 ? text : text[..end];
            text = end < 0 ? [] : text[(end + 1)..];
            if (word.Length == 0) continue;
            if (Ascii.IsValid(word))
            {
                words++;
                if (word.Length > MaxListedWordLength) continue;
                Ascii.ToLower(word, lower, out _);
                if (EnglishLookup.Contains(lower[..word.Length])) english++;
                if (ForeignLookup.Contains(lower[..word.Length])) foreign++;
                continue;
            }
            if (word.Length <= MaxListedWordLength)
            {
                word.ToLowerInvariant(lower);
                if (EnglishLookup.Contains(lower[..word.Length])) english++;
            }
            var folded = NameFolding.StripDiacritics(word.ToString()).ToLowerInvariant();
            if (folded.Length == 0) continue;
            words++;
            if (ForeignLookup.Contains(folded)) foreign++;
        }
        return (words, english, foreign);
    }
}
