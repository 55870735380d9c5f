using System.Globalization;
using System.Text;

namespace Entente.Core.Text;

/// <summary>Diacritic folding for matching names written with or without accents ("Hưng Yên" = "Hung Yen").</summary>
public static class Folding
{
    public static string RemoveDiacritics(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            builder.Append(c switch { 'đ' => 'd', 'Đ' => 'D', 'ø' => 'o', 'Ø' => 'O', 'ł' => 'l', 'Ł' => 'L', 'ı' => 'i', _ => c });
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
