"""The offline answerer keeps what search found rather than declining or answering beside it:
an acronym the portfolio only spells out ("BCM") is read as the term it writes ("body control
module") - but not as a run of words that only happens to share its initials ("CRM" ->
"comfortable running meetings"); "how many women has she taught?" is answered by the sentence
counting women, not by one where she "trained as" a chemist; "Swift or Kotlin?" weighs the two skills
by their stated levels. The owner is made up for the test."""

from __future__ import annotations

from collections.abc import Sequence

from heyfolio.chat.acronym_terms import as_content_terms
from heyfolio.chat.offline import compose
from heyfolio.chat.weak_evidence import weak_answer
from heyfolio.content.model import Basics, PartialDate, Portfolio, Resume, Skill, Volunteer, Work
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.index import Hit, SearchIndex
from heyfolio.search.minilm import MiniLMEmbedder


def _date(raw: str) -> PartialDate:
    parts = [int(p) for p in raw.split("-")]
    return PartialDate(raw, parts[0], parts[1] if len(parts) > 1 else None)


PORTFOLIO = Portfolio(
    resume=Resume(
        basics=Basics(
            name="Tove Lindqvist",
            label="Firmware Engineer",
            summary=(
                "I trained as a chemist and since 2016 have done more than thirty engagements for research labs "
                "and carmakers."
            ),
        ),
        work=(
            Work(
                name="Brattvik Elektronik",
                position="Senior Firmware Engineer",
                start_date=_date("2021-03"),
                summary="I own the boot path of the body control module platform.",
                highlights=(
                    "Cut the boot time of the body control module from 2.6 s to 0.8 s by reordering init.",
                    "Brought the clinic portal's Largest Contentful Paint from 4.1 s to 1.6 s.",
                    "Kept the team comfortable running meetings in two languages.",
                ),
            ),
        ),
        volunteer=(
            Volunteer(
                organization="Kod för Kemister",
                position="Instructor",
                start_date=_date("2019-05"),
                summary="Free weekend workshops that teach programming to women researchers.",
                highlights=("Ran 12 two-day workshops for 310 women researchers in Sweden and Norway.",),
            ),
        ),
        skills=(
            Skill(name="iOS development", level="Expert", keywords=("Swift", "SwiftUI")),
            Skill(name="Android development", level="Advanced", keywords=("Kotlin", "Jetpack Compose")),
            Skill(name="Platform", level="Beginner", keywords=("Kubernetes",)),
        ),
    )
)
INDEX = SearchIndex.build(chunk_portfolio(PORTFOLIO))


def _ask(question: str) -> str:
    answer = compose(question, PORTFOLIO, INDEX, first_offline_answer=False)
    assert answer.answered and answer.cited
    return answer.text


def test_an_acronym_is_read_as_the_term_the_portfolio_writes() -> None:
    assert as_content_terms("BCM boot time?", INDEX) == "body control module boot time?"
    assert as_content_terms("clinic portal LCP", INDEX) == "clinic portal largest contentful paint"


def test_an_acronym_is_not_read_as_a_run_of_words_sharing_its_initials() -> None:
    assert as_content_terms("Has she used a CRM?", INDEX) is None
    assert as_content_terms("What did she do on the body control module?", INDEX) is None


def test_a_count_of_people_taught_is_the_sentence_counting_them() -> None:
    assert "310 women researchers" in _ask("How many women has she taught to code?").split("\n")[0]


def test_a_bare_choice_between_two_skills_is_weighed_by_their_levels() -> None:
    first = _ask("Swift or Kotlin?").split("\n")[0]
    assert "Expert" in first and "Advanced" in first
    first = _ask("Swift or Kotlin, which is she better at?").split("\n")[0]
    assert "Expert" in first and "Advanced" in first
    first = _ask("Kotlin or k8s, which is she better at?").split("\n")[0]  # k8s: Kubernetes
    assert "Advanced" in first and "Beginner" in first
    first = _ask("kotlin or k8s?").split("\n")[0]
    assert "Advanced" in first and "Beginner" in first
    assert (
        "By the levels" not in compose("Swift or Flutter?", PORTFOLIO, INDEX, first_offline_answer=False).text
    )


