using Entente.Core.Text;

namespace Entente.Core.Extraction.Diplomacy;

/// <summary>
/// Cuts a sentence into clauses at the joints where news packs two separate events into one
/// sentence ("X opened its embassy in 1998, while Y opened its embassy in 2003").
/// </summary>
internal static class Clauses
{
    private static readonly string[] Joints = [", while ", " while ", ", whereas ", "; ", ", and ", ", but "];

    /// <summary>Longer "sentences" are unsplit lists or tables, not prose; reading them per trigger would cost quadratic time.</summary>
    public const int MaxSentenceLength = 2000;

    /// <summary>[Start, End) ranges of the clauses, as offsets into the article text; none for an overlong sentence.</summary>
    public static IReadOnlyList<(int Start, int End)> Of(string sentence, int offset, bool splitAtAnd = true)
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
