using Entente.Core.Text;

namespace Entente.Core.Tests.Text;

public class ClausesTests
{
    [Fact]
    public void Runs_open_where_the_reader_says_and_at_the_first_token()
    {
        var clauses = Clauses.Of(6, i => i is 2 or 4);
        Assert.Equal([0, 0, 2, 2, 4, 4], Enumerable.Range(0, 6).Select(clauses.StartOf));
        Assert.Equal([2, 2, 4, 4, 6, 6], Enumerable.Range(0, 6).Select(clauses.EndOf));
        Assert.Equal([["a", "b"], ["c", "d"], ["e", "f"]], clauses.Split(new List<string> { "a", "b", "c", "d", "e", "f" }));
    }

    [Fact]
    public void No_tokens_give_no_clauses() => Assert.Empty(Clauses.Of(0, _ => true).Split(new List<int>()));

    [Fact]
    public void Joints_cut_a_sentence_and_are_left_out()
    {
        const string sentence = "A opened in 1998, while B opened in 2003, and C followed";
        Assert.Equal([(10, 26), (34, 50), (56, 66)], Clauses.AtJoints(sentence, 10));
        Assert.Equal([(10, 26), (34, 66)], Clauses.AtJoints(sentence, 10, splitAtAnd: false));
    }

    [Fact]
    public void An_overlong_sentence_has_no_clauses() =>
        Assert.Empty(Clauses.AtJoints(new string('x', Clauses.MaxSentenceLength + 1), 0));
}
