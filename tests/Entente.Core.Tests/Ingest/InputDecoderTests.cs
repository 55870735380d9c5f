using System.Text;
using Entente.Core.Ingest;

namespace Entente.Core.Tests.Ingest;

public class InputDecoderTests
{
    [Fact]
    public void Empty_input_is_refused_with_a_reason()
    {
        var e = Assert.Throws<InputException>(() => InputDecoder.Decode("empty.txt", []));
        Assert.Contains("empty", e.Message);
    }

    [Fact]
    public void White_space_only_input_is_refused()
    {
        Assert.Throws<InputException>(() => InputDecoder.Decode("blank.txt", Encoding.UTF8.GetBytes(" \n\t\r\n ")));
    }

    [Fact]
    public void Binary_input_is_refused()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        bytes[10] = 0;
        var e = Assert.Throws<InputException>(() => InputDecoder.Decode("image.png", bytes));
        Assert.Contains("binary", e.Message);
    }

    [Fact]
    public void Invalid_utf8_is_replaced_and_reported()
    {
        var bytes = Encoding.UTF8.GetBytes("Trade rose ").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes(" sharply.")).ToArray();
        var document = InputDecoder.Decode("bad.txt", bytes);
        Assert.Contains('\uFFFD', document.Text);
        Assert.Contains("sharply.", document.Text);
        Assert.Single(document.Warnings);
    }

    [Fact]
    public void Utf8_bom_is_kept_as_the_first_character_so_offsets_match_plain_utf8_readers()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("Hà Nội")).ToArray();
        var document = InputDecoder.Decode("bom.txt", bytes);
        Assert.Equal("\uFEFFHà Nội", document.Text);
        Assert.Empty(document.Warnings);
    }

    [Fact]
    public void Utf16_with_bom_is_decoded()
    {
        var little = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Minsk và Hà Nội")).ToArray();
        var big = Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes("Minsk và Hà Nội")).ToArray();
        Assert.Equal("Minsk và Hà Nội", InputDecoder.Decode("le.txt", little).Text);
        Assert.Equal("Minsk và Hà Nội", InputDecoder.Decode("be.txt", big).Text);
    }
}
