"""Recruiter phrasings read for what they ask (the owner is made up for these tests): "stuff" is a filler
like "things"; "right now" / "rn" place the question now; "rewrote" is "rewrite"; "the most technically
impressive project", "her most-downloaded package" and "if you could only show me one thing she made"
rank the projects; "why is she ready for ...", "3 reasons Runa would be ..." are the pitch, which leaves
out a reference that is only "available on request"; "her job right before she became a manager" is
the full-time job she left, not a part-time one run beside it; "how'd she end up in tech?" is the career
before the change; the summary sentence is not chosen for the owner's name in the email address."""

from __future__ import annotations

from heyfolio.chat.career_change import career_change_reply
from heyfolio.chat.offline import _intent, compose
from heyfolio.chat.ranking import ranking_order
from heyfolio.content.model import (
    Award,
    Basics,
    PartialDate,
    Portfolio,
    Publication,
    Reference,
    Resume,
    ResumeProject,
    Work,
)
from heyfolio.search.career import read_career
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.index import SearchIndex
from heyfolio.search.text import analyze, parse_query
from heyfolio.search.understand import read_pitch, read_superlative


def _date(raw: str) -> PartialDate:
    parts = [int(p) for p in raw.split("-")]
    return PartialDate(
        raw, parts[0], parts[1] if len(parts) > 1 else None, parts[2] if len(parts) > 2 else None
    )


RESUME = Resume(
    basics=Basics(
        name="Runa Falk",
        label="Staff data engineer",
        email="runa.falk@example.com",
        summary=(
            "Data engineer in Umeå who ran a bakery for six years before moving into software through a "
            "bootcamp in 2015. I like pipelines that are boring and cheap."
        ),
    ),
    work=(
        Work(
            name="Norrsken Pay",
            position="Staff Data Engineer",
            start_date=_date("2023-05"),
            highlights=("Built the event pipeline that carries 9,000 payments a second.",),
        ),
        Work(
            name="Tallbo Freight",
            position="Engineering Manager",
            start_date=_date("2020-01"),
            end_date=_date("2023-04"),
            highlights=("Grew the data team from three to eight engineers.",),
        ),
        Work(
            name="Freelance",
            position="Freelance Data Engineer (part-time)",
            start_date=_date("2019-03"),
            end_date=_date("2020-02"),
            highlights=("Built weekend dashboards for a health-tech client.",),
        ),
        Work(
            name="Tallbo Freight",
            position="Site Reliability Engineer",
            start_date=_date("2017-06"),
            end_date=_date("2019-12"),
            highlights=(
                "Led the Android rewrite of the driver app, which reached 300,000 downloads.",
                "Cut pages per on-call week from 30 to 6.",
            ),
        ),
        Work(
            name="Bageri Lind",
            position="Owner and Baker",
            start_date=_date("2009-03"),
            end_date=_date("2015-02"),
            highlights=("Ran a bakery with four staff.",),
        ),
    ),
    projects=(
        ResumeProject(
            name="fjordflow",
            description="Open-source Python package for streaming joins.",
            highlights=("1,900 GitHub stars and 40,000 downloads a month from PyPI.",),
        ),
        ResumeProject(
            name="kvarn",
            description="Command-line tool that checks dbt models for missing tests.",
            highlights=("300 GitHub stars.",),
        ),
    ),
    references=(Reference(name="Available on request", reference="References are available on request."),),
)
PORTFOLIO = Portfolio(resume=RESUME)
CHUNKS = chunk_portfolio(PORTFOLIO)
INDEX = SearchIndex.build(CHUNKS)


def _words(q: str) -> list[str]:
    return [g.word for g in parse_query(q)]


def test_stuff_is_a_filler_word() -> None:
    assert "stuff" not in analyze("has she done any safety-critical stuff?")
    assert _words("any safety-critical stuff?") == _words("any safety-critical things?")


def test_right_now_and_rn_place_the_question_now() -> None:
    assert "now" in _words("how big is her team rn")
    # a portfolio writing "rn" itself (a React Native project) keeps the word
    assert "rn" in [g.word for g in parse_query("any rn work?", {"rn"}.__contains__)]


def test_prefixed_irregular_verbs_fold_like_their_roots() -> None:
    assert analyze("rewrote") == analyze("rewrite") == analyze("rewritten")
    hits = INDEX.search("how many downloads did the app she rewrote for Android get?", 3)
    assert hits and "Site Reliability Engineer" in hits[0].chunk.title and not hits[0].weak


def test_ranking_phrasings_rank_the_projects() -> None:
    for q in (
        "what's her most technically impressive project?",
        "what's her most-downloaded package?",
        "if you could only show me one thing Runa made, what would it be?",
    ):
        assert ranking_order(q) == "popular", q
    assert ranking_order("what's her salary package?") is None
    assert read_superlative("what's her current comp package?") is None  # pay, not the newest project
    answer = compose("what's her most-downloaded package?", PORTFOLIO, INDEX, first_offline_answer=False)
    assert answer.answered and "fjordflow" in answer.text.split("\n")[1]


