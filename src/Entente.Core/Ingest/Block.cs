using Entente.Core.Text;

namespace Entente.Core.Ingest;

public enum BlockKind
{
    Paragraph,
    Heading,
    ListItem,
}

/// <summary>One paragraph, heading or list item of an article as a reader found it, mapped to the input.</summary>
public sealed record Block(MappedText Content, BlockKind Kind = BlockKind.Paragraph)
{
    public string Text => Content.Text;
}
