namespace Entente.Core.Extraction.People;

/// <summary>
/// Full names filed under every set of their words, so that whether a name is a shorter form of one of them
/// (<see cref="PersonKey.IsShortFormOf"/>) is one look-up, not a comparison with each: an article naming many people
/// stays linear in their number. Names are filed within a scope (an office, a country) the caller matches on, each with
/// a value the look-up returns.
/// </summary>
internal sealed class ShortForms
{
    /// <summary>How many distinct words a full name may have to be filed under each set of them (2⁹ sets at most; the name reader reads at most nine words).</summary>
    private const int MaxFiledWords = 9;

    // Per scope and set of words, the values filed there with the length of the longest full name of each.
    private readonly Dictionary<string, List<(string Value, int Longest)>> _bySet = new(StringComparer.Ordinal);

    // Names of more words (none is read today), compared with each shorter form directly.
    private readonly List<(string Scope, string Name, string Value)> _long = [];

    public void Add(string scope, string name, string value)
    {
        var words = DistinctWords(name);
        if (words.Length > MaxFiledWords)
        {
            _long.Add((scope, name, value));
            return;
        }
        for (var mask = 0; mask < 1 << words.Length; mask++)
        {
            var key = Key(scope, words.Where((_, i) => (mask & (1 << i)) != 0));
            if (!_bySet.TryGetValue(key, out var values)) _bySet[key] = values = [];
            var at = values.FindIndex(v => v.Value == value);
            if (at < 0) values.Add((value, name.Length));
            else if (values[at].Longest < name.Length) values[at] = (value, name.Length);
        }
    }

    /// <summary>The distinct values of the names filed in the scope that the name is a shorter form of.</summary>
    public List<string> ValuesOfLongerForms(string scope, string name)
    {
        var found = _bySet.TryGetValue(Key(scope, DistinctWords(name)), out var values)
            ? values.Where(v => v.Longest > name.Length).Select(v => v.Value).ToList()
            : [];
        foreach (var (s, full, value) in _long)
            if (s == scope && PersonKey.IsShortFormOf(name, full) && !found.Contains(value)) found.Add(value);
        return found;
    }

    /// <summary>Whether a name filed in the scope is one the name is a shorter form of.</summary>
    public bool HasLongerForm(string scope, string name) => ValuesOfLongerForms(scope, name).Count > 0;

    /// <summary>A name's distinct written words (<see cref="PersonKey.WrittenWords"/>), in order.</summary>
    private static string[] DistinctWords(string name) =>
        PersonKey.WrittenWords(name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

    private static string Key(string scope, IEnumerable<string> words) => scope + "\u0001" + string.Join(' ', words);
}
