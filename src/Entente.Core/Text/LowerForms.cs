namespace Entente.Core.Text;

/// <summary>
/// Lower-cased forms of words, each spelling made into a string once: a text's many "the" share one string,
/// and a word is lower-cased without a substring of it being made first.
/// </summary>
public sealed class LowerForms
{
    private readonly Dictionary<string, string> _forms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    public LowerForms() => _bySpan = _forms.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The invariant lower-case form of a word (the same as <c>string.ToLowerInvariant</c>).</summary>
    public string Of(ReadOnlySpan<char> word)
    {
        var buffer = word.Length <= 64 ? stackalloc char[64] : new char[word.Length];
        var lower = buffer[..word.ToLowerInvariant(buffer)];
        if (_bySpan.TryGetValue(lower, out var known)) return known;
        var made = lower.ToString();
        _forms[made] = made;
        return made;
    }
}
