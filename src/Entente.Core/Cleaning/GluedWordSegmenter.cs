using System.Text;
using Entente.Core.Text;

namespace Entente.Core.Cleaning;

/// <summary>
/// Finds where a run of letters that is not itself a word splits into real words or names
/// ("andinvestment", "Vietnamesecadres", "andTechnological", "Lukashenkopermitted", "Otienoand",
/// "EconomicZone"). Conservative by design: every part must be a real word or a plausible name; a run
/// that is a word, is in the article's vocabulary (unless a name glued to "said" and the like), or is
/// written in capitals is left alone, and camel case is split only where every boundary is glue
/// (<see cref="CamelCaseNames"/> lists the brands and name prefixes kept whole).
/// </summary>
internal sealed class GluedWordSegmenter(Lexicon lexicon)
{
    /// <summary>Runs longer than this are data or junk, not glued prose; it also bounds the work per run.</summary>
    public const int MaxRunLength = 60;

    private const int MaxPartLength = 24;
    private const int MaxParts = 4;
    internal const int MinRunLength = 4;

    // Extra cost per part, so that of two segmentations the one with fewer parts wins.
    private const double PartPenalty = 3.0;

    // Rank below which a word counts as common (wordsninja ranks, about 126,000 words).
    private const int CommonRank = 20_000;
    private const int ShortWordRank = 10_000;
    private const int VeryCommonRank = 1_000;
    private const int FrequentNameRank = 12_000;
    private const int MinCompoundHead = 5;
    private const int MinCompoundTail = 8;
    private const int MinCompoundLength = 9;
    private const int MinInflectedCompoundLength = 8;

    // A glued name needs a frequent, long lower-case tail to be split off: "Lukashenkopermitted".
    private const int MinNameLength = 4;
    private const int MinNameTailLength = 5;

    // Two dictionary words in camel case are glue only when this long ("EconomicZone", not "SoftBank").
    private const int MinCamelWordsLength = 10;
    private const int MinCamelLongPart = 6;

    // Names that end like a word that follows names: "Nagaland", "Bertrand", "Samarkand", "Khujand", "Dilshad", "Biswas".
    private static readonly string[] NameEndings = ["land", "rand", "khand", "kand", "jand", "shad", "swas"];

    private static readonly string[] CombiningForms =
        ["phone", "gram", "graph", "scope", "logy", "cracy", "crat", "sphere", "phile", "phobia", "nomics", "metry"];

    /// <summary>Appends to <paramref name="splits"/> the offsets in <paramref name="run"/> before which a space belongs.</summary>
    public void FindSplits(ReadOnlySpan<char> run, ISet<string> vocabulary, List<int> splits)
    {
        if (run.Length < MinRunLength || run.Length > MaxRunLength) return;
        if (!IsAsciiLetters(run))
        {
            // Only an accented name glued to a following word is repaired: "Łódźand", "Müllersaid".
            if (ShapeOf(run) == Shape.Capitalised) SplitNameBeforeWord(run, vocabulary, splits);
            return;
        }
        switch (ShapeOf(run))
        {
            case Shape.Lower:
                Segment(run, 0, capitalised: false, vocabulary, splits);
                break;
            case Shape.Capitalised:
                Segment(run, 0, capitalised: true, vocabulary, splits);
                break;
            case Shape.Mixed:
                SplitCamelCase(run, vocabulary, splits);
                break;
        }
    }

    // "andTechnological", "TheTurkey", "EconomicZone", "saidArvind"; not "iPhone", "McDonald", "PetroVietnam".
    private void SplitCamelCase(ReadOnlySpan<char> run, ISet<string> vocabulary, List<int> splits)
    {
        if (IsInVocabulary(run, vocabulary) || lexicon.IsWord(run) || CamelCaseNames.IsKnown(run)) return; // "inSight"
        var head = 0;
        while (head < run.Length && char.IsLower(run[head])) head++;
        if (head > 0 && FunctionWords.IsCamelHead(run[..head]))
        {
            var tail = run[head..];
            if (tail.Length < 3 || ShapeOf(tail) != Shape.Capitalised || !HasVowel(tail)) return;
            splits.Add(head);
            if (tail.Length >= MinRunLength) Segment(tail, head, capitalised: true, vocabulary, splits);
            return;
        }

        // Every lower-to-upper boundary must be glue, or the run is one camel-case name ("KazMunayGas").
        Span<int> starts = stackalloc int[run.Length + 1];
        var count = 0;
        starts[count++] = 0;
        for (var i = 1; i < run.Length; i++)
            if (char.IsLower(run[i - 1]) && char.IsUpper(run[i])) starts[count++] = i;
        starts[count] = run.Length;
        if (count < 2 || CamelCaseNames.IsLeadingPart(run[..starts[1]])) return;
        for (var k = 0; k < count; k++)
        {
            var part = run[starts[k]..starts[k + 1]];
            var shape = ShapeOf(part);
            if (part.Length < 3 || !HasVowel(part)) return;
            if (k > 0 ? shape != Shape.Capitalised : shape is not (Shape.Capitalised or Shape.Lower)) return;
            if (k > 0 && !IsCamelBoundaryGlue(run[starts[k - 1]..starts[k]], part)) return;
        }
        for (var k = 0; k < count; k++)
        {
            if (k > 0) splits.Add(starts[k]);
            var part = run[starts[k]..starts[k + 1]];
            if (part.Length >= MinRunLength) Segment(part, starts[k], char.IsUpper(part[0]), vocabulary, splits);
        }
    }

