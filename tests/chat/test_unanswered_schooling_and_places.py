"""Near misses about where the owner lived and how she was schooled: a city the portfolio never names,
a bootcamp or a business school no entry states, a school whose words are the owner's city. Each is
"not in the portfolio", not the closest fact; what the portfolio does state is still answered."""

from __future__ import annotations

from heyfolio.chat.degrees import absent_degree
from heyfolio.chat.places import absent_place
from heyfolio.chat.support import unsupported
from heyfolio.search.chunks import Chunk


def _chunk(ident: str, kind: str, title: str, text: str) -> Chunk:
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text)


BASICS = _chunk(
    "profile#basics",
    "basics",
    "Ines Brandt — Backend Engineer",
    "Ines Brandt — Backend Engineer\nLocation: Hamburg, DE\nBackend engineer in Hamburg; I moved into software "
    "after a twelve-week coding bootcamp.",
)
EDUCATION = _chunk(
    "profile#education/0",
    "education",
    "Bachelor of Arts in Linguistics at University of Leipzig (2010-10 – 2014-07)",
    "Education: Bachelor of Arts in Linguistics at University of Leipzig (2010-10 – 2014-07)",
)
WORK = _chunk(
    "profile#work/0",
    "work",
    "Backend Engineer at Kranhaus (2019-03 – present)",
    "Work experience: Backend Engineer at Kranhaus in Hamburg\nBuilt the booking API.",
)
CHUNKS = [BASICS, EDUCATION, WORK]
WORDS = {w.casefold() for c in CHUNKS for w in f"{c.title} {c.text}".replace(",", " ").split()}


def test_a_city_never_named_is_absent_and_one_named_is_not() -> None:
    assert absent_place("Did she ever live in Barcelona?", WORDS.__contains__) == "Barcelona"
    assert absent_place("Has Ines lived in New York?", WORDS.__contains__) == "New York"
    assert absent_place("Has she lived in Leipzig?", WORDS.__contains__) is None  # her school's city
    assert absent_place("Did she live in Spain?", WORDS.__contains__) is None  # a country: its own reading
    assert absent_place("Has she worked in Kotlin?", WORDS.__contains__) is None  # working names no place


def test_schooling_of_a_kind_no_entry_states_is_absent() -> None:
    no_bootcamp = [EDUCATION, WORK]
    assert absent_degree("Did she attend a coding bootcamp?", no_bootcamp) == "a bootcamp"
    assert absent_degree("Did she go to a bootcamp?", CHUNKS) is None  # her own summary says so
    assert absent_degree("Which business school did she go to?", CHUNKS) == "an MBA"


def test_a_school_whose_words_are_her_city_is_not_hers() -> None:
    assert unsupported("Did she study at the University of Hamburg?", CHUNKS, ["Ines", "Brandt"]) == [
        "Hamburg"
    ]
    assert unsupported("Did she study at the University of Leipzig?", CHUNKS, ["Ines", "Brandt"]) == []


def test_an_industry_is_read_from_what_she_did_not_what_she_likes() -> None:
    games = _chunk(
        "profile#interests/0", "interest", "Interest: Board games", "Interest: Board games — strategy games"
    )
    health = _chunk(
        "profile#work/1",
        "work",
        "Frontend Engineer at Vita Health (2015-01 – 2019-02)",
        "Work experience: Frontend Engineer at Vita Health\nBuilt the patient booking app.",
    )
    owner = ["Ines", "Brandt"]
    assert unsupported("Has she worked in the gaming industry?", [*CHUNKS, games], owner) == ["gaming"]
    # "healthcare" opens with the "health" of a health company she worked for
    assert unsupported("Has she worked in healthcare?", [*CHUNKS, health], owner) == []


def test_a_dotted_library_name_is_one_name() -> None:
    from heyfolio.chat.support import only_missing_names

    ts = _chunk("profile#skills/0", "skill", "Skill: Web", "Web (Advanced): TypeScript, React")
    # "Next.js" is not the "js" of JavaScript, which TypeScript would speak to
    assert only_missing_names("What has she built with Next.js?", [*CHUNKS, ts]) == ["Next.js"]
    nxt = _chunk("profile#skills/1", "skill", "Skill: Frameworks", "Frameworks (Advanced): Next.js, Remix")
    assert only_missing_names("What has she built with Next.js?", [*CHUNKS, ts, nxt]) == []


def test_people_reporting_to_her_are_counted_only_where_she_manages_them() -> None:
    from heyfolio.chat.counting import read_count, states_count

    users = _chunk(
        "profile#work/2",
        "work",
        "Backend Engineer at Ruta (2020-01 – 2021-06)",
        "Work experience: Backend Engineer at Ruta\nBuilt the trip planner used by about 9,000 people a day.",
    )
    led = _chunk(
        "profile#work/3",
        "work",
        "Team Lead at Ruta (2021-07 – present)",
        "Work experience: Team Lead at Ruta\nLead a team of five engineers who report to me.",
    )
    count = read_count("How many people report to her?", ["Ines", "Brandt"])
    assert count is not None and count.managed
    assert not states_count(count, [users])  # the people a product serves do not report to her
    assert states_count(count, [users, led])
    plain = read_count("How many people use the trip planner?", ["Ines", "Brandt"])
    assert plain is not None and not plain.managed and states_count(plain, [users])
