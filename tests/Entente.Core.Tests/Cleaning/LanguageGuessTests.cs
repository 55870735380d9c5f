using Entente.Core.Cleaning;

namespace Entente.Core.Tests.Cleaning;

public class LanguageGuessTests
{
    [Theory]
    [InlineData("Đọc thêm các tin tức mới nhất trên trang của chúng tôi")]
    [InlineData("Bình luận của bạn")]
    [InlineData("Подписывайтесь на наш канал в Телеграме")]
    [InlineData("Lea esta noticia en español")]
    [InlineData("Siga las noticias de la región en nuestra web")]
    [InlineData("Weitere Nachrichten aus der Region finden Sie hier und auf der Startseite")]
    [InlineData("新闻来源：本报记者")]
    public void Flags_lines_in_other_languages(string line) => Assert.True(LanguageGuess.IsForeign(line));

    [Theory]
    [InlineData("The delegation visited Hưng Yên and Hải Phòng provinces on Tuesday.")]
    [InlineData("Vietnam, Japan boost trade ties")]
    [InlineData("São Paulo and Rio de Janeiro host most of the community.")]
    [InlineData("Łódź and Gdańsk signed twinning deals with Korean cities in 2019.")]
    [InlineData("Kazakhstan–China Cooperation Committee")]
    [InlineData("Pham Minh Chinh")]
    public void Keeps_english_lines_with_foreign_names(string line) => Assert.False(LanguageGuess.IsForeign(line));
}
