"""A performance figure asked of one named thing ("what was the p99 latency of <API>?", "how accurate is
<app>?") is answered only by a passage of that thing stating a figure of the kind; when none does, what
search found is marked weak, even when the thing states other figures. The stating side is broad: a
figure said in other words ("from 2.1 s to 160 ms", "1.1 million transactions a day") answers."""

from __future__ import annotations

import pytest

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex
from heyfolio.search.metrics import asked_metric, asked_year, lines_for_year, states_metric


def _chunks() -> list[Chunk]:
    def chunk(ident: str, kind: str, title: str, text: str) -> Chunk:
        return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text)

    return [
        chunk("profile#basics", "basics", "Ada Brenner — Engineer", "Ada builds payment backends in Graz."),
        chunk(
            "profile#work/0",
            "work",
            "Backend Engineer at Kranich Pay (2020-01 – present)",
            "Work experience: Backend Engineer at Kranich Pay (2020-01 – present)\n"
            "Kranich Pay: card payments for Austrian web shops\n"
            "Highlights:\n- Kept the refund API at 99.97% availability.\n"
            "- Cut the yearly cloud bill by EUR 120,000.",
        ),
        chunk(
            "profile#work/1",
            "work",
            "Developer at Lerche Maps (2017-03 – 2019-12)",
            "Work experience: Developer at Lerche Maps (2017-03 – 2019-12)\n"
            "Highlights:\n- Cut tile rendering from 900 ms to 120 ms per request.\n"
            "- Served 4,000 requests per second at peak.",
        ),
        chunk(
            "profile#projects/0",
            "resume_project",
            "floeorakel (2022-05)",
            "Project: floeorakel (2022-05) — A web app that predicts ferry delays on the Danube.\n"
            "Highlights:\n- About 900 weekly users.",
        ),
    ]


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex.build(_chunks())


def test_the_kind_of_figure_a_question_asks() -> None:
    assert asked_metric("What was the p99 latency of the refund API?") == "latency"
    assert asked_metric("How many requests per second does it serve?") == "throughput"
    assert asked_metric("What's the crash rate of the app?") == "errors"
    assert asked_metric("How accurate is floeorakel?") == "accuracy"
    assert asked_metric("What's the word error rate of the model?") == "accuracy"
    assert asked_metric("What was the conversion rate of the shop?") == "conversion"
    assert asked_metric("kafka throughput tuning") is None  # a topic, no figure asked
    assert asked_metric("How many stars does it have?") is None


def test_a_figure_said_in_other_words_is_stated() -> None:
    assert states_metric(["Cut tile rendering from 900 ms to 120 ms"], "latency")
    assert states_metric(["Handles 1.1 million transactions a day"], "throughput")
    assert states_metric(["crash-free sessions went from 98% to 99.6%"], "errors")
    assert states_metric(["keeps 97% of its macro-F1"], "accuracy")
    assert not states_metric(["Kept the API at 99.97% availability"], "latency")
    assert not states_metric(["Started in 2021 (2021-03)"], "latency")  # a date is no figure of it


def test_a_latency_the_named_employer_never_states_is_weak(index: SearchIndex) -> None:
    hits = index.search("What was the p99 latency of the Kranich Pay refund API?", weak=True)
    assert hits and all(h.weak for h in hits)


def test_accuracy_of_a_project_stating_only_users_is_weak(index: SearchIndex) -> None:
    hits = index.search("How accurate are floeorakel's predictions?", weak=True)
    assert hits and all(h.weak for h in hits)


def test_a_figure_the_named_entry_states_answers(index: SearchIndex) -> None:
    hits = index.search("What was the latency of the tile rendering at Lerche Maps?")
    assert hits and hits[0].chunk.id == "profile#work/1" and not hits[0].weak
    hits = index.search("How many requests per second did Lerche Maps serve?")
    assert hits and hits[0].chunk.id == "profile#work/1" and not hits[0].weak


def test_a_metric_asked_of_no_named_thing_is_left_to_ranking(index: SearchIndex) -> None:
    hits = index.search("What latency improvements has she delivered?")
    assert hits and not hits[0].weak


