namespace Entente.Core.Extraction;

/// <summary>Assembles a <see cref="FactExtractionPipeline"/>: the default extractors, one per fact family, or your own list.</summary>
public sealed class FactExtractionPipelineBuilder
{
    public List<IFactExtractor> Extractors { get; } = [];

    public FactExtractionPipelineBuilder UseDefaults()
    {
        // One extractor per family; each lives in its own folder under Extraction/.
        Extractors.AddRange(
        [
            new Localities.LocalityPartnershipExtractor(),
            new Investment.InvestmentExtractor(),
            new Investment.JointVentureExtractor(),
            new Mechanisms.MechanismExtractor(),
            new Mechanisms.AgreementExtractor(),
            new Diplomacy.DiplomacyExtractor(),
            new Diplomacy.RelationshipLevelExtractor(),
            new Trade.TradeFlowExtractor(),
            new Trade.TradeTargetExtractor(),
            new Trade.TradeGoodsExtractor(),
            new Multilateral.OfficeHolderExtractor(),
            new Multilateral.CommunityExtractor(),
            new Multilateral.StudentsExtractor(),
            new Multilateral.CandidacySupportExtractor(),
        ]);
        return this;
    }

    public FactExtractionPipeline Build() => new([.. Extractors]);
}
