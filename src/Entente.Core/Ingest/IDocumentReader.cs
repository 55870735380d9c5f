namespace Entente.Core.Ingest;

/// <summary>Turns one decoded input of a given format into raw articles.</summary>
public interface IDocumentReader
{
    /// <summary>True when this reader handles the document (by extension, or by sniffing its content).</summary>
    bool CanRead(SourceDocument document);

    IEnumerable<RawArticle> Read(SourceDocument document);
}