def test_recovery_attrition_occupancy_and_placement_are_kinds_asked() -> None:
    assert asked_metric("What is the mean time to recovery at Kranich Pay?") == "recovery"
    assert asked_metric("What's the MTTR of the refund API?") == "recovery"
    assert asked_metric("What is the attrition rate of her team at Kranich Pay?") == "attrition"
    assert asked_metric("What was the occupancy rate at the hotel?") == "occupancy"
    assert asked_metric("What share of her students found jobs in tech?") == "placement"
    assert asked_metric("How much traffic did the shop get?") == "throughput"
    # said in other words on the stating side
    assert states_metric(["- Cut incident resolution from 3 hours to 40 minutes."], "recovery")
    assert states_metric(["- 11 of the 25 students now work as developers."], "placement")
    assert not states_metric(["- Taught two evenings a week alongside my full-time job."], "placement")
    assert not states_metric(["- Led a team of 14 night receptionists."], "occupancy")


def test_a_recovery_time_the_entry_never_states_comes_back_weak(index: SearchIndex) -> None:
    hits = index.search("What is the mean time to recovery at Kranich Pay?", weak=True)
    assert hits and all(h.weak for h in hits)


def test_pass_rates_and_battery_life_are_kinds_asked() -> None:
    assert asked_metric("What is the pass rate of her nightly test suite?") == "errors"
    assert asked_metric("How long does the sensor's battery last?") == "battery"
    assert asked_metric("What battery life did the tracker reach?") == "battery"
    assert states_metric(["Extended battery life from 9 hours to 14 hours."], "battery")
    assert states_metric(["98% of builds passed on the first run."], "errors")
    assert not states_metric(["A solar-powered weather station on Zephyr."], "battery")


def test_a_figure_dated_to_other_years_states_none_for_the_year_asked() -> None:
    line = ["Brought regretted attrition in my teams to zero for 2024 and 2025."]
    assert states_metric(line, "attrition")  # "zero" is a figure
    assert states_metric(line, "attrition", "2024")
    assert not states_metric(line, "attrition", "2023")
    assert states_metric(["Kept attrition under 5%."], "attrition", "2023")  # undated: may be any year
    assert states_metric(["Attrition below 5% since 2021."], "attrition", "2023")  # a span covers it


def test_battery_life_of_a_named_project_stating_none_is_weak() -> None:
    def chunk(ident: str, kind: str, title: str, text: str) -> Chunk:
        return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text)

    index = SearchIndex.build(
        [
            chunk("profile#basics", "basics", "Ute Rahn — Firmware", "Ute writes firmware in Ulm."),
            chunk(
                "profile#projects/0",
                "resume_project",
                "Dachfunk (2020-04)",
                "Project: Dachfunk (2020-04) — A solar-powered rooftop weather station on Zephyr.",
            ),
            chunk(
                "profile#work/0",
                "work",
                "Firmware Engineer at Pumpwerk Medizin (2016-05 – 2019-09)",
                "Work experience: Firmware Engineer at Pumpwerk Medizin (2016-05 – 2019-09)\n"
                "Pumpwerk Medizin: maker of infusion pumps\n"
                "Highlights:\n- Extended pump battery life from 9 hours to 14 hours.",
            ),
        ]
    )
    hits = index.search("How long does the Dachfunk station's battery last?", weak=True)
    assert hits and all(h.weak for h in hits)
    hits = index.search("How long does the pump's battery last at Pumpwerk Medizin?")
    assert hits and not hits[0].weak


def test_test_coverage_is_a_kind_asked() -> None:
    assert asked_metric("What test coverage did he reach at the start-up?") == "coverage"
    assert asked_metric("What was the code coverage of the billing service?") == "coverage"
    assert states_metric(["Raised line coverage from 41% to 73%."], "coverage")
    assert not states_metric(["Cut duplicate readings from 3% to 0.1%."], "coverage")


def test_the_year_asked_and_the_lines_that_may_state_a_figure_for_it() -> None:
    assert asked_year("How many users did it have in January 2025?") == "2025"
    assert asked_year("What was attrition in 2023?") == "2023"
    assert asked_year("What was attrition last year?") is None
    lines = [
        "6,500 weekly users in January 2026",
        "1,200 stars",
        "users grew since 2021",
        "2019-05 – 2021-08: 40 users",
    ]
    assert lines_for_year(lines, "2025") == ["1,200 stars", "users grew since 2021"]
    assert lines_for_year(lines, "2020") == [
        "1,200 stars",
        "users grew since 2021",
        "2019-05 – 2021-08: 40 users",
    ]
    assert lines_for_year(lines, None) == lines
