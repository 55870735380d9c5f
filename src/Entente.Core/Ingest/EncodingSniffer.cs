using System.Text;

namespace Entente.Core.Ingest;

/// <summary>
/// Guesses the legacy encoding of bytes that are not UTF-8 and declare none: each candidate decodes
/// a sample, and the one whose characters read most like text wins. Kana count for Japanese,
/// frequent Hangul syllables for Korean and frequent Han characters for Chinese (a wrong
/// double-byte decoding gives rare ones), lower-case letters and capitals at word starts for Cyrillic,
/// and accented letters among plain ones for Western European text; replacement characters,
/// C1 controls, half-width katakana and capitals inside words count against. Linear in the sample.
/// </summary>
internal static class EncodingSniffer
{
    private static readonly int[] Candidates = [1252, 1251, 20866, 936, 950, 932, 949];

    // Frequent Han characters of news text, in simplified and traditional forms (chosen by the team).
    private const string FrequentHan =
        "的一是不了人在有我他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八特觉望直服毛林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指思非流每青管夫连远资队跟带花快条院变联言权往展该领传近留红治决周保达办运武半候七必城父强步完革深区即求品士转量空甚众技轻程告江语英基派满式李息写呢识极令黄德收脸钱党倒未持取设始版双历越史商千片容研像找友孩站广改议形委早房音火际则首单据导影失拿网香似斯专石若兵弟谁校读志飞观争究包组造落视济喜离虽坏兴复坐讲推引友部长贸易合作协议签署会谈访问双边两国关系发展经济投资企业领域表示双方进一步加强推动举行" +
        "這國們來時個說為過會對後裡麼見經頭現兩動從開問點當發種無與實進體機長東還話間學將於爾應關係議協簽訪貿易領導態權區際產業農漁電視報紙書記員務歲臺灣";

    // Frequent Hangul syllables: a wrong double-byte decoding lands on rare ones of the extended set.
    private const string FrequentHangul =
        "이의는다에하고을를한가서로지기사도정대수으자들게리시있인일해국부어과나적전원아보내주위동상만제장경여성것면분식회라화무진중년연구방학소되조비문요생계말신실개업세통관간래련했며및등와우미용합양협력확밝혔측표단환영까지했다니까더또잘못알없같그저물금건공명발산선설안운음입질차체추치터파편행향현형후";

    private static readonly HashSet<char> Frequent = [.. FrequentHan, .. FrequentHangul];

    // Evidence needed before a legacy encoding is believed: a few characters that read well, and a
    // score worth a quarter of the non-ASCII bytes (text in the right encoding scores about one per byte or pair).
    private const double MinimumScore = 3;
    private const double MinimumScorePerByte = 0.25;

    /// <summary>The candidate whose decoding reads most like text, or null when none reads enough like text.</summary>
    public static Encoding? Guess(ReadOnlySpan<byte> sample)
    {
        var high = 0;
        foreach (var b in sample) if (b >= 0x80) high++;
        Encoding? best = null;
        var bestScore = Math.Max(MinimumScore, high * MinimumScorePerByte);
        foreach (var codePage in Candidates)
        {
            var encoding = CharsetDeclaration.ForCodePage(codePage);
            var score = Score(encoding.GetString(sample));
            if (score > bestScore)
            {
                best = encoding;
                bestScore = score;
            }
        }
        return best;
    }

    private static double Score(string text)
    {
        double score = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x80) continue;
            var before = i > 0 ? text[i - 1] : ' ';
            var after = i + 1 < text.Length ? text[i + 1] : ' ';
            score += c switch
            {
                '\uFFFD' or (>= '\u0080' and <= '\u009F') => -5,
                >= '\uAC00' and <= '\uD7A3' => Frequent.Contains(c) ? 2 : 0, // Hangul syllables
                >= '\u3041' and <= '\u30FA' => 2, // hiragana and katakana
                >= '\uFF61' and <= '\uFF9F' => -1, // half-width katakana: lead bytes of another double-byte encoding
                >= '\u4E00' and <= '\u9FFF' => Frequent.Contains(c) ? 2 : 0,
                // Cyrillic comes in words of its own; a lone letter inside a Latin word is a misread accent.
                >= '\u0400' and <= '\u04FF' => char.IsAsciiLetter(before) || char.IsAsciiLetter(after) ? -1
                    : char.IsLower(c) || !char.IsLetter(before) ? 1 : -1,
                // Accented Latin letters sit among plain ones; runs of them are a misread Cyrillic or CJK word.
                >= '\u00C0' and <= '\u024F' => IsNonAsciiLetter(before) || IsNonAsciiLetter(after) ? -0.5 : char.IsLower(c) ? 1 : 0.5,
                >= '\u00A1' and <= '\u00BF' and not ('\u00AB' or '\u00BB' or '\u00B0' or '\u00A9' or '\u00AE') => -1,
                _ => 0,
            };
        }
        return score;
    }

    private static bool IsNonAsciiLetter(char c) => c >= 0x80 && char.IsLetter(c);
}
