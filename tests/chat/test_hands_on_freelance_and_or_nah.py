"""Question shapes the offline answerer read wrongly: "is he still technical or just a people
manager now?" is answered by the technical work the manager keeps (people.hands_on_reply), not only
by the people managed; "how long has she been working independently?" asks the time in the jobs
titled so (occupation_span.names_occupation), not the whole career; the summary sentence naming
the employer asked about speaks of that job (people._statements); a closing "or nah?" is chat's
"or not" and a closing "just curious" is chatter (search.text._untagged, search.chatter), no words
a passage needs."""

from __future__ import annotations

from heyfolio.chat.occupation_span import names_occupation
from heyfolio.chat.offline import OfflineAnswer, compose
from heyfolio.chat.people import asks_hands_on, hands_on_reply
from heyfolio.content.model import Basics, Education, PartialDate, Portfolio, Resume, Work
from heyfolio.search.chatter import without_chatter
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.index import SearchIndex
from heyfolio.search.text import parse_query


def _date(raw: str) -> PartialDate:
    year, month = (int(p) for p in raw.split("-")[:2])
    return PartialDate(raw, year, month)


# An invented engineering manager in Tampere who kept some technical work.
MANAGER = Resume(
    basics=Basics(
        name="Aarne Kivelä",
        label="Engineering Manager",
        summary=(
            "Engineering manager in Tampere who came up through embedded Linux work. I lead three teams "
            "building ticketing services. I still write the occasional prototype and sit in on architecture "
            "reviews, but most of my time is hiring and planning."
        ),
    ),
    work=(
        Work(
            name="Lippu Systems Oy",
            position="Engineering Manager",
            start_date=_date("2021-05"),
            summary="Manage three teams (17 engineers) and run their quarterly planning.",
        ),
        Work(
            name="Satamalinja",
            position="Senior Embedded Engineer",
            start_date=_date("2014-01"),
            end_date=_date("2021-04"),
            summary="Wrote the gate controllers' firmware; tech lead for a team of four from 2019.",
        ),
    ),
)

# An invented independent consultant in Porto who was a lab scientist first; she quit a doctorate.
CONSULTANT = Resume(
    basics=Basics(
        name="Rita Valadares",
        label="Independent Data Consultant",
        summary="Data consultant in Porto. After six years as a lab scientist I have worked for myself since March 2018.",
    ),
    work=(
        Work(
            name="Valadares Dados",
            position="Independent Consultant",
            start_date=_date("2018-03"),
            summary="My one-person practice for analytics work for small retailers.",
        ),
        Work(
            name="Mercado Norte",
            position="Contract Analytics Engineer",
            start_date=_date("2020-01"),
            end_date=_date("2021-06"),
            summary="Rebuilt the weekly sales reports in dbt.",
        ),
        Work(
            name="Instituto Douro",
            position="Lab Scientist",
            start_date=_date("2012-02"),
            end_date=_date("2018-02"),
            summary="Ran soil chemistry assays for vineyard studies.",
        ),
    ),
    education=(
        Education(
            institution="Universidade do Minho",
            area="Soil Chemistry",
            study_type="Doctoral studies, abandoned",
            courses=("Left in 2017 without defending a thesis",),
        ),
    ),
)


def _ask(resume: Resume, question: str) -> OfflineAnswer:
    portfolio = Portfolio(resume=resume)
    return compose(
        question, portfolio, SearchIndex.build(chunk_portfolio(portfolio)), first_offline_answer=False
    )


def test_staying_technical_is_asked_but_a_hands_on_skill_is_not() -> None:
    assert asks_hands_on("is he still technical at all or just a people manager now?")
    assert asks_hands_on("Does she still code?")
    assert asks_hands_on("is he still hands-on?")
    assert asks_hands_on("is she a manager or more of a hands-on lead?")
    assert not asks_hands_on("Does he have hands-on Kafka experience?")
    assert not asks_hands_on("any hands-on Redis work in his background?")
    assert not asks_hands_on("Does he manage people?")


def test_the_technical_work_a_manager_keeps_answers_whether_he_is_still_technical() -> None:
    said = hands_on_reply("Is he still hands-on?", chunk_portfolio(Portfolio(resume=MANAGER)), "Aarne")
    assert said and "still write the occasional prototype" in said[0].text
    answer = _ask(MANAGER, "is he still technical at all or just a people manager now?")
    assert answer.answered and answer.cited
    assert "still write the occasional prototype" in answer.text
    assert "17 engineers" in answer.text  # the people managed still follow


def test_no_kept_technical_work_leaves_the_question_to_the_rest() -> None:
    chunks = chunk_portfolio(Portfolio(resume=CONSULTANT))
    assert hands_on_reply("is she still hands-on?", chunks, "Rita") is None


def test_working_independently_asks_the_freelance_jobs_not_the_career() -> None:
    assert names_occupation("how long has she been working independently?", CONSULTANT)
    assert not names_occupation("how long has she been working?", CONSULTANT)
    answer = _ask(CONSULTANT, "how long has she been working independently?")
    assert answer.answered and answer.cited
    assert "2018-03" in answer.text and "Contract Analytics Engineer" in answer.text
    assert "work history runs from" not in answer.text


def test_a_closing_or_nah_is_no_subject() -> None:
    terms = {t for g in parse_query("did she finish the doctorate or nah?") for t, _ in g.terms}
    assert "nah" not in terms
    answer = _ask(CONSULTANT, "did she actually finish the phd or nah?")
    assert answer.answered and "abandoned" in answer.text


def test_a_closing_just_curious_is_chatter_not_the_question() -> None:
    assert (
        without_chatter("does he coach anyone outside work? just curious")
        == "does he coach anyone outside work?"
    )
    assert without_chatter("where is he based, just wondering") == "where is he based"
    assert without_chatter("is he curious?") == "is he curious?"


# An invented tech lead whose summary, not the job entry, states the people she leads there.
LEAD = Resume(
    basics=Basics(
        name="Ines Brandvold",
        label="Senior ML Engineer",
        summary=(
            "Machine-learning engineer in Bergen. Since 2023 I work on sonar models at Havbruk Analytics, "
            "where I am the tech lead of three ML engineers (no direct reports)."
        ),
    ),
    work=(
        Work(
            name="Havbruk Analytics",
            position="Senior ML Engineer",
            start_date=_date("2023-01"),
            summary="Lead the sonar modelling team that counts fish in sea pens.",
        ),
        Work(
            name="Fjordkart",
            position="Data Scientist",
            start_date=_date("2019-01"),
            end_date=_date("2022-12"),
            summary="Mapped seabed depth from survey data.",
        ),
    ),
)


def test_the_summary_sentence_naming_the_employer_speaks_of_that_job() -> None:
    answer = _ask(LEAD, "How many people does she lead at Havbruk, and does she have direct reports?")
    assert answer.answered and answer.cited
    assert "three ML engineers" in answer.text and "sonar modelling team" in answer.text
