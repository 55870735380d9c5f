namespace Entente.Core.Extraction.Gazetteer;

/// <summary>What a gazetteer name stands for.</summary>
public enum MentionKind
{
    Country,
    Bloc,
    Place,
    Office,
    Body,
}
