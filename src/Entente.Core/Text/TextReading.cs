using Entente.Core.Text.Numbers;

namespace Entente.Core.Text;

/// <summary>
/// One reading of a text: its tokens and the money and numbers in them, each made once. The cleaning's publication
/// stage makes it for the article's clean text when it needs the article's amounts, and the article analysis takes it
/// over instead of tokenising and reading the same text again.
/// </summary>
public sealed class TextReading(string text)
{
    private IReadOnlyList<MoneyMention>? _money;
    private IReadOnlyList<NumberMention>? _numbers;

    public string Text { get; } = text;

    /// <summary>The spellings of the tokens, each made into a string once.</summary>
    public Spellings Spellings { get; } = new();

    /// <summary>The tokens as the number and date readers read them (<see cref="WordShape.Parts"/>).</summary>
    internal TokenList Tokens => field ??= Tokenizer.Scan(Text, 0, Text.Length, WordShape.Parts, Spellings);

    public IReadOnlyList<MoneyMention> Money => _money ??= MoneyReader.Read(Tokens);

    public IReadOnlyList<NumberMention> Numbers => _numbers ??= NumberReader.Read(Tokens);

    /// <summary>
    /// Where an amount ends: the offset of the last character of every amount of money and every percentage, in
    /// no particular order.
    /// </summary>
    public IEnumerable<int> AmountEnds() => AmountEnds(Money, Numbers);

    /// <summary>The same as <see cref="AmountEnds()"/> for tokens read apart.</summary>
    internal static IEnumerable<int> AmountEnds(string text) => AmountEnds(TokenList.Of(text));

    internal static IEnumerable<int> AmountEnds(TokenList t) => AmountEnds(MoneyReader.Read(t), NumberReader.Read(t));

    private static IEnumerable<int> AmountEnds(IReadOnlyList<MoneyMention> money, IReadOnlyList<NumberMention> numbers) =>
        money.Select(m => m.End)
            .Concat(numbers.Where(n => n.Kind is NumberKind.Percent or NumberKind.PercentChange).Select(n => n.End))
            .Select(end => Math.Max(0, end - 1));
}