    // Two camel parts are separate words when the left one is a lower-case word ("saidArvind"), a function
    // word ("TheKorean"), either is a name ("KoreaPark", "DmitryVolkov"), or both are long enough words
    // that a brand ("PowerPoint", "BlackRock") is unlikely ("EconomicZone").
    private bool IsCamelBoundaryGlue(ReadOnlySpan<char> left, ReadOnlySpan<char> right)
    {
        if (char.IsLower(left[0])) return lexicon.IsDictionaryWord(left) || FunctionWords.IsFunctionWord(left);
        if (FunctionWords.IsFunctionWord(left)) return true;
        var leftWord = lexicon.IsDictionaryWord(left);
        var rightWord = lexicon.IsDictionaryWord(right);
        if (!leftWord || !rightWord) return true;
        return left.Length + right.Length >= MinCamelWordsLength && Math.Max(left.Length, right.Length) >= MinCamelLongPart;
    }

    private void Segment(ReadOnlySpan<char> run, int offset, bool capitalised, ISet<string> vocabulary, List<int> splits)
    {
        if (lexicon.IsWord(run)) return;
        Span<char> lower = stackalloc char[run.Length];
        run.ToLowerInvariant(lower);

        List<int>? parts;
        if (IsInVocabulary(run, vocabulary))
        {
            // A scrape may glue the same name to "said" twice ("Abenovsaid"); other repeated runs are words.
            if (!capitalised) return;
            parts = NameBeforeWord(lower, reportingVerbOnly: true);
        }
        else
        {
            parts = BestSegmentation(lower, capitalised, vocabulary);
            if (parts is null && capitalised) parts = NameBeforeWord(lower, reportingVerbOnly: false);
        }
        if (parts is null || EndsWithCombiningForm(lower, parts)) return;
        for (var i = 0; i < parts.Count - 1; i++) splits.Add(offset + parts[i]);
    }

    private void SplitNameBeforeWord(ReadOnlySpan<char> run, ISet<string> vocabulary, List<int> splits)
    {
        Span<char> lower = stackalloc char[run.Length];
        if (run.ToLowerInvariant(lower) != run.Length) return;
        if (NameBeforeWord(lower, reportingVerbOnly: IsInVocabulary(run, vocabulary)) is [var head, _]) splits.Add(head);
    }

    /// <summary>Part end offsets of the cheapest split into eligible words, or null when none is convincing.</summary>
    private List<int>? BestSegmentation(ReadOnlySpan<char> word, bool capitalised, ISet<string> vocabulary)
    {
        var n = word.Length;
        Span<double> best = stackalloc double[n + 1];
        Span<int> from = stackalloc int[n + 1];
        best.Fill(double.PositiveInfinity);
        best[0] = 0;
        for (var end = 1; end <= n; end++)
        {
            for (var start = Math.Max(0, end - MaxPartLength); start < end; start++)
            {
                if (double.IsPositiveInfinity(best[start])) continue;
                var part = word[start..end];
                if (!IsEligiblePart(part, first: start == 0, capitalised, vocabulary)) continue;
                var cost = best[start] + PartCost(part) + PartPenalty;
                if (cost < best[end])
                {
                    best[end] = cost;
                    from[end] = start;
                }
            }
        }
        if (double.IsPositiveInfinity(best[n])) return null;

        var ends = new List<int>();
        for (var end = n; end > 0; end = from[end]) ends.Add(end);
        ends.Reverse();
        return ends.Count >= 2 && ends.Count <= MaxParts && IsConvincing(word, ends, capitalised, vocabulary) ? ends : null;
    }

