"""A question asking a kind of fact the portfolio never states where it asks it comes back weak: a
count of a thing a highlight mentions, a rating, a headcount, a team's size, the people at a talk, a
thesis or a budget no passage speaks of, a salary where only a company's name says "pay". Each is read
broadly on the stating side, so the same questions about what the portfolio does state still answer."""

from __future__ import annotations

from heyfolio.search.chunks import Chunk
from heyfolio.search.figures import asked_measure, mentioned_names, mentioning_lines
from heyfolio.search.index import SearchIndex


def _chunk(ident: str, kind: str, title: str, text: str, name: str = "") -> Chunk:
    keywords = (name,) if name else ()
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text, keywords=keywords)


# A fictional mobile developer in Kraków: none of these words come from a question set.
CHUNKS = [
    _chunk("profile#basics", "basics", "Wanda Ostrowska — Mobile Developer", "Wanda builds apps in Kraków."),
    _chunk(
        "profile#work/0",
        "work",
        "Mobile Developer at Kasa Pay (2021-02 – present)",
        "Work experience: Mobile Developer at Kasa Pay (2021-02 – present)\n"
        "Kasa Pay: buy-now-pay-later checkout for online shops.\n"
        "- Member of a five-person mobile team.\n"
        "- Rebuilt the checkout screens in SwiftUI.\n"
        "- Set up a two-week release train with Fastlane.",
        "Kasa Pay",
    ),
    _chunk(
        "profile#work/1",
        "work",
        "Freelance Developer at Freelance (2018-01 – 2021-01)",
        "Work experience: Freelance Developer at Freelance (2018-01 – 2021-01)\n"
        "- Built Kafelek, an ordering app for a chain of six bakeries; it took 20,000 orders a month.\n"
        "- Built Rowerek, a bike-rental app rated 4.6 from 900 reviews.",
    ),
    _chunk(
        "profile#work/2",
        "work",
        "Junior Developer at Sowa Studio (2016-03 – 2017-12)",
        "Work experience: Junior Developer at Sowa Studio (2016-03 – 2017-12)\n"
        "Sowa Studio: an agency building websites for museums.",
    ),
    _chunk(
        "profile#education/0",
        "education",
        "Master in Computer Science at Wisła University (2014-10 – 2016-06)",
        "Education: Master in Computer Science at Wisła University (2014-10 – 2016-06)",
    ),
    _chunk(
        "profile#projects/1",
        "resume_project",
        "Chmurka (2020-04)",
        "Project: Chmurka (2020-04) — A solar weather station on nRF52 that posts readings over Thread.",
    ),
    _chunk(
        "profile#education/1",
        "education",
        "Doctoral studies (Dr. rer. nat.), discontinued at Wisła University (2016-10)",
        "Education: Doctoral studies (Dr. rer. nat.), discontinued at Wisła University (2016-10)\n"
        "Courses covered: Research topic: offline payments.",
    ),
    _chunk(
        "profile#publications/0",
        "publication",
        "Offline-first checkout (Mobile Vistula 2024)",
        "Publication: Offline-first checkout (Mobile Vistula 2024) — a conference talk.",
    ),
]
INDEX = SearchIndex.build(CHUNKS)


def test_counts_asked_without_how_many_and_a_measure_word() -> None:
    assert asked_measure("What's the headcount at Sowa Studio?") == "employee"
    assert asked_measure("team size at Kasa Pay?") == "team"
    assert asked_measure("How big is her team at Kasa Pay?") == "team"
    assert asked_measure("How many people came to her Mobile Vistula talk?") == "attendee"
    assert asked_measure("What rating does the Kafelek app have?") == "rating"
    assert asked_measure("How many members does the club have?") == "member"
    # a comparison of two ratings is left to ranking
    assert asked_measure("Which app has the better rating, Kafelek or Rowerek?") is None


def test_a_thing_a_highlight_mentions_is_counted_by_the_line_naming_it() -> None:
    assert mentioned_names(
        "How many downloads did the Kafelek app get on the App Store?", lambda _: False
    ) == [
        "Kafelek",
        "App Store",
    ]
    assert mentioned_names("How many users does Wanda's app have?", lambda w: w == "wanda") == []
    passages = [("Freelance", "Built Kafelek, an app.\nBuilt Rowerek."), ("Kafelek", "An app.\n900 reviews.")]
    assert mentioning_lines(passages, "Kafelek") == ["Built Kafelek, an app.", "An app.\n900 reviews."]
    assert INDEX.unstated("How many downloads did the Kafelek app get?")
    assert INDEX.unstated("What rating does the Kafelek app have on the App Store?")
    assert not INDEX.unstated("What rating does the Rowerek app have?")


def test_a_headcount_a_team_and_an_audience_the_entry_does_not_state() -> None:
    assert INDEX.unstated("headcount at Sowa Studio?")
    assert INDEX.unstated("How big was her team at Sowa Studio?")
    assert not INDEX.unstated("How big is her team at Kasa Pay?")  # a five-person team
    assert INDEX.unstated("How many people came to her Mobile Vistula talk?")


def test_people_using_a_thing_are_any_figure_of_it() -> None:
    assert asked_measure("How many people use Chmurka?") == "usage"
    assert INDEX.unstated("How many people use Chmurka?")  # "nRF52" is a name, not a figure
    assert not INDEX.unstated("How many people use Rowerek?")  # "900 reviews" may well be it


def test_a_salary_a_thesis_or_a_budget_no_passage_speaks_of() -> None:
    assert INDEX.unstated("What salary does Wanda expect?")  # "Kasa Pay" is a name, not her pay
    assert not [h for h in INDEX.search("What salary does Wanda expect?", 5) if not h.weak]
    assert INDEX.unstated("What was her master's thesis about?")
    assert INDEX.unstated("What budget does she manage?")
    with_thesis = [
        *CHUNKS,
        _chunk("profile#projects/0", "resume_project", "Sowa", "Project: Sowa — from my master's thesis."),
    ]
    assert not SearchIndex.build(with_thesis).unstated("What was her master's thesis about?")


def test_a_founding_and_a_supervisor_no_passage_states() -> None:
    assert INDEX.unstated("When was Kasa Pay founded?")  # a release train set up is no company founded
    assert INDEX.unstated("Who was her PhD supervisor?")  # "Dr. rer. nat." is a degree, not a person
    advised = [
        *CHUNKS,
        _chunk("profile#education/2", "education", "PhD at Odra University", "Advisor: Dr. Anna Berg."),
    ]
    assert not SearchIndex.build(advised).unstated("Who was her PhD supervisor?")
