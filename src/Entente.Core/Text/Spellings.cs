namespace Entente.Core.Text;

/// <summary>
/// The spellings of a text's tokens, each made into a string once: a text's many "the" share one string, and a
/// token's written and lower-case forms are read without a substring being made first.
/// </summary>
public sealed class Spellings
{
    // One entry per spelling: the string itself and, made on first use, its lower-case form with its word classes
    // and its folded form, so a token's forms cost one look-up however often the spelling recurs.
    private sealed class Form(string written)
    {
        public readonly string Written = written;
        public string? Lower;
        public WordClass Classes;
        public string? Folded;
    }

    private readonly Dictionary<string, Form> _forms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Form>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    public Spellings() => _bySpan = _forms.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The token as written.</summary>
    public string Of(ReadOnlySpan<char> token) => FormOf(token).Written;

    /// <summary>
    /// The token as written, its invariant lower-case form (the same string when it is lower case already) and its
    /// word classes (<see cref="WordClasses"/>), found once per spelling.
    /// </summary>
    internal (string Written, string Lower, WordClass Classes) Read(ReadOnlySpan<char> token)
    {
        var form = FormOf(token);
        var lower = Volatile.Read(ref form.Lower);
        if (lower is null)
        {
            // Most tokens are lower-case ASCII already: their lower-case form is the same string.
            lower = token.ContainsAnyExceptInRange('\0', '\u007F') || token.ContainsAnyInRange('A', 'Z') ? LowerOf(token) : form.Written;
            form.Classes = WordClasses.Of(form.Written, lower);
            // The classes are in place before the lower-case form says the entry is complete.
            Volatile.Write(ref form.Lower, lower);
        }
        return (form.Written, lower, form.Classes);
    }

    /// <summary>The name-comparison form of a token's spelling (<see cref="NameFolding.FoldToken"/>), folded once per spelling.</summary>
    public string FoldedOf(string spelling)
    {
        var form = FormOf(spelling);
        return form.Folded ??= Of(NameFolding.FoldToken(spelling));
    }

    /// <summary>The invariant lower-case form of a token (the same as <c>string.ToLowerInvariant</c>).</summary>
    public string LowerOf(ReadOnlySpan<char> token)
    {
        var buffer = token.Length <= 64 ? stackalloc char[64] : new char[token.Length];
        return Of(buffer[..token.ToLowerInvariant(buffer)]);
    }

    private Form FormOf(ReadOnlySpan<char> token)
    {
        if (_bySpan.TryGetValue(token, out var known)) return known;
        var made = new Form(token.ToString());
        _forms[made.Written] = made;
        return made;
    }
}
