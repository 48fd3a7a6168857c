"""A credential named by its level with no "certified"/"certification" cue ("does she hold the AWS
Developer Associate?") is read as one credential: held when one certificate names all of it, not held
when its words are only spread over several ("AWS" on one certificate, "Associate" on another)."""

from __future__ import annotations

from heyfolio.chat.offline import compose
from heyfolio.chat.skill_levels import named_level_reply
from heyfolio.chat.support import missing_compounds, unsupported
from heyfolio.content.model import Basics, Certificate, PartialDate, Portfolio, Resume, Skill
from heyfolio.search.chunks import Chunk, chunk_portfolio
from heyfolio.search.index import SearchIndex

# A fictional cloud engineer in Tallinn: none of these words come from a question set.
RESUME = Resume(
    basics=Basics(name="Maarja Tamm", label="Cloud Engineer", summary="Cloud engineer in Tallinn."),
    certificates=(
        Certificate(name="AWS Certified Data Engineer - Associate", issuer="Amazon Web Services"),
        Certificate(
            name="Azure Security Engineer Specialty", issuer="Microsoft", date=PartialDate("2022", 2022)
        ),
    ),
    skills=(Skill(name="Cloud", keywords=("AWS", "Azure", "Terraform")),),
)
PORTFOLIO = Portfolio(resume=RESUME)
CHUNKS = chunk_portfolio(PORTFOLIO)
INDEX = SearchIndex.build(CHUNKS)
OWNER = ["Maarja", "Tamm"]


def test_a_credential_named_by_its_level_is_held_only_when_one_certificate_names_it() -> None:
    assert unsupported("Does she hold the AWS Security Associate?", CHUNKS, OWNER) == [
        "AWS Security Associate"
    ]
    assert unsupported("Has Maarja passed the AWS Data Engineer Associate?", CHUNKS, OWNER) == []
    assert unsupported("Does she have the Azure Security Engineer Specialty?", CHUNKS, OWNER) == []
    answer = compose(
        "Does she hold the AWS Security Associate?", PORTFOLIO, INDEX, first_offline_answer=False
    )
    assert not answer.answered


def test_a_credential_named_by_its_level_is_no_product_name() -> None:
    assert missing_compounds("Does she hold the Azure Security Engineer Specialty?", CHUNKS) == []
    answer = compose(
        "Does she hold the Azure Security Engineer Specialty?", PORTFOLIO, INDEX, first_offline_answer=False
    )
    assert answer.answered and "Azure Security Engineer Specialty" in answer.text


def test_a_credential_level_is_no_skill_level() -> None:
    """ "Is she an ISTQB Advanced Level Test Analyst?" names a credential's level, not how good she is at
    the skill whose name shares a word ("Test tooling (Advanced)")."""
    resume = Resume(
        basics=Basics(name="Edda Holm"),
        skills=(Skill(name="Test tooling", level="Advanced", keywords=("pytest",)),),
    )
    chunk = Chunk(
        id="profile#skills/0", uri="portfolio://profile#skills/0", kind="skill", title="Test tooling", text=""
    )
    assert named_level_reply("How advanced is her test tooling?", resume, lambda _: chunk)  # a skill's level
    assert named_level_reply("Is she an ISTQB Advanced Level Test Analyst?", resume, lambda _: chunk) is None
