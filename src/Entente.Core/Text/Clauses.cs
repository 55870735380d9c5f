using Entente.Core.Text;

namespace Entente.Core.Text;

/// <summary>
/// The clauses of a sentence, where news packs two statements into one ("X opened its embassy in 1998, while Y
/// opened its embassy in 2003"): runs of the sentence's tokens, each reader saying at which token a new one opens.
/// </summary>
internal sealed class Clauses
{
    private static readonly string[] JointPhrases = [", while ", " while ", ", whereas ", "; ", ", and ", ", but "];

    private readonly int[] _startOf;
    private readonly int[] _endOf;

    private Clauses(int[] startOf, int[] endOf)
    {
        _startOf = startOf;
        _endOf = endOf;
    }

    /// <summary>Longer "sentences" are unsplit lists or tables, not prose; reading them per trigger would cost quadratic time.</summary>
    public const int MaxSentenceLength = 2000;

    /// <summary>The clauses of count tokens, a new one opening at each token i for which opensAt(i) holds (and at 0).</summary>
    public static Clauses Of(int count, Func<int, bool> opensAt)
    {
        var startOf = new int[count];
        var endOf = new int[count];
        var start = 0;
        for (var i = 0; i < count; i++)
        {
            if (i == 0 || opensAt(i)) start = i;
            startOf[i] = start;
        }
        var end = count;
        for (var i = count - 1; i >= 0; i--)
        {
            endOf[i] = end;
            if (startOf[i] == i) end = i;
        }
        return new Clauses(startOf, endOf);
    }

    /// <summary>The first token of the clause holding token i.</summary>
    public int StartOf(int i) => _startOf[i];

    /// <summary>One past the last token of the clause holding token i.</summary>
    public int EndOf(int i) => _endOf[i];

    /// <summary>The tokens of each clause, in order.</summary>
    public IEnumerable<List<T>> Split<T>(List<T> tokens)
    {
        for (var i = 0; i < tokens.Count; i = _endOf[i]) yield return tokens[i.._endOf[i]];
    }

    /// <summary>
    /// [Start, End) ranges of a sentence's clauses, as offsets into the article text, cut at the joints of two
    /// statements (", while", "; ", ", and", ", but"; with splitAtAnd false, not at ", and"), the joints left out;
    /// none for a sentence longer than <see cref="MaxSentenceLength"/>. Extractors read them through
    /// ArticleContext.ClausesAtJoints, which finds a sentence's joints once.
    /// </summary>
    public static IReadOnlyList<(int Start, int End)> AtJoints(string sentence, int offset, bool splitAtAnd = true) =>
        JointsOf(sentence, offset).Cut(splitAtAnd);

    /// <summary>The joints of two statements in a sentence, found once and cut either way.</summary>
    internal static Joints JointsOf(string sentence, int offset)
    {
        if (sentence.Length > MaxSentenceLength) return new Joints([], offset, sentence.Length, none: true);
        var cuts = new List<(int At, int Length, bool IsAnd)>();
        foreach (var joint in JointPhrases)
        {
            var from = 0;
            while ((from = PhraseMatcher.Of(joint).IndexIn(sentence, from)) >= 0)
            {
                cuts.Add((from, joint.Length, joint == ", and "));
                from += joint.Length;
            }
        }
        cuts.Sort((a, b) => a.At.CompareTo(b.At));
        return new Joints(cuts, offset, sentence.Length, none: false);
    }

    /// <summary>A sentence's joints of two statements, sorted by where they stand.</summary>
    internal sealed class Joints(List<(int At, int Length, bool IsAnd)> cuts, int offset, int length, bool none)
    {
        private IReadOnlyList<(int Start, int End)>? _all;
        private IReadOnlyList<(int Start, int End)>? _withoutAnd;

        /// <summary>The clauses between the joints (with splitAtAnd false, ", and" joins rather than cuts).</summary>
        public IReadOnlyList<(int Start, int End)> Cut(bool splitAtAnd) =>
            splitAtAnd ? _all ??= Clauses(true) : _withoutAnd ??= Clauses(false);

        private List<(int Start, int End)> Clauses(bool splitAtAnd)
        {
            var clauses = new List<(int, int)>();
            if (none) return clauses;
            var start = 0;
            foreach (var (at, jointLength, isAnd) in cuts)
            {
                if (!splitAtAnd && isAnd || at < start) continue;
                clauses.Add((offset + start, offset + at));
                start = at + jointLength;
            }
            clauses.Add((offset + start, offset + length));
            return clauses;
        }
    }
}
