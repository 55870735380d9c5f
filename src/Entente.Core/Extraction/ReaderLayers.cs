namespace Entente.Core.Extraction;

/// <summary>
/// Readers' own layers over one analysis (an article's or a sentence's), one per type, each made on first use and
/// shared by every extractor that asks for it. An analysis is read by one thread at a time, so no lock is taken; a
/// layer whose making throws is not kept, so every asker sees the same failure.
/// </summary>
internal sealed class ReaderLayers
{
    private Dictionary<Type, object>? _made;

    public T Get<T>(Func<T> make) where T : class
    {
        _made ??= [];
        if (_made.TryGetValue(typeof(T), out var made)) return (T)made;
        var layer = make();
        _made[typeof(T)] = layer;
        return layer;
    }
}
