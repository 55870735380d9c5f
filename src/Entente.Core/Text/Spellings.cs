namespace Entente.Core.Text;

/// <summary>
/// The spellings of a text's tokens, each made into a string once: a text's many "the" share one string, and a
/// token's written and lower-case forms are read without a substring being made first.
/// </summary>
public sealed class Spellings
{
    private readonly Dictionary<string, string> _forms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    // Keyed by content, not by reference: hashing a short word is cheaper than giving every spelling an object hash code.
    private readonly Dictionary<string, string> _folded = new(StringComparer.Ordinal);

    public Spellings() => _bySpan = _forms.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The token as written.</summary>
    public string Of(ReadOnlySpan<char> token)
    {
        if (_bySpan.TryGetValue(token, out var known)) return known;
        var made = token.ToString();
        _forms[made] = made;
        return made;
    }

    /// <summary>The name-comparison form of a token's spelling (<see cref="NameFolding.FoldToken"/>), folded once per spelling.</summary>
    public string FoldedOf(string spelling)
    {
        if (!_folded.TryGetValue(spelling, out var folded)) _folded[spelling] = folded = Of(NameFolding.FoldToken(spelling));
        return folded;
    }

    /// <summary>The invariant lower-case form of a token (the same as <c>string.ToLowerInvariant</c>).</summary>
    public string LowerOf(ReadOnlySpan<char> token)
    {
        var buffer = token.Length <= 64 ? stackalloc char[64] : new char[token.Length];
        return Of(buffer[..token.ToLowerInvariant(buffer)]);
    }
}
