using Entente.Core.Extraction;
using Entente.Core.Knowledge;

namespace Entente.Core.Tests.Knowledge;

public class NameKeyTests
{
    [Theory]
    [InlineData("Inter-Governmental Commission on Economic, Commercial, Scientific and Technological Cooperation", "Intergovernmental Commission for Economic, Trade and Scientific-Technical Cooperation")]
    [InlineData("Scientific and Technological Cooperation Committee", "Joint Committee for Scientific and Technological Cooperation")]
    [InlineData("Joint Commission on Trade and Economic Cooperation", "Joint Committee on Trade and Economic Cooperation")]
    [InlineData("UN Human Rights Council", "Human Rights Council")]
    public void Two_names_of_one_thing_match(string a, string b) =>
        Assert.True(NameKey.Similarity(NameKey.Words(a), NameKey.Words(b)) >= FactIdentity.SameName);

    [Theory]
    [InlineData("Joint Intergovernmental Commission for Military-Technical Cooperation", "Intergovernmental Commission for Economic, Trade and Scientific-Technical Cooperation")]
    [InlineData("Joint Committee for Scientific and Technological Cooperation", "Joint Intergovernmental Commission for Military-Technical Cooperation")]
    [InlineData("International Law Commission", "UN Human Rights Council")]
    [InlineData("Laos-Mongolia Scientific and Technological Cooperation Committee", "Laos-Mongolia Inter-Governmental Commission on Economic, Commercial, Scientific and Technological Cooperation")]
    public void Different_things_do_not(string a, string b) =>
        Assert.True(NameKey.Similarity(NameKey.Words(a), NameKey.Words(b)) < FactIdentity.SameName);

    [Theory]
    [InlineData("VN-BY", "BY-VN")]
    [InlineData("Vietnam-Belarus", "BY-VN")]
    [InlineData("Viet Nam,Belarus", "BY-VN")]
    [InlineData("Guinea-Bissau,Portugal", "GW-PT")]
    [InlineData("Timor-Leste-Indonesia", "ID-TL")]
    [InlineData("Narnia-Belarus", null)]
    public void Pair_arguments_accept_codes_and_names(string text, string? expected) => Assert.Equal(expected, CountryArgument.Pair(text));
}
