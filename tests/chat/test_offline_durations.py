"""Spans of time: "how long" asks for one, and full dates are counted to the nearest month."""

from __future__ import annotations

from heyfolio.chat.offline import _best_sentences, _months
from heyfolio.search.chunks import Chunk
from heyfolio.search.index import Hit


def _job(title: str) -> Hit:
    chunk = Chunk(id="profile#work/0", uri="portfolio://profile#work/0", kind="work", title=title, text=title)
    return Hit(chunk=chunk, score=1.0, snippet=title)


def test_how_long_is_answered_by_the_sentence_stating_a_span_not_by_the_word_long() -> None:
    text = (
        "Cut the delay on long-haul routes by half.\n"
        "Stayed for two years and eight months before moving on.\n"
        "Introduced code review."
    )
    said = _best_sentences(text, "how long was she there")
    assert "two years and eight months" in said


def test_full_dates_are_counted_to_the_nearest_month() -> None:
    span = _months(_job("Manager at Acme (2021-01-04 – 2023-08-31)"))
    assert span is not None and span[1] == 32  # 2 years, 7 months and 27 days
    short = _months(_job("Manager at Acme (2021-01-20 – 2021-04-02)"))
    assert short is not None and short[1] == 2  # 2 months and 13 days
    months_only = _months(_job("Manager at Acme (2021-01 – 2023-08)"))
    assert months_only is not None and months_only[1] == 32  # January to August: both months worked


def test_the_verb_spending_the_time_is_not_a_topic_of_how_long() -> None:
    # "how long did she spend as a manager?" is not about the cloud spend the entry reports
    text = (
        "Cut the data platform's cloud spend by 38%.\n"
        "Line manager of the platform team for two years and eight months.\n"
        "Hired five people."
    )
    said = _best_sentences(text, "How long did she spend as a manager before going back?")
    assert "two years and eight months" in said
    assert "cloud spend" not in said


def test_a_month_only_range_counts_both_months_as_a_resume_reader_does() -> None:
    summer = _months(_job("Data Intern at Tallyhouse (2012-04 – 2012-09)"))
    assert summer is not None and summer[1] == 6  # April to September: a six-month placement
    school = _months(_job("Teaching Assistant at Riverside College (2014-10 – 2016-09)"))
    assert school is not None and school[1] == 24  # two school years, not 1 year and 11 months
    year_only = _months(_job("Barista at Bean Street (2008 – 2009)"))
    assert year_only is not None and year_only[1] == 24