def test_an_acronym_the_portfolio_spells_out_is_answered_from_what_search_found() -> None:
    index = SearchIndex.build(chunk_portfolio(PORTFOLIO), MiniLMEmbedder(runtime="numpy"))  # what AWS serves
    for question, fact in (("BCM boot time?", "0.8 s"), ("clinic portal LCP", "1.6 s")):
        answer = compose(question, PORTFOLIO, index, first_offline_answer=False)
        assert answer.answered and answer.cited and fact in answer.text
    assert not compose("Has she used a CRM?", PORTFOLIO, index, first_offline_answer=False).answered


TESTER = Portfolio(
    resume=Resume(
        basics=Basics(name="Maren Holt", label="Security Engineer", summary="Security engineer in Oslo."),
        work=(
            Work(
                name="Freelance",
                position="Freelance Penetration Tester",
                start_date=_date("2019-01"),
                end_date=_date("2019-12"),
                summary="Self-employed penetration tester.",
                highlights=("Delivered 31 web and API penetration tests for 9 clients.",),
            ),
            Work(
                name="Skarvik Assurance AS",
                position="Penetration Tester",
                start_date=_date("2014-10"),
                end_date=_date("2018-12"),
                summary="Security consultancy specialised in penetration testing.",
                highlights=("Performed more than 140 web application and API penetration tests.",),
            ),
        ),
        skills=(Skill(name="Cloud", keywords=("AWS", "Terraform")),),
    )
)
TESTER_INDEX = SearchIndex.build(chunk_portfolio(TESTER), MiniLMEmbedder(runtime="numpy"))


def test_two_things_weighed_with_or_are_no_yes_or_no() -> None:
    # a sentence as close as a paraphrase needs (not as close as a yes-or-no needs) answers a choice
    jobs = [Hit(chunk=c, score=0.3, snippet="", weak=True) for c in TESTER_INDEX.chunks if c.kind == "work"]

    def closeness(sentences: Sequence[str]) -> list[float]:
        return [0.45] * len(sentences)

    weighed = "Did she have more pentests at Skarvik or as a freelancer?"
    assert len(weak_answer(weighed, jobs, TESTER_INDEX.chunks, closeness)) == 2
    assert not weak_answer("Did she do pentests at Skarvik?", jobs, TESTER_INDEX.chunks, closeness)


def test_a_choice_with_one_side_never_named_answers_the_other() -> None:
    answer = compose("aws or gcp?", TESTER, TESTER_INDEX, first_offline_answer=False)
    assert answer.answered and answer.cited
    assert answer.text.startswith("The portfolio doesn't mention gcp.") and "Terraform" in answer.text
    assert not compose("gcp or azure?", TESTER, TESTER_INDEX, first_offline_answer=False).answered


def test_the_one_sentence_close_in_meaning_is_shown_with_its_passage() -> None:
    from heyfolio.chat.offline import _SIMILARITY, _best_sentences

    text = (
        "Manage the Billing and Payouts teams, 11 people in total.\n"
        "Ran weekly 1:1s with people on both teams.\n"
        "Brought regretted attrition to zero for two years."
    )
    closeness = {"Manage": 0.08, "Ran": 0.18, "Brought": 0.32}

    def similar(sentences: Sequence[str]) -> list[float]:
        return [closeness.get(s.split()[0], 0.0) for s in sentences]

    token = _SIMILARITY.set(similar)
    try:
        said = _best_sentences(text, "Has he kept people from quitting his teams?")
    finally:
        _SIMILARITY.reset(token)
    assert "attrition" in said


def test_what_sped_up_is_answered_by_the_figure() -> None:
    from heyfolio.chat.offline import _best_sentences

    text = (
        "An engagement to make the nightly import workflow reproducible.\n"
        "Moved the import workflow from shell scripts to Nextflow.\n"
        "Cut per-sample processing time from 7 hours to 80 minutes with a Rust extension."
    )
    assert "80 minutes" in _best_sentences(text, "Which sped up more, the import workflow or the export?")
