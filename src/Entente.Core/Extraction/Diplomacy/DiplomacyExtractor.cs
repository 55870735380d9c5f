using Entente.Core.Domain;

namespace Entente.Core.Extraction.Diplomacy;

/// <summary>The diplomacy family: relations established, missions opened, ambassadors, visits and meetings.</summary>
public sealed class DiplomacyExtractor : IFactExtractor
{
    private readonly IFactExtractor[] _parts =
    [
        new RelationsEstablishedExtractor(),
        new EmbassyOpenedExtractor(),
        new AmbassadorAppointedExtractor(),
        new VisitExtractor(),
        new MeetingExtractor(),
    ];

    public IEnumerable<Fact> Extract(ArticleContext context) => _parts.SelectMany(p => p.Extract(context));
}