    // Two content words glued ("Labourcooperation") must both be substantial and one of them common,
    // or an unlisted compound or foreign word ("fintech") would be torn apart. A capitalised run that
    // would start with a two-letter function word is usually a name ("Orban", "Atwood", "Tobias").
    private bool IsConvincing(ReadOnlySpan<char> word, List<int> ends, bool capitalised, ISet<string> vocabulary)
    {
        var start = 0;
        var anyFunctionWord = false;
        var anyCommon = false;
        var allSubstantial = true;
        var shortHead = capitalised && ends[0] <= 2 && FunctionWords.IsFunctionWord(word[..ends[0]]);
        if (capitalised && !ShortPartsAreClearGlue(word, ends, vocabulary)) return false;
        foreach (var end in ends)
        {
            var part = word[start..end];
            var isFunctionWord = FunctionWords.IsFunctionWord(part);
            var rank = lexicon.Rank(part);
            if (shortHead && start > 0 && !isFunctionWord && part.Length < 5) return false;
            anyFunctionWord |= isFunctionWord;
            anyCommon |= rank < CommonRank;
            allSubstantial &= part.Length >= 4 || rank < VeryCommonRank;
            start = end;
        }
        // Closed compounds mostly join two short words ("deepfake", "livestream"); glue is longer.
        // A head inflected with -s ("buys|fuel", "ships|grain") is not the start of a closed compound.
        var inflectedHead = ends.Count == 2 && IsInflectedWithS(word[..ends[0]]);
        var longEnough = ends[0] >= MinCompoundHead || ends[^1] - ends[^2] >= MinCompoundTail || inflectedHead;
        var minLength = inflectedHead ? MinInflectedCompoundLength : MinCompoundLength;
        return anyFunctionWord || (allSubstantial && anyCommon && longEnough && word.Length >= minLength);
    }

    // A capitalised run split into a one- or two-letter word and a short, rare or derived word is more often
    // a name ("Menon", "Benton", "Emmerson", "Ivanova") than glue ("Germanyis"): the other parts must be common
    // words, frequent names or names of the article.
    // A trailing "a" is never split off a capitalised run; names end in it ("Bugesera", "Aliyeva").
    // Nor is a run made only of one- and two-letter pieces.
    private bool ShortPartsAreClearGlue(ReadOnlySpan<char> word, List<int> ends, ISet<string> vocabulary)
    {
        if (ends[^1] - ends[^2] == 1 && word[^1] == 'a') return false;
        var anyShort = false;
        var allShort = true;
        var start = 0;
        foreach (var end in ends)
        {
            anyShort |= end - start <= 2;
            allShort &= end - start <= 2;
            start = end;
        }
        if (!anyShort) return true;
        // Only one- and two-letter pieces ("To|an", "Do|an"): a short name such as Vietnamese "Toan", not glue.
        if (allShort) return false;
        start = 0;
        foreach (var end in ends)
        {
            var part = word[start..end];
            start = end;
            if (part.Length <= 2 || FunctionWords.IsFunctionWord(part)) continue;
            if (part.Length >= MinNameLength && IsInVocabulary(part, vocabulary)) continue;
            // Rare listed names are often fragments of accented names ("Medell|ín" gives "medell"), and a rare word
            // before a short one is more often the start of a name ("Emmers|on", "Dickers|on") than glue.
            var clearWord = lexicon.IsDictionaryWord(part) && part.Length >= 5 && lexicon.Rank(part) < CommonRank;
            var frequentName = !lexicon.IsDictionaryWord(part) && lexicon.Rank(part) < FrequentNameRank && part.Length >= 4;
            if (!clearWord && !frequentName) return false;
        }
        return true;
    }

    // "buys", "ships", "sells": a dictionary verb or noun plus -s, not "-ss" ("press") or a short stem.
    private bool IsInflectedWithS(ReadOnlySpan<char> head) =>
        head.Length >= 4 && head[^1] == 's' && head[^2] != 's' && lexicon.IsDictionaryWord(head[..^1]);

