"""A pitch aimed at a topic shows the topic passage's own result beside what was done on it: "We make
glucose meters. Why hire him?" quotes the meter firmware he wrote and the meter's start-up he cut
"from 6 s to 2 s", not the first line alone."""

from __future__ import annotations

from typing import Any

from heyfolio.chat.offline import compose
from heyfolio.content.model import Portfolio
from heyfolio.content.resume import parse_resume
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.index import SearchIndex
from heyfolio.search.minilm import MiniLMEmbedder

# an invented owner: a firmware engineer who worked on lift controllers, then on glucose meters
_RESUME: dict[str, Any] = {
    "basics": {
        "name": "Tomasz Ferreira-Lund",
        "label": "Firmware Engineer",
        "summary": "Firmware engineer writing C for small ARM microcontrollers in lifts and medical meters.",
    },
    "work": [
        {
            "name": "Hoistline",
            "position": "Firmware Engineer",
            "description": "Lift controller maker",
            "startDate": "2022-01",
            "highlights": [
                "Cut door-controller faults by 40% across 9,000 lifts.",
                "Ported the controller firmware to Zephyr.",
            ],
        },
        {
            "name": "Sparrow Scales",
            "position": "Firmware Engineer",
            "description": "Kitchen scale maker",
            "startDate": "2021-12",
            "endDate": "2021-12",
            "highlights": ["Cut the scale's standby drain by 30% for 200,000 scales a year."],
        },
        {
            "name": "Glucora Medical",
            "position": "Embedded Developer",
            "description": "Maker of blood glucose meters",
            "startDate": "2017-05",
            "endDate": "2021-11",
            "highlights": [
                "Wrote the measurement firmware of a blood glucose meter under ISO 13485.",
                "Brought glucose meter start-up time from 6 s to 2 s by reordering sensor calibration.",
            ],
        },
    ],
}
_parsed, _problems = parse_resume(_RESUME, "pitch.resume.json")
assert _parsed is not None, _problems
_PORTFOLIO = Portfolio(resume=_parsed)
_INDEX = SearchIndex.build(chunk_portfolio(_PORTFOLIO), MiniLMEmbedder(runtime="numpy"))


def test_the_topic_passage_result_follows_what_was_done_on_the_topic() -> None:
    answer = compose(
        "We make glucose meters. Why should we hire Tomasz?", _PORTFOLIO, _INDEX, first_offline_answer=False
    )
    assert answer.answered, answer.text
    assert "ISO 13485" in answer.text and "from 6 s to 2 s" in answer.text, answer.text
