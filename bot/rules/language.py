"""Which language a mail is written in, from its commonest words and letters.

No model: a stopword profile per language plus letters that only some languages use.
Good enough for a mail of a sentence or more; a one-word mail falls back to the
language whose rules it triggers (see classifier) or to English.
"""

from __future__ import annotations

import re

_STOPWORDS: dict[str, str] = {
    "en": "the and to of is in that for you with this have are not be my your me please on was "
          "it would we from i am any all do can will under our has been what which",
    "nl": "de het een en van ik je dat niet is op te met voor zijn mijn uw u wij jullie graag bij "
          "ook maar heb hebben naar deze dit om wil geen mij worden kunt hierbij alstublieft "
          "nog steeds niks niets weken verder even",
    "fr": "le la les de des et je vous est pas que une un du en pour mes mon sur avec ne ce qui "
          "dans votre vos au aux merci suis ai madame monsieur cordialement être conformément",
    "de": "der die das und ich sie nicht ist zu ein eine mit für mein meine meiner ihr ihre ihren den "
          "dem des von auf bitte sehr geehrte damen herren mich mir habe gemäß über keine",
    "es": "el la los las de y que en un una por con para mis mi su sus es no del al me le lo se "
          "solicito gracias saludos estimados atentamente muy he sobre",
    "it": "il la le di e che in un una per con non sono mi mio miei dei della del al gli vi si ho "
          "sua grazie distinti saluti gentili chiedo cui questo",
    "pt": "o a os as de e que em um uma por com para meus minha meu dos da do não se ao solicito "
          "obrigado cumprimentos exmos venho sobre pelo pela",
    "pl": "i w z na się że nie do to jest o moich moje mnie proszę jak za od czy ich mój państwa "
          "dzień dobry pozdrawiam oraz przez",
    "cs": "a v se na že je to do o jsem mé mých prosím s z pro jako k vás dobrý den děkuji "
          "pozdravem moje mi",
    "sk": "a v sa na že je to do o som moje mojich prosím s z pre ako k vás dobrý deň ďakujem "
          "pozdravom mi",
    "hr": "i u je se na da za od sam moje mojih molim vas s kao što ili poštovani lijep pozdrav "
          "hvala mi nije "
          "bok koje sve ste ih meni zanima čuvate podatke lp",
    "sl": "in v je se na da za od sem moje mojih prosim vas s kot ali spoštovani lep pozdrav "
          "hvala mi ni",
    "sv": "och i att det som en är på för jag inte med mina mig ni er av till om har hej vänliga "
          "hälsningar",
    "da": "og i at det som en er på for jeg ikke med mine mig jer af til om har hej venlig hilsen "
          "venlige hilsner",
    "fi": "ja on että ei se olen minun minä te teidän kanssa tai kun myös hei ystävällisin "
          "terveisin pyydän "
          "enää halua haluan haluaisin kiitos moi teillä minusta tietoja poistakaa älkää",
    "et": "ja on et ei see olen minu mina te teie ka kui või palun tere lugupidamisega "
          "soovin",
    "lv": "un ir ka ne par es mani manu jūs jūsu lūdzu ar uz no kā labdien ar cieņu",
    "lt": "ir yra kad ne aš mano jūs jūsų prašau su į iš kaip laba diena pagarbiai",
    "ro": "și în de la că nu este un o pe pentru cu mele meu vă rog al bună ziua mulțumesc "
          "stimate "
          "multumesc despre aveti buna vreau doresc rog si va sa ca fost datele catre aceasta acest "
          "sunt ati",
    "hu": "a az és hogy nem van egy is meg kérem vagy mint tisztelt üdvözlettel köszönöm "
          "jó napot szeretném milyen személyes rólam adataim adatokat tisztelettel kérlek szia köszi",
    # Greek and Bulgarian typed in Latin letters (Greeklish, "shlyokavitsa"): their
    # commonest words as people spell them; the Greek and Cyrillic scripts are told apart
    # by their letters (below)
    "el": "kalimera kalispera geia sas sou mou tou tis ton tin twn einai kai thelo thelw tha ithela "
          "parakalo parakalw efxaristo efxaristw eyxaristw dedomena dedomenwn dedomenon prosopika "
          "prosopikwn proswpika logariasmo logariasmou diagrafi diagrafh apo gia den exw exo mas "
          "akoma tipota kamia apantisi mhnas mina",
    "bg": "zdraveite zdravei molya blagodarya blagodarq iskam bih iskal iskala lichni lichnite "
          "danni dannite moite moyat moya vashite sas pozdravi pozdrav profila akaunta "
          "iztriite iztrivane oshte nishto otgovor men koito koeto koyato vsichki vsichko ot tova "
          "tazi sum shte zdr mersi poveche imate pazite izpratite iztriete vashata vashi va6i za6to "
          "zashto kato sled reklami saglasieto otpisha",
}
_WORDS: dict[str, frozenset[str]] = {lang: frozenset(words.split()) for lang, words in _STOPWORDS.items()}

# Letters that single a language out (or a small group): each occurrence is evidence.
_LETTERS: dict[str, str] = {
    "pl": "ąęłśźżń", "cs": "řěů", "sk": "ľĺŕôä", "hr": "ćđ", "ro": "ășțşţâî", "hu": "őű",
    "lv": "āēīūķļņģ", "lt": "ąčęėįšųū", "et": "õ", "de": "ßäöü", "sv": "åäö", "da": "æøå",
    "fi": "äö", "fr": "èêçœàùû", "es": "ñ¿¡", "pt": "ãõç", "it": "òìù", "nl": "ĳ",
}
_TOKEN = re.compile(r"[^\W\d_]+", re.UNICODE)
_GREEK = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")

LANGUAGES = tuple(_STOPWORDS)


def detect_language(text: str, default: str = "en") -> str:
    """The ISO 639-1 code of the language `text` is most likely written in."""
    return rank_languages(text, default)[0]


def rank_languages(text: str, default: str = "en") -> tuple[str, ...]:
    """The likeliest language first, then a runner-up when it comes close."""
    sample = text[:4000]
    greek = len(_GREEK.findall(sample))
    cyrillic = len(_CYRILLIC.findall(sample))
    letters = sum(1 for c in sample if c.isalpha()) or 1
    if greek / letters > 0.3:
        return ("el",)
    if cyrillic / letters > 0.3:
        return ("bg",)
    tokens = [t.lower() for t in _TOKEN.findall(sample)]
    if not tokens:
        return (default,)
    scores: dict[str, float] = {}
    for token in tokens:
        for lang, words in _WORDS.items():
            if token in words:
                scores[lang] = scores.get(lang, 0.0) + 1.0
    lowered = sample.lower()
    for lang, chars in _LETTERS.items():
        hits = sum(lowered.count(c) for c in chars)
        if hits:
            scores[lang] = scores.get(lang, 0.0) + min(hits, 12) * 0.4
    ranked = sorted(scores.items(), key=lambda item: -item[1])[:2]
    if not ranked or ranked[0][1] < 1.0:
        return (default,)
    if len(ranked) == 2 and ranked[1][1] >= 0.6 * ranked[0][1]:
        return (ranked[0][0], ranked[1][0])
    return (ranked[0][0],)
