using AngleSharp.Dom;
using Entente.Core.Text;

namespace Entente.Core.Ingest.Html;

/// <summary>One run of text between block boundaries, as found in the page before any choice is made.</summary>
/// <param name="Container">The nearest block-level element holding the text.</param>
/// <param name="LinkChars">How many of its non-space characters sit inside links.</param>
/// <param name="Furniture">True when an element around it is page furniture (navigation, share bar, caption…).</param>
/// <param name="HeadingLevel">1..6 for h1..h6, 0 otherwise.</param>
internal sealed record TextBlock(MappedText Content, IElement Container, int LinkChars, bool Furniture, int HeadingLevel)
{
    public string Text => Content.Text;

    public double LinkDensity => Text.Length == 0 ? 0 : (double)LinkChars / Text.Length;

    public BlockKind Kind =>
        HeadingLevel > 0 ? BlockKind.Heading
        : Container.LocalName is "li" or "dt" or "dd" ? BlockKind.ListItem
        : BlockKind.Paragraph;
}
