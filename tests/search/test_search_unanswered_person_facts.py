"""The owner's age and a degree's supervisor are stated only in their own words: students "aged 12 to 16"
in a job are not her age, and a job reporting "to the financial supervisor" names no one's supervisor."""

from __future__ import annotations

from heyfolio.search.chunks import Chunk
from heyfolio.search.fact_kinds import asked_fact, states_fact
from heyfolio.search.owner_only import asked_owner_topics, unstated_owner_topic


def _chunk(ident: str, kind: str, title: str, text: str) -> Chunk:
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text)


BASICS = _chunk("profile#basics", "basics", "Pia Lund — Data Engineer", "Data engineer in Aarhus.")
TUTOR = _chunk(
    "profile#volunteer/0",
    "volunteer",
    "Maths tutor at Læring (2015-01 – 2017-06)",
    "Volunteering: Maths tutor at Læring\nTutored pupils aged 12 to 16 on Saturdays.",
)
JOB = _chunk(
    "profile#work/0",
    "work",
    "Data Engineer at Norhavn Bank (2019-02 – present)",
    "Work experience: Data Engineer at Norhavn Bank\nBuilt the monthly reports to the financial supervisor.",
)
DIPLOMA = _chunk(
    "profile#education/0",
    "education",
    "Postgraduate diploma in Statistics at Aarhus Business School (2014-09 – 2015-06)",
    "Education: Postgraduate diploma in Statistics at Aarhus Business School (2014-09 – 2015-06)",
)
PHD = _chunk(
    "profile#education/1",
    "education",
    "PhD in Statistics at Aarhus University (2015-09 – 2019-01)",
    "Education: PhD in Statistics at Aarhus University\nSupervisor: Prof. Ane Holm",
)


def test_her_age_is_asked_of_her_and_stated_only_as_hers() -> None:
    for question in ("How old is Pia?", "how old is she", "When was she born?", "What's her date of birth?"):
        assert asked_owner_topics(question) == ["age or date of birth"], question
        assert unstated_owner_topic(question, [BASICS, TUTOR, JOB]) == "age or date of birth", question
    assert asked_owner_topics("How old was the codebase she rewrote?") == []  # the age of a thing
    born = _chunk("faq#about", "faq", "About me", "I was born in 1991 in Aarhus.")
    assert unstated_owner_topic("How old is Pia?", [BASICS, born]) is None


def test_a_degree_s_supervisor_is_not_a_job_s_supervisor() -> None:
    asked = asked_fact("Who supervised her postgraduate diploma?")
    assert asked is not None and asked.role == "supervisor"
    portfolio = [BASICS, JOB, DIPLOMA]
    assert not states_fact(asked, [DIPLOMA, JOB], "Who supervised her postgraduate diploma?", portfolio)
    phd = asked_fact("Who supervised her PhD?")
    assert phd is not None
    assert states_fact(phd, [PHD, JOB], "Who supervised her PhD?", [*portfolio, PHD])


def test_a_security_clearance_is_asked_of_her_and_stated_in_so_many_words() -> None:
    from heyfolio.chat.skill_levels import named_level_reply
    from heyfolio.content.model import Resume, Skill

    for question in ("What is her security clearance level?", "Does she hold a clearance?"):
        assert unstated_owner_topic(question, [BASICS, JOB]) == "security clearance", question
    held = _chunk(
        "profile#summary/x", "basics", "Work authorization", "UK citizen holding active SC clearance."
    )
    assert unstated_owner_topic("Does she hold a security clearance?", [BASICS, held]) is None
    assert asked_owner_topics("Has she automated customs clearance?") == []  # not hers to hold
    resume = Resume(skills=[Skill(name="Application security", level="Expert", keywords=["Threat modeling"])])
    assert named_level_reply("What is her security clearance level?", resume, lambda _: JOB) is None
    assert named_level_reply("How strong is her application security?", resume, lambda _: JOB)