def test_ready_for_and_reasons_named_are_the_pitch() -> None:
    assert read_pitch("why is runa ready for a staff role already?") == "pitch"
    assert read_pitch("give me 3 reasons Runa would be a great data lead") == "pitch"
    assert read_pitch("why is it ready?") is None
    assert _intent("why is Runa qualified for this?", ["Runa", "Falk"]) == "pitch"


def test_the_pitch_leaves_out_a_reference_only_available_on_request() -> None:
    answer = compose("why should we hire Runa?", PORTFOLIO, INDEX, first_offline_answer=False)
    assert answer.answered and "on request" not in answer.text


def test_the_job_right_before_a_change_is_the_full_time_one_left() -> None:
    hits = INDEX.search("what was her job right before she became a manager?", 3)
    assert "Site Reliability Engineer" in hits[0].chunk.title


def test_how_she_ended_up_in_tech_is_the_career_before() -> None:
    q = "how'd runa end up in tech lol"
    assert read_career(q) == "before"
    said = career_change_reply("how'd Runa end up in tech?", RESUME, INDEX.get, "Runa")
    assert said and "bakery" in said[0].text and any("Bageri Lind" in s.text for s in said)
    hits = INDEX.search("how did she end up in tech?", 3)
    assert hits[0].chunk.kind == "basics"  # the health-tech line does not lead


def test_the_summary_sentence_is_not_chosen_for_the_name_in_the_email() -> None:
    answer = compose("how did Runa get into dashboards?", PORTFOLIO, INDEX, first_offline_answer=False)
    assert "runa.falk@example.com" not in answer.text
    asked = compose("what's Runa's email?", PORTFOLIO, INDEX, first_offline_answer=False)
    assert "runa.falk@example.com" in asked.text


LATER = Resume(
    basics=Basics(name="Oda Vik", label="Firmware engineer", summary="Firmware engineer in Bergen."),
    work=(
        Work(
            name="Havbris Marine",
            position="Senior Firmware Engineer",
            start_date=_date("2021-03"),
            highlights=("Cut the boot time of the sonar unit from 3 s to 1 s.",),
        ),
        Work(
            name="Kystlab",
            position="Teaching Assistant (part-time)",
            start_date=_date("2019-09"),
            end_date=_date("2021-06"),
            highlights=("Ran the embedded systems labs.",),
        ),
        Work(
            name="Lumo Sensors",
            position="Firmware Developer",
            start_date=_date("2018-01"),
            end_date=_date("2021-02"),
            highlights=("Wrote sensor firmware on nRF52.",),
        ),
        Work(
            name="Fjellpunkt",
            position="Firmware Intern",
            start_date=_date("2017-06"),
            end_date=_date("2017-08"),
            highlights=("Wrote a bootloader test rig.",),
        ),
    ),
    awards=(
        Award(title="Grand Prize, Bergen Hardware Hackathon", date=_date("2020-05"), awarder="Bergen Makers"),
    ),
    publications=(
        Publication(
            name="Booting sonar units in one second",
            publisher="Subsea Embedded Days (conference talk)",
            release_date=_date("2023-10-02"),
            summary="How the boot time was cut.",
        ),
    ),
    projects=(
        ResumeProject(
            name="Lumo Tools",
            description="Open-source flashing tools for nRF52 boards.",
            highlights=("400 GitHub stars.",),
            start_date=_date("2022-01"),
        ),
    ),
)
LATER_INDEX = SearchIndex.build(chunk_portfolio(Portfolio(resume=LATER)))


def test_the_job_held_when_something_happened() -> None:
    hits = LATER_INDEX.search("which company was she at when she gave the subsea talk?", 3)
    assert "Havbris Marine" in hits[0].chunk.title
    hits = LATER_INDEX.search("what was she doing the year she won the hackathon?", 3)
    assert "Lumo Sensors" in hits[0].chunk.title  # the full-time job, before the part-time one beside it


def test_a_job_asked_after_a_name_is_the_job_not_a_project_named_alike() -> None:
    hits = LATER_INDEX.search("who did she work for right after Lumo?", 3)
    assert hits[0].chunk.kind == "work"  # not the Lumo Tools project
    assert any("Havbris Marine" in h.chunk.title for h in hits)


def test_an_internship_asked_is_a_job() -> None:
    hits = LATER_INDEX.search("which internship came right before her job at Lumo Sensors?", 3)
    assert "Fjellpunkt" in hits[0].chunk.title


def test_more_ranking_and_pitch_cues() -> None:
    sup = read_superlative("which project got the most love on GitHub?")
    assert sup is not None and sup.order == "popular"
    assert read_pitch("what's her claim to fame?") == "pitch"
    assert read_pitch("what are her greatest hits?") == "pitch"


def test_the_thing_doubted_is_searched_alone_when_the_other_is_never_written() -> None:
    # "hobby" is nowhere in the portfolio: asked alone, the first thing named is found
    answer = compose(
        "has she put the sonar firmware into production, or just hobby stuff?",
        Portfolio(resume=LATER),
        LATER_INDEX,
        first_offline_answer=False,
    )
    assert answer.answered and "sonar" in answer.text
