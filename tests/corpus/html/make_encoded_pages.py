#!/usr/bin/env python3
"""Writes the pages under encodings/: one story per language, saved in a legacy encoding, with and
without a charset declaration, and its gold text (UTF-8). Run from this folder; the output is committed."""
import codecs, pathlib

STORIES = {
    "ru": ("Россия и Монголия договорились расширить поставки зерна", "Новости", [
        "Министры сельского хозяйства России и Монголии встретились в Улан-Баторе и обсудили строительство элеватора у границы.",
        "По словам сторон, в прошлом году объём торговли зерном вырос почти вдвое, а спрос на пшеницу в Монголии продолжает расти.",
        "Следующая встреча рабочей группы пройдёт осенью в Иркутске."],
        ["Главная", "Политика", "Экономика", "Общество", "Все права защищены."]),
    "pl": ("Polska i Czechy uzgodniły budowę połączenia kolejowego", "Wiadomości", [
        "Ministrowie infrastruktury Polski i Czech podpisali w środę w Kłodzku list intencyjny w sprawie nowego połączenia kolejowego między Wrocławiem a Pragą.",
        "Prace przygotowawcze mają ruszyć w przyszłym roku, a pierwsze pociągi pojadą po zakończeniu modernizacji odcinka przygranicznego.",
        "Samorządy po obu stronach granicy liczą na większy ruch turystyczny i łatwiejsze dojazdy do pracy."],
        ["Strona główna", "Kraj", "Świat", "Gospodarka", "Wszelkie prawa zastrzeżone."]),
    "fr": ("La France et le Sénégal signent un accord sur la formation des enseignants", "Actualités", [
        "La France et le Sénégal ont signé jeudi à Dakar un accord sur la formation des enseignants du secondaire.",
        "« C’est une étape importante pour nos deux pays », a déclaré la ministre française, qui a rappelé que le programme est doté de 12 millions d’euros (12 M€).",
        "Les premières sessions débuteront à la rentrée dans trois académies régionales."],
        ["Accueil", "Monde", "Économie", "Culture", "Tous droits réservés."]),
    "zh-Hans": ("中国与新西兰举行第五次经贸联委会会议", "新闻中心", [
        "中国与新西兰第五次经贸联委会会议日前在惠灵顿举行，会议由商务部副部长王镕主持。",
        "双方同意加快乳制品和木材贸易的便利化进程，并就电子商务合作交换了意见。",
        "新西兰代表团团长表示，两国经贸合作潜力巨大，愿与中方共同推动合作取得更多成果。"],
        ["首页", "国内", "国际", "财经", "版权所有"]),
    "zh-Hant": ("臺灣與越南簽署農業合作備忘錄", "新聞", [
        "臺灣與越南日前在河內簽署農業合作備忘錄，雙方將在稻米育種、水產養殖和農產品加工等領域加強交流。",
        "越南農業部官員表示，希望吸引更多臺灣企業到湄公河三角洲投資。",
        "雙方並同意每年輪流舉辦一次農業工作小組會議。"],
        ["首頁", "政治", "財經", "國際", "版權所有"]),
    "ja": ("日本とインド、鉄道と半導体で協力強化", "ニュース", [
        "日本とインドは東京で経済対話を開き、鉄道と半導体の分野で協力を強めることで一致した。",
        "インド側は日本企業による工場の新設に期待を示し、手続きの簡素化を約束した。",
        "次回の対話は来年ニューデリーで開かれる予定だ。"],
        ["トップ", "政治", "経済", "国際", "無断転載を禁じます。"]),
    "ko": ("한국과 카자흐스탄, 에너지와 물류 협력 확대 합의", "뉴스", [
        "한국과 카자흐스탄은 서울에서 경제협력위원회 회의를 열고 에너지와 물류 분야의 협력을 확대하기로 합의했다.",
        "양측은 내년까지 공동 물류센터를 세우는 방안을 검토하기로 했다.",
        "카자흐스탄 대표단은 한국 기업의 투자를 환영한다고 밝혔다."],
        ["홈", "정치", "경제", "국제", "무단 전재 및 재배포 금지"]),
}

# (file stem, language, Python codec, how the page declares it: "meta", "http-equiv", "xml" or None)
PAGES = [
    ("windows-1251_meta", "ru", "cp1251", "meta:windows-1251"),
    ("windows-1251_undeclared", "ru", "cp1251", None),
    ("koi8-r_http-equiv", "ru", "koi8_r", "http-equiv:koi8-r"),
    ("koi8-r_undeclared", "ru", "koi8_r", None),
    ("iso-8859-2_meta", "pl", "iso8859_2", "meta:iso-8859-2"),
    ("iso-8859-5_meta", "ru", "iso8859_5", "meta:iso-8859-5"),
    ("windows-1252_meta", "fr", "cp1252", "meta:windows-1252"),
    ("windows-1252_undeclared", "fr", "cp1252", None),
    ("iso-8859-1_declared_windows-1252_bytes", "fr", "cp1252", "http-equiv:iso-8859-1"),
    ("gb2312_declared_gbk_bytes", "zh-Hans", "gbk", "meta:gb2312"),
    ("gbk_undeclared", "zh-Hans", "gbk", None),
    ("big5_meta", "zh-Hant", "big5", "meta:big5"),
    ("big5_undeclared", "zh-Hant", "big5", None),
    ("shift_jis_http-equiv", "ja", "shift_jis", "http-equiv:Shift_JIS"),
    ("shift_jis_undeclared", "ja", "shift_jis", None),
    ("euc-kr_meta", "ko", "euc_kr", "meta:euc-kr"),
    ("euc-kr_undeclared", "ko", "euc_kr", None),
    ("utf-8_bom_overrides_meta", "ru", "utf-8-sig", "meta:windows-1251"),
    ("utf-16le_no_bom", "ja", "utf-16-le", None),
]


def page(language, declaration):
    title, section, paragraphs, chrome = STORIES[language]
    head = ""
    if declaration:
        kind, name = declaration.split(":")
        head = f'<meta charset="{name}">' if kind == "meta" else f'<meta http-equiv="Content-Type" content="text/html; charset={name}">'
    menu = "".join(f'<li><a href="/{i}">{word}</a></li>' for i, word in enumerate(chrome[:4]))
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<!DOCTYPE html>\n<html lang="{language}">\n<head>\n{head}\n<title>{title}</title>\n</head>\n<body>\n'
            f'<div class="header"><ul class="menu">{menu}</ul></div>\n<div class="crumbs"><a href="/">{chrome[0]}</a> / {section}</div>\n'
            f'<div class="article">\n<h1>{title}</h1>\n{body}\n</div>\n<div class="footer">{chrome[4]}</div>\n</body>\n</html>\n')


def main():
    out = pathlib.Path("encodings")
    out.mkdir(exist_ok=True)
    for stem, language, codec, declaration in PAGES:
        title, _, paragraphs, _ = STORIES[language]
        (out / f"{stem}.html").write_bytes(page(language, declaration).encode(codec))
        (out / f"{stem}.gold").write_text(title + "\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
