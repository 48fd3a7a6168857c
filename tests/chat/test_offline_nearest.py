"""Questions search finds nothing strong for: the closest passages, marked as such, when the question
names nothing the portfolio lacks; the honest "not in the portfolio" when it does."""

from __future__ import annotations

from heyfolio.chat.nearest import asks_only_known
from heyfolio.chat.offline import OfflineAnswer, compose
from heyfolio.content.model import Basics, PartialDate, Portfolio, Profile, Resume, Skill, Work
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.index import SearchIndex
from heyfolio.search.minilm import MiniLMEmbedder

RESUME = Resume(
    basics=Basics(
        name="Tomasz Lind",
        label="Backend Engineer",
        summary="Backend engineer in Gothenburg building order and billing services.",
        profiles=(
            Profile(network="Google Scholar", username="tlind", url="https://scholar.example.com/tlind"),
        ),
    ),
    work=(
        Work(
            name="Skerry Freight",
            position="Backend Engineer",
            start_date=PartialDate("2020-03", 2020, 3),
            summary="Owns the billing service and its research tooling for the pricing team.",
            highlights=("Cut invoice run time from 40 minutes to 6 by batching queue consumers.",),
        ),
    ),
    skills=(Skill(name="Cloud", level="Advanced", keywords=("AWS (SQS, Lambda, RDS)", "Terraform")),),
)
PORTFOLIO = Portfolio(resume=RESUME)
INDEX = SearchIndex.build(chunk_portfolio(PORTFOLIO), MiniLMEmbedder(runtime="numpy"))  # what AWS serves


def ask(question: str) -> OfflineAnswer:
    return compose(question, PORTFOLIO, INDEX, first_offline_answer=False)


def test_a_vendor_before_a_product_the_portfolio_names_does_not_make_the_question_unknown() -> None:
    assert asks_only_known("Has he used Amazon SQS?", INDEX, ["Tomasz", "Lind"])
    answer = ask("Has he used Amazon SQS?")
    assert answer.answered and answer.cited and "SQS" in answer.text


def test_an_employer_is_named_by_all_its_words_in_one_entry() -> None:
    # "Google" is in the portfolio (a Scholar profile), "research" too, but no entry names Google Research
    assert not ask("Has he worked at Google Research?").answered


def test_a_thing_the_portfolio_never_names_is_not_answered_by_the_closest_passage() -> None:
    assert not asks_only_known("has he used elm", INDEX, ["Tomasz", "Lind"])
    assert not asks_only_known("What is his h-index?", INDEX, ["Tomasz", "Lind"])
    assert not ask("What is his h-index?").answered


def test_only_the_verbs_of_asking_known_is_not_enough() -> None:
    # "worked on" is how the question asks; "privacy" is what it asks about, and is never said
    assert not asks_only_known("Has he worked on privacy?", INDEX, ["Tomasz", "Lind"])
