"""The mechanisms the s37 brewer-turned-automation-engineer probe found (tests/chat/test_probe_brewer_automation_s37.py),
each tried on a small invented owner: a running side job (a weekend consultancy begun after the main job)
does not lead "most recent"/"current" questions; the summary's sentence on the time in an occupation
leads "how long was she a <title>?" beside the one job so titled; a figure question is led by the passage
whose figure counts the thing asked, not another noun; a name's number ("IEC 62443") is no count; "how
many degrees?" counts the education entries when no sentence states it; a courtesy's letters in capitals inside a product's name
("TIA Portal") are no "thanks in advance"."""

from __future__ import annotations

import pytest

from heyfolio.chat.code_numbers import without_codes
from heyfolio.chat.figure_lead import asks_amount, figure_first
from heyfolio.chat.offline import compose
from heyfolio.chat.side_roles import side_role
from heyfolio.content.model import Basics, Education, PartialDate, Portfolio, Resume, Work
from heyfolio.search.chatter import without_chatter
from heyfolio.search.chunks import Chunk, chunk_portfolio
from heyfolio.search.index import Hit, SearchIndex


def _date(raw: str) -> PartialDate:
    year, month = (int(p) for p in raw.split("-")[:2])
    return PartialDate(raw, year, month)


RESUME = Resume(
    basics=Basics(
        name="Ines Varga",
        label="Controls engineer",
        summary="Controls engineer in Győr. I spent five years as a maltster before I moved into controls in 2020.",
    ),
    work=(
        Work(
            name="Rabaline Systems",
            position="Controls Engineer",
            start_date=_date("2020-02"),
            summary="I program the packaging lines of a bottling plant.",
            highlights=("Cut changeover time on line 3 by a third.",),
        ),
        Work(
            name="Kettle Notes",
            position="Brewing Consultant",
            description="My own consultancy, run at weekends",
            start_date=_date("2024-01"),
            highlights=("Advised three taprooms on cellar layout.",),
        ),
        Work(
            name="Dunai Malt",
            position="Maltster",
            start_date=_date("2014-09"),
            end_date=_date("2020-01"),
            highlights=("Ran the germination floor.",),
        ),
    ),
    education=(
        Education(
            institution="Szent István University",
            area="Malting and Brewing Science",
            study_type="Master of Science",
            start_date=_date("2012-09"),
            end_date=_date("2014-06"),
        ),
    ),
)
PORTFOLIO = Portfolio(resume=RESUME)
CHUNKS = chunk_portfolio(PORTFOLIO)
INDEX = SearchIndex.build(CHUNKS)


def _work(i: int) -> Chunk:
    return next(c for c in CHUNKS if c.id == f"profile#work/{i}")


def test_a_job_described_as_held_at_weekends_is_a_side_role() -> None:
    assert side_role(_work(1))
    assert not side_role(_work(0)) and not side_role(_work(2))


@pytest.mark.parametrize("title", ["Freelance Brewing Consultant", "Part-time Lecturer", "Board Advisor"])
def test_a_title_saying_so_is_a_side_role(title: str) -> None:
    chunk = Chunk(
        id="profile#work/0", kind="work", title=f"{title} at X (2021-01 – present)", text="", uri="u"
    )
    assert side_role(chunk)


def test_a_weekend_in_a_highlight_is_no_side_role() -> None:
    text = "Work experience: Engineer at X (2021-01 – present)\nX: A dairy\nHighlights:\n- Migrated over a weekend."
    chunk = Chunk(
        id="profile#work/0", kind="work", title="Engineer at X (2021-01 – present)", text=text, uri="u"
    )
    assert not side_role(chunk)


@pytest.mark.parametrize("question", ["What is her most recent job?", "Where does she work now?"])
def test_the_main_job_leads_a_side_job_begun_after_it(question: str) -> None:
    answer = compose(question, PORTFOLIO, INDEX, first_offline_answer=False)
    lead = answer.text.split("[1]")[0]
    assert "Rabaline Systems" in lead and "Kettle Notes" not in lead, answer.text


@pytest.mark.parametrize(
    ("message", "question"),
    [
        ("Does he know TIA Portal?", "Does he know TIA Portal?"),
        ("how long was he at Acme? TIA", "how long was he at Acme?"),
        ("where is she based, TIA Maria", "where is she based"),
    ],
)
def test_a_courtesy_in_capitals_inside_a_name_is_kept(message: str, question: str) -> None:
    assert without_chatter(message) == question


def test_the_summary_s_time_in_an_occupation_leads_over_a_degree_in_it() -> None:
    answer = compose("How long was she a maltster?", PORTFOLIO, INDEX, first_offline_answer=False)
    lead = answer.text.split("[1]")[0]
    assert "five years as a maltster" in lead and "Master of Science" not in answer.text.split("[2]")[0], (
        answer.text
    )


def _hit(text: str, n: int) -> Hit:
    return Hit(
        chunk=Chunk(id=f"profile#work/{n}", kind="work", title=f"Job {n}", text=text, uri=f"u{n}"),
        score=1.0,
        snippet=text,
    )


def _figure_lead(question: str, texts: list[str]) -> str:
    hits = [_hit(t, n) for n, t in enumerate(texts)]
    strength = {id(h): 1.0 for h in hits}
    led = figure_first(
        hits, question, lambda h: h.chunk.text, strength, lambda s: any(c.isdigit() for c in s)
    )
    return led[0].chunk.text


def test_a_figure_of_the_asked_noun_leads_one_of_another_noun() -> None:
    texts = ["Ran six free workshops on kiln automation.", "Automated a 12-tonne kiln for a maltings."]
    assert _figure_lead("How big was the kiln she automated?", texts) == texts[1]


def test_a_bare_figure_first_keeps_its_place() -> None:
    texts = ["Cut kiln drying time by 18%.", "Automated a 12-tonne kiln for a maltings."]
    assert _figure_lead("How much did she cut kiln drying time?", texts) == texts[0]


def test_a_level_reached_is_a_figure_asked() -> None:
    assert asks_amount("What OEE did the filling lines reach?")
    assert not asks_amount("What did she do at the brewery?")
    # a change named is no amount asked: its account leads, not a figure of the same noun
    assert not asks_amount("Which client engagement did flowlint grow out of?")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("ISA/IEC 62443 Cybersecurity Fundamentals Specialist", False),
        ("Siemens S7-1500 PLCs with ISA-88 batch control", False),
        ("Commissioned 14 plant upgrades", True),
        ("Raised NPS 72 to 80", True),
        ("Cut cycle time by 22%", True),
    ],
)
def test_a_number_naming_a_standard_or_model_is_no_amount(text: str, kept: bool) -> None:
    assert any(c.isdigit() for c in without_codes(text)) is kept


def test_how_many_degrees_counts_the_education_entries() -> None:
    resume = Resume(
        basics=RESUME.basics,
        work=RESUME.work,
        education=(
            *RESUME.education,
            Education(
                institution="Széchenyi István University",
                area="Mechatronics",
                study_type="Bachelor of Science",
            ),
        ),
    )
    portfolio = Portfolio(resume=resume)
    index = SearchIndex.build(chunk_portfolio(portfolio))
    answer = compose("How many degrees does she have?", portfolio, index, first_offline_answer=False)
    assert answer.answered and "lists 2" in answer.text and "Mechatronics" in answer.text, answer.text
