using Entente.Core.Text;

namespace Entente.Core.Extraction.Sentences;

/// <summary>
/// The clauses of a sentence, where news packs two statements into one ("X opened its embassy in 1998, while Y
/// opened its embassy in 2003"): runs of the sentence's tokens, each reader saying at which token a new one opens.
/// </summary>
internal sealed class Clauses
{
    private static readonly string[] Joints = [", while ", " while ", ", whereas ", "; ", ", and ", ", but "];

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
    /// none for a sentence longer than <see cref="MaxSentenceLength"/>.
    /// </summary>
    public static IReadOnlyList<(int Start, int End)> AtJoints(string sentence, int offset, bool splitAtAnd = true)
    {
        if (sentence.Length > MaxSentenceLength) return [];
        var cuts = new List<(int At, int Length)>();
        foreach (var joint in Joints)
        {
            if (!splitAtAnd && joint == ", and ") continue;
            var from = 0;
            while ((from = PhraseMatcher.Of(joint).IndexIn(sentence, from)) >= 0)
            {
                cuts.Add((from, joint.Length));
                from += joint.Length;
            }
        }
        cuts.Sort((a, b) => a.At.CompareTo(b.At));
        var clauses = new List<(int, int)>();
        var start = 0;
        foreach (var (at, length) in cuts)
        {
            if (at < start) continue;
            clauses.Add((offset + start, offset + at));
            start = at + length;
        }
        clauses.Add((offset + start, offset + sentence.Length));
        return clauses;
    }
}
