"""A lawyer's career asked in a visitor's words: the profession by the titles a jurisdiction gives it
("attorney" -> "Advocate", "Solicitor"), by what it does ("practise law"), a qualification as the
credential that makes one ("a qualified lawyer?"), a law degree by its letters ("LLB"), a quality
asked for by the failures it removed ("reliability"), "managerial", the Big Four as one idea, and
an acronym whose phrase opens with a participle ("NER" -> "named entity recognition")."""

from __future__ import annotations

from heyfolio.search.acronyms import Acronyms
from heyfolio.search.text import normalize_token, parse_query


def _terms(question: str) -> dict[str, float]:
    out: dict[str, float] = {}
    for group in parse_query(question):
        for term, weight in group.terms:
            out[term] = max(out.get(term, 0.0), weight)
    return out


def test_a_lawyer_is_asked_by_the_titles_a_jurisdiction_gives_one() -> None:
    terms = _terms("was she ever an attorney?")
    assert normalize_token("advocate") in terms
    assert normalize_token("solicitor") in terms
    assert normalize_token("barrister") in terms


def test_an_advocate_asked_is_not_widened_to_lawyers() -> None:
    # a developer advocate is no lawyer: "advocate" is read one way, from the lawyer asked
    terms = _terms("was she a developer advocate?")
    assert normalize_token("lawyer") not in terms
    assert normalize_token("attorney") not in terms


def test_practising_law_asks_for_the_lawyer() -> None:
    terms = _terms("did he practise law before?")
    assert normalize_token("lawyer") in terms
    assert normalize_token("attorney") in terms


def test_a_qualified_professional_is_asked_by_the_credential() -> None:
    terms = _terms("is she a qualified accountant?")
    assert normalize_token("certification") in terms
    assert normalize_token("license") in terms


def test_a_law_degree_by_its_letters_asks_for_law() -> None:
    assert normalize_token("law") in _terms("LLB?")


def test_managerial_is_management() -> None:
    assert normalize_token("management") in _terms("any managerial experience?")


def test_reliability_is_stated_as_the_failures_removed() -> None:
    terms = _terms("did he improve reliability anywhere?")
    assert 0.0 < terms.get(normalize_token("failure"), 0.0) < 1.0
    # one way: a question about failures is not widened to reliability
    assert normalize_token("reliability") not in _terms("any failures?")


def test_the_big_four_is_one_idea() -> None:
    words = [g.word for g in parse_query("has she worked at a Big Four firm?")]
    assert "big_four" in words
    assert normalize_token("four") not in words


def test_an_acronym_whose_phrase_opens_with_a_participle_is_read() -> None:
    table = Acronyms(["Skill: NLP (Advanced): spaCy, PyTorch, named entity recognition"])
    assert table.phrase("NER") == "named entity recognition"
    assert Acronyms(["Supervised Learning, Computer Vision"]).phrase("SL") is None  # two letters: no acronym
    assert Acronyms(["Courses: Supervised Machine Learning"]).phrase("SML") == "supervised machine learning"


def test_a_sentence_opening_with_a_past_verb_is_no_acronym() -> None:
    table = Acronyms(["Reduced document generation failures from 7% to 0.4%."])
    assert table.phrase("RDG") is None
