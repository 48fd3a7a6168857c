"""A degree level the education entries never state is not answered with the closest degree."""

from __future__ import annotations

from heyfolio.chat.degrees import absent_degree, absent_thesis
from heyfolio.search.chunks import Chunk


def _education(title: str) -> Chunk:
    ident = f"profile#education/{abs(hash(title)) % 100}"
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind="education", title=title, text=title)


BACHELOR = [_education("Bachelor in Econometrics at Wawel University (2011-10 – 2014-07)")]
MASTER = [_education("Master of Science in Computer Science at TU Delft (2012-09 – 2014-08)")]


def test_a_level_no_entry_states_is_absent() -> None:
    assert absent_degree("does she have a phd", BACHELOR) == "a PhD"
    assert absent_degree("Does she have a master’s?", BACHELOR) == "a master's degree"
    assert absent_degree("where did she do her MBA", MASTER) == "an MBA"  # another master's is not one


def test_a_level_stated_or_a_higher_one_is_not_absent_and_other_questions_are_not_read() -> None:
    assert absent_degree("does she have a masters", MASTER) is None
    assert absent_degree("did she get an MSc?", [_education("PhD in Physics at ETH (2010 – 2014)")]) is None
    assert absent_degree("what did she study?", BACHELOR) is None
    assert absent_degree("is she a certified scrum master?", BACHELOR) is None


def test_a_question_of_the_masters_itself_is_not_answered_by_a_doctorate() -> None:
    """A PhD stands for a master's in "does she have one?", not in "what was her master's thesis about?"."""
    phd = [_education("PhD in Physics at ETH (2010 – 2014)")]
    assert absent_degree("What was her master's thesis about?", phd) == "a master's degree"
    assert absent_degree("Where did she do her master's?", phd) == "a master's degree"
    assert absent_degree("Where did she do her master's?", MASTER) is None
    assert absent_degree("Does she have a master's?", phd) is None


def test_the_field_of_the_masters_is_asked_of_the_masters_itself() -> None:
    """ "What was her master's degree in?" asks the master's field: a PhD's field is not its answer."""
    phd = [_education("PhD in Physics at ETH (2010 – 2014)")]
    assert absent_degree("What was her master's degree in?", phd) == "a master's degree"
    assert absent_degree("What did she study for her master's?", phd) == "a master's degree"
    assert absent_degree("Which field was her master's in?", phd) == "a master's degree"
    assert absent_degree("What was her master's degree in?", MASTER) is None
    assert absent_degree("Does she have a master's degree in physics or higher?", phd) is None
    assert absent_degree("Does she hold at least a master's?", phd) is None


def _entry(title: str, text: str = "", kind: str = "education") -> Chunk:
    ident = f"profile#{kind}/{abs(hash(title)) % 100}"
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=f"{title}\n{text}")


def test_a_thesis_asked_of_a_degree_whose_entry_writes_none_is_absent() -> None:
    """Her doctorate's thesis is not her master's; a degree she lacks is ``absent_degree``'s."""
    held = [
        _entry("PhD in Physics at ETH (2014 – 2018)", "Courses covered: Thesis: Granular flows in drums"),
        _entry("Master of Science in Physics at ETH (2012 – 2014)", "Score (GPA): 5.5"),
        _entry("Bachelor of Science in Physics at ETH (2009 – 2012)"),
    ]
    assert absent_thesis("What was the title of her master's thesis?", held) == "a master's thesis"
    assert absent_thesis("What did she write her bachelor thesis on?", held) == "a bachelor's thesis"
    assert absent_thesis("What was her PhD thesis about?", held) is None
    assert absent_thesis("What was her doctoral dissertation about?", held) is None
    assert absent_thesis("What was her thesis about?", held) is None  # no degree named
    assert absent_thesis("What was her master's degree in?", held) is None  # no thesis asked
    assert absent_thesis("What was his MBA thesis about?", held) is None  # no MBA: absent_degree's


def test_a_thesis_named_elsewhere_is_not_absent() -> None:
    held = [
        _entry("Bachelor of Science in Computer Science at Hanbit (2018 – 2022)"),
        _entry("Best Undergraduate Thesis (2022)", "For the thesis on request batching.", kind="award"),
    ]
    assert absent_thesis("What was his bachelor's thesis about?", held) is None
    assert absent_thesis("What was his undergraduate thesis on?", held) is None


def test_a_bachelors_is_absent_only_when_every_entry_names_a_lower_level() -> None:
    """An associate degree and a certificate name their levels: neither is a bachelor's; an entry
    naming no level may be one, so it is left to answer."""
    below = [
        _education("Associate of Applied Science in Nursing at Lakeshore College (2004 – 2006)"),
        _education("Certificate in Web Development at Tidewater Institute (2015 – 2016)"),
    ]
    assert absent_degree("Does she have a bachelor's degree?", below) == "a bachelor's degree"
    assert absent_degree("did she get an undergraduate degree", below) == "a bachelor's degree"
    assert absent_degree("Does she have a bachelor's degree?", BACHELOR) is None
    assert absent_degree("Does she have a bachelor's degree?", MASTER) is None  # a higher one counts
    unnamed = [*below, _education("Computer Science at Lakeshore University (2006 – 2009)")]
    assert absent_degree("Does she have a bachelor's degree?", unnamed) is None
    assert (
        absent_degree("is she a bachelor of arts", [_education("BA in History at Elm College (2001 – 2004)")])
        is None
    )