    private bool IsEligiblePart(ReadOnlySpan<char> part, bool first, bool capitalised, ISet<string> vocabulary)
    {
        if (part.Length <= 2) return FunctionWords.IsGluedShortWord(part);
        if (FunctionWords.IsFunctionWord(part)) return true;
        // Only the first part of a capitalised run may be a name ("Vietnamese|cadres"); later parts were lower case.
        var nameAllowed = first && capitalised;
        if (part.Length <= 4)
        {
            if ((lexicon.IsDictionaryWord(part) || nameAllowed) && lexicon.Rank(part) < ShortWordRank) return true;
        }
        else if (lexicon.IsDictionaryWord(part) || (nameAllowed && lexicon.IsListed(part))
                 || (!lexicon.IsListed(part) && lexicon.IsWord(part)))
        {
            return true;
        }
        return IsInVocabulary(part, vocabulary);
    }

    private double PartCost(ReadOnlySpan<char> part)
    {
        var cost = lexicon.Cost(part);
        // Article words missing from the lexicon (local names) cost like an unlisted word.
        return double.IsPositiveInfinity(cost) ? lexicon.UnlistedWordCost : cost;
    }

    // An unlisted name glued to a frequent lower-case word ("Lukashenkopermitted") or to a word that
    // often follows a name ("Otienoand", "Volkovsaid"); only a reporting verb when the run is repeated.
    private List<int>? NameBeforeWord(ReadOnlySpan<char> word, bool reportingVerbOnly)
    {
        for (var head = MinNameLength; word.Length - head >= 3; head++)
        {
            var tail = word[head..];
            var follower = reportingVerbOnly ? FunctionWords.IsReportingVerb(tail) : FunctionWords.FollowsName(tail);
            var frequentWord = !reportingVerbOnly && tail.Length >= MinNameTailLength && !EndsLikeNameSyllable(tail)
                && lexicon.IsDictionaryWord(tail) && lexicon.Rank(tail) < CommonRank;
            if (!follower && !frequentWord) continue;
            var name = word[..head];
            if (!HasVowel(name) || lexicon.IsDictionaryWord(name)) continue;
            if (follower && !frequentWord && (lexicon.IsWord(name) || EndsLikeName(word))) continue;
            return [head, word.Length];
        }
        return null;
    }

    // A short tail ending in a, i or o is more likely the end of a name ("Bucaramanga") than a verb after one.
    private static bool EndsLikeNameSyllable(ReadOnlySpan<char> tail) =>
        tail.Length <= MinNameTailLength && tail[^1] is 'a' or 'i' or 'o';

    // "Lusophone", "Instagram", "Eurosphere": a stem before a Greek combining form is one word, not glue.
    private static bool EndsWithCombiningForm(ReadOnlySpan<char> word, List<int> ends)
    {
        var last = word[ends[^2]..];
        foreach (var form in CombiningForms)
            if (last.SequenceEqual(form) || (last.Length == form.Length + 1 && last[^1] == 's' && last.StartsWith(form)))
                return true;
        return false;
    }

    private static bool EndsLikeName(ReadOnlySpan<char> word)
    {
        foreach (var ending in NameEndings)
            if (word.EndsWith(ending, StringComparison.Ordinal)) return true;
        return false;
    }

    private static bool IsInVocabulary(ReadOnlySpan<char> word, ISet<string> vocabulary)
    {
        if (vocabulary.Count == 0) return false;
        // An article's vocabulary ignores case: an ASCII word is looked up as it is, without a copy.
        if (vocabulary is HashSet<string> set && ReferenceEquals(set.Comparer, StringComparer.OrdinalIgnoreCase) && Ascii.IsValid(word))
            return set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
        var text = word.ToString();
        return vocabulary.Contains(text) || vocabulary.Contains(text.ToLowerInvariant());
    }

    private static bool IsAsciiLetters(ReadOnlySpan<char> run)
    {
        foreach (var c in run)
            if (!char.IsAsciiLetter(c)) return false;
        return true;
    }

    // Letters beyond ASCII are mostly accented vowels ("Łódź", "Gül"), so they count as vowels.
    private static bool HasVowel(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
            if (char.ToLowerInvariant(c) is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' || !char.IsAscii(c)) return true;
        return false;
    }

    private static Shape ShapeOf(ReadOnlySpan<char> run)
    {
        var innerUpper = false;
        for (var i = 1; i < run.Length; i++) innerUpper |= char.IsUpper(run[i]);
        var firstUpper = char.IsUpper(run[0]);
        if (!innerUpper) return firstUpper ? Shape.Capitalised : Shape.Lower;
        var anyLower = false;
        foreach (var c in run) anyLower |= char.IsLower(c);
        return anyLower ? Shape.Mixed : Shape.AllCaps;
    }

    private enum Shape { Lower, Capitalised, Mixed, AllCaps }
}
