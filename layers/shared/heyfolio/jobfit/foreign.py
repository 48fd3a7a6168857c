"""A requirement written in Portuguese, Spanish, German, French or Dutch, read in English.

Why: bilingual postings carry lines in one language only ("Experiência com testes end-to-end
(Playwright ou Cypress)", "Verhandlungssichere Deutschkenntnisse"). Read as written, their ad words
("Experiência") become things the content must show and "ou" is no "or", so a requirement the content
meets reads as missing. Word by word through a small glossary of job-ad words is enough: names of
technologies are written the same in every language, and the matcher reads words, not grammar. A line
is read so only when it is plainly in another language (function words of one), never an English one.
"""

from __future__ import annotations

import re

from heyfolio.jobfit.compounds import NOUNS, split_compound

__all__ = ["in_english"]

# Function words that mark a line as written in another language (none is an English word).
_MARKERS = frozenset(
    str.split(
        # Portuguese / Spanish
        "com para em ou na nas nos dos das uma um pelo pela por con y en los las del una "
        # German
        "und oder mit für fur von zur zum im einem einer eine der die das sowie "
        # French
        "avec pour dans et ou des les une du aux "
        # Dutch
        "met voor en van het een"
    )
)
# Markers that are also English words: count only next to a marker that is not.
_SHARED = frozenset(str.split("die en met in"))

# Job-ad words -> English. Inflections are listed as written (no stemming across languages).
_GLOSSARY: dict[str, str] = {
    # function words
    "com": "with", "con": "with", "mit": "with", "avec": "with", "met": "with",
    "para": "for", "für": "for", "fur": "for", "pour": "for", "voor": "for", "por": "per",
    "em": "in", "en": "in", "im": "in", "dans": "in", "na": "in", "nas": "in", "nos": "in", "no": "in",
    "ou": "or", "oder": "or", "of": "or",
    "e": "and", "y": "and", "und": "and", "et": "and", "sowie": "and",
    "de": "of", "do": "of", "da": "of", "dos": "of", "das": "of", "del": "of", "von": "of", "van": "of",
    "des": "of", "du": "of", "der": "of",
    "um": "a", "uma": "a", "una": "a", "un": "a", "une": "a", "ein": "a", "eine": "a", "einem": "a",
    "einer": "a", "een": "a",
    "a": "the", "os": "the", "as": "the", "el": "the", "los": "the", "las": "the", "la": "the",
    "le": "the", "les": "the", "die": "the", "het": "the", "ao": "to the", "al": "to the", "aux": "to the",
    "zur": "to the", "zum": "to the", "pelo": "by the", "pela": "by the",
    "mindestens": "at least", "pelo menos": "at least", "au moins": "at least", "minstens": "at least",
    # ad words
    "experiência": "experience", "experiencia": "experience", "expérience": "experience",
    "erfahrung": "experience", "erfahrungen": "experience", "ervaring": "experience",
    "conhecimento": "knowledge", "conhecimentos": "knowledge", "conocimiento": "knowledge",
    "conocimientos": "knowledge", "kenntnisse": "knowledge", "connaissance": "knowledge",
    "connaissances": "knowledge", "kennis": "knowledge",
    "sólida": "solid", "sólido": "solid", "solide": "solid", "fundierte": "solid", "gute": "good",
    "sehr": "very", "boa": "good", "bons": "good", "buena": "good", "bonne": "good", "goede": "good",
    "anos": "years", "años": "years", "jahre": "years", "jahren": "years", "ans": "years", "jaar": "years",
    "disponibilidade": "availability", "disponibilidad": "availability", "bereitschaft": "availability",
    "trabalho": "work", "trabajo": "work", "arbeit": "work", "travail": "work", "werk": "work",
    "híbrido": "hybrid", "hibrido": "hybrid", "hybride": "hybrid", "hybrides": "hybrid",
    "remoto": "remote", "dias": "days", "días": "days", "tage": "days", "jours": "days", "dagen": "days",
    "semana": "week", "woche": "week", "semaine": "week", "week": "week",
    "escritório": "office", "oficina": "office", "büro": "office", "bureau": "office", "kantoor": "office",
    "testes": "tests", "pruebas": "tests", "tests": "tests", "testen": "testing", "testes automatizados": "automated tests",
    "desenvolvimento": "development", "desarrollo": "development", "entwicklung": "development",
    "développement": "development", "ontwikkeling": "development",
    "equipa": "team", "equipe": "team", "equipo": "team", "team": "team", "équipe": "team",
    "liderança": "leadership", "liderazgo": "leadership", "führung": "leadership",
    "gestão": "management", "gestión": "management", "management": "management",
    "publicação": "publishing", "publicación": "publishing", "publicados": "published",
    "publicadas": "published", "veröffentlichte": "published", "veröffentlichungen": "publications",
    "publiés": "published", "publiées": "published",
    "segurança": "security", "seguridad": "security", "sicherheit": "security", "sécurité": "security",
    "dados": "data", "datos": "data", "daten": "data", "données": "data",
    "nuvem": "cloud", "nube": "cloud", "aplicações": "applications", "aplicaciones": "applications",
    "aplicativos": "apps", "produção": "production", "producción": "production", "produktion": "production",
    "atendimento": "service", "cliente": "customer", "clientes": "customers", "kunden": "customers",
    "licenciatura": "degree", "grado": "degree", "mestrado": "master's degree", "máster": "master's degree",
    "informática": "computer science", "engenharia": "engineering", "ingeniería": "engineering",
    "área": "field", "equivalente": "equivalent", "relacionada": "related", "afim": "related",
    "fluente": "fluent", "fluido": "fluent", "fließend": "fluent", "fliessend": "fluent", "courant": "fluent",
    "vloeiend": "fluent", "verhandlungssicher": "business fluent", "verhandlungssichere": "business fluent",
    "verhandlungssicheres": "business fluent", "nativo": "native", "nativa": "native",
    "muttersprache": "native", "muttersprachler": "native", "moedertaal": "native",
    # language names
    "inglês": "English", "inglés": "English", "englisch": "English", "anglais": "English", "engels": "English",
    "português": "Portuguese", "portugués": "Portuguese", "portugiesisch": "Portuguese",
    "portugais": "Portuguese", "portugees": "Portuguese",
    "espanhol": "Spanish", "español": "Spanish", "spanisch": "Spanish", "espagnol": "Spanish",
    "spaans": "Spanish", "francês": "French", "francés": "French", "französisch": "French",
    "français": "French", "frans": "French", "alemão": "German", "alemán": "German", "deutsch": "German",
    "allemand": "German", "duits": "German", "holandês": "Dutch", "neerlandés": "Dutch",
    "niederländisch": "Dutch", "néerlandais": "Dutch", "nederlands": "Dutch",
}  # fmt: skip
# German compounds ending in an ad word: "Deutschkenntnisse" is German knowledge.
_COMPOUND_HEADS = ("kenntnisse", "erfahrung", "erfahrungen")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*", re.UNICODE)


