"""A degree level the education entries never state is not answered with the closest degree."""

from __future__ import annotations

from heyfolio.chat.degrees import absent_degree
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
