using Entente.Core.Ingest;

namespace Entente.Core.Tests.Ingest;

public sealed class MetadataDateTests
{
    [Theory]
    [InlineData("2024-03-05T23:30:00-05:00", "2024-03-05")]
    [InlineData("2024-03-05", "2024-03-05")]
    [InlineData("2024-03-05 10:12:00", "2024-03-05")]
    [InlineData("2025", "2025")]
    [InlineData("2019-01", "2019-01")]
    [InlineData("2024/03/05 10:00", "2024-03-05")]
    [InlineData("20240305", "2024-03-05")]
    [InlineData("20240305T101500Z", "2024-03-05")]
    [InlineData("2024-03", "2024-03")]
    [InlineData("2024", "2024")]
    [InlineData("Tue, 05 Mar 2024 10:00:00 GMT", "2024-03-05")]
    [InlineData("March 5, 2024", "2024-03-05")]
    [InlineData("5 March 2024, 10:42", "2024-03-05")]
    [InlineData("September 2019", "2019-09")]
    [InlineData("25/12/2023", "2023-12-25")]
    [InlineData("12/25/2023", "2023-12-25")]
    [InlineData("05.03.2024", "2024-03-05")]
    [InlineData("05/03/2024", "2024")]
    [InlineData("2023-02-30", "2023-02")]
    [InlineData("2024-13-01", "2024")]
    public void Gives_iso_at_the_precision_the_text_supports(string raw, string expected)
    {
        Assert.Equal(expected, MetadataDate.Normalize(raw));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("10:42")]
    [InlineData("12345")]
    public void Gives_null_when_no_date_is_readable(string? raw)
    {
        Assert.Null(MetadataDate.Normalize(raw));
    }
}
