namespace Entente.Core.Extraction.Gazetteers;

/// <summary>What a gazetteer name stands for.</summary>
public enum MentionKind
{
    Country,
    Bloc,
    Place,
    Office,
    Body,
    /// <summary>A world region or sea: "Southeast Asia", "South China Sea"; it belongs to no country.</summary>
    Region,
}