def _foreign(text: str) -> bool:
    words = [w.casefold() for w in _WORD.findall(text)]
    own = [w for w in words if w in _MARKERS and w not in _SHARED]
    shared = [w for w in words if w in _MARKERS and w in _SHARED]
    # a job-ad word of another language: written with its own letters ("Veröffentlichte"), or long enough
    # not to be an English word too ("grado", but not "no")
    heads = [
        w
        for w in words
        if _GLOSSARY.get(w, w) != w and w not in _MARKERS and (len(w) >= 4 or not w.isascii())
    ]
    accented = [w for w in heads if not w.isascii()]
    # "Deutsch verhandlungssicher": two job-ad words of another language and no function word
    heads += [w for w in words if w in NOUNS and NOUNS[w] != w]
    # "Fahrzeugnetzwerke", "Embedded-Softwareentwicklung": a long compound ending in a German noun
    compound = any(
        len(p) > 12 and (split_compound(p, _GLOSSARY) or "") not in ("", p) and not _english_tail(p)
        for w in words
        for p in w.split("-")
    )
    return (
        len(own) + (len(shared) if own else 0) >= 2
        or (bool(own) and bool(heads))
        or bool(accented)
        or len(set(heads)) >= 2
        or compound
        or any(w.endswith(_COMPOUND_HEADS) and len(w) > 12 for w in words)
    )


def _english_tail(word: str) -> bool:
    """Whether a compound's last part is the same word in English ("Softwaretests" ends in "tests")."""
    return any(word.endswith(k) and v == k for k, v in {**_GLOSSARY, **NOUNS}.items() if len(k) >= 4)


def _word(m: re.Match[str]) -> str:
    w = m.group(0)
    low = w.casefold()
    if low in _GLOSSARY:
        return _GLOSSARY[low]
    if low in NOUNS:
        return NOUNS[low]
    if "-" not in low and (split := split_compound(low, _GLOSSARY)):
        return split
    for head in _COMPOUND_HEADS:
        if low.endswith(head) and len(low) > len(head) + 3:
            first = low[: -len(head)]
            return f"{_GLOSSARY.get(first, first)} {_GLOSSARY[head]}"
    if "-" in w:  # "Embedded-Softwareentwicklung": each part read on its own, when any is German
        parts = [p for p in w.split("-") if p]
        read = [_word(part) for p in parts if (part := _WORD.fullmatch(p))]
        if len(read) == len(parts) and [r.casefold() for r in read] != [p.casefold() for p in parts]:
            return " ".join(read)
    return w


def in_english(text: str) -> str:
    """``text`` read word by word in English when it is written in another language; else unchanged."""
    if not _foreign(text):
        return text
    text = re.sub(r"\b(?:pelo menos|au moins)\b", "at least", text, flags=re.IGNORECASE)
    return _WORD.sub(_word, text)
