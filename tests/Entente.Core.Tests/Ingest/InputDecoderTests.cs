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
    public void Damaged_utf8_is_replaced_and_reported()
    {
        var bytes = Encoding.UTF8.GetBytes("Trade between Việt Nam and Türkiye rose ").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes(" sharply.")).ToArray();
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

    private static byte[] Page(string charsetTag, string body, int codePage) =>
        CodePagesEncodingProvider.Instance.GetEncoding(codePage)!.GetBytes($"<html><head>{charsetTag}<title>t</title></head><body><p>{body}</p></body></html>");

    [Theory]
    [InlineData("<meta charset=\"windows-1251\">", 1251, "windows-1251")]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\">", 20866, "koi8-r")]
    [InlineData("<META HTTP-EQUIV='content-type' CONTENT='text/html;charset=ISO-8859-5'>", 28595, "iso-8859-5")]
    public void A_declared_charset_is_honoured_and_named(string tag, int codePage, string name)
    {
        const string body = "Министры обсудили поставки зерна";
        var document = InputDecoder.Decode("ru.html", Page(tag, body, codePage));
        Assert.Contains(body, document.Text);
        Assert.Equal(name, document.Encoding);
        Assert.Empty(document.Warnings);
    }

    [Fact]
    public void An_xml_declaration_names_the_charset()
    {
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(932)!.GetBytes("<?xml version=\"1.0\" encoding=\"Shift_JIS\"?><html><body><p>日本とインドの経済対話</p></body></html>");
        var document = InputDecoder.Decode("ja.xhtml", bytes);
        Assert.Contains("日本とインドの経済対話", document.Text);
        Assert.Equal("shift_jis", document.Encoding);
    }

    [Theory]
    [InlineData(1251, "Министры сельского хозяйства встретились в Улан-Баторе и обсудили строительство элеватора.", "windows-1251")]
    [InlineData(20866, "Министры сельского хозяйства встретились в Улан-Баторе и обсудили строительство элеватора.", "koi8-r")]
    [InlineData(1252, "La ministre a déclaré à Dakar : « C’est une étape importante » pour le Sénégal.", "windows-1252")]
    [InlineData(936, "中国与新西兰举行经贸联委会会议，双方同意加快乳制品贸易的便利化进程。", "gbk")]
    [InlineData(950, "臺灣與越南簽署農業合作備忘錄，雙方將在稻米育種等領域加強交流。", "big5")]
    [InlineData(932, "日本とインドは東京で経済対話を開き、鉄道の分野で協力を強めることで一致した。", "shift_jis")]
    [InlineData(949, "한국과 카자흐스탄은 서울에서 경제협력위원회 회의를 열고 협력을 확대하기로 합의했다.", "euc-kr")]
    public void An_undeclared_legacy_charset_is_sniffed(int codePage, string text, string name)
    {
        var document = InputDecoder.Decode("page.html", Page("", text, codePage));
        Assert.Contains(text, document.Text);
        Assert.Equal(name, document.Encoding);
    }

    [Fact]
    public void Valid_utf8_wins_over_a_stale_declaration()
    {
        var bytes = Encoding.UTF8.GetBytes("<html><head><meta charset=\"windows-1251\"></head><body><p>Министры и Hà Nội</p></body></html>");
        var document = InputDecoder.Decode("resaved.html", bytes);
        Assert.Contains("Министры и Hà Nội", document.Text);
        Assert.Equal("utf-8", document.Encoding);
    }

    [Fact]
    public void A_nul_byte_does_not_make_an_input_binary_and_keeps_offsets()
    {
        var bytes = Encoding.UTF8.GetBytes("<p>Chile named a trade attache\0 in Gdansk.</p>\0\0\0");
        var document = InputDecoder.Decode("nul.html", bytes);
        Assert.Equal("<p>Chile named a trade attache  in Gdansk.</p>   ", document.Text);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Utf16_without_bom_is_recognised_by_its_zero_bytes(bool littleEndian)
    {
        const string text = "<html><body><p>Trade between Vietnam and Japan rose in 2024.</p></body></html>";
        var encoding = littleEndian ? Encoding.Unicode : Encoding.BigEndianUnicode;
        var document = InputDecoder.Decode("utf16.html", encoding.GetBytes(text));
        Assert.Equal(text, document.Text);
        Assert.Equal(littleEndian ? "utf-16le" : "utf-16be", document.Encoding);
    }
}
