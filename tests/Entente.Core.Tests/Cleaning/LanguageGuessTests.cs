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
    [InlineData("Thủ tướng hai nước gặp nhau tại Á Châu trong hai ngày")]
    [InlineData("El ministro viajará a Lima para una reunión con los empresarios y el embajador de su país")]
    public void Flags_lines_in_other_languages(string line) => Assert.True(LanguageGuess.IsForeign(line));

    [Theory]
    [InlineData("The delegation visited Hưng Yên and Hải Phòng provinces on Tuesday.")]
    [InlineData("Vietnam, Japan boost trade ties")]
    [InlineData("São Paulo and Rio de Janeiro host most of the community.")]
    [InlineData("Łódź and Gdańsk signed twinning deals with Korean cities in 2019.")]
    [InlineData("Kazakhstan–China Cooperation Committee")]
    [InlineData("Pham Minh Chinh")]
    [InlineData("The minister met the rector of the Universidad de los Andes and the head of the Banco del Estado.")]
    public void Keeps_english_lines_with_foreign_names(string line) => Assert.False(LanguageGuess.IsForeign(line));

    [Fact]
    public void An_article_mostly_in_another_language_is_told_apart_from_an_english_one_with_a_foreign_line()
    {
        Assert.True(LanguageGuess.IsMostlyForeign([
            "El ministro viajará a Lima para una reunión con los empresarios y el embajador de su país.",
            "Las dos naciones firmaron un acuerdo de cooperación en el sector de la pesca.",
            "Peru, Chile",
        ]));
        Assert.False(LanguageGuess.IsMostlyForeign([
            "The minister will travel to Lima to meet business leaders and the ambassador of his country.",
            "The two nations signed a cooperation agreement in the fisheries sector last year.",
            "Lea esta noticia en español",
        ]));
        Assert.False(LanguageGuess.IsMostlyForeign(["Lea esta noticia en español", "Читайте эту статью на русском языке"]));
    }
}
