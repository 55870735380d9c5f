namespace Entente.Core.Cleaning;

/// <summary>One small step of cleaning, applied to every article draft in order.</summary>
public interface ICleaningStage
{
    void Apply(ArticleDraft draft, CleaningContext context);
}
