"""A product asked about with its vendor's name ("Amazon SQS") is the product the portfolio names."""

from __future__ import annotations

from heyfolio.chat.offline import OfflineAnswer, compose
from heyfolio.chat.vendors import without_vendors
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
            summary="Owns the billing service and the research tooling of the pricing team.",
            highlights=("Cut invoice run time from 40 minutes to 6 by batching queue consumers.",),
        ),
    ),
    skills=(Skill(name="Cloud", level="Advanced", keywords=("AWS (SQS, Lambda, RDS)", "Terraform")),),
)
PORTFOLIO = Portfolio(resume=RESUME)
INDEX = SearchIndex.build(chunk_portfolio(PORTFOLIO), MiniLMEmbedder(runtime="numpy"))  # what AWS serves
KNOWN = {"sqs", "lambda", "rds", "terraform", "research", "googl"}.__contains__


def ask(question: str) -> OfflineAnswer:
    return compose(question, PORTFOLIO, INDEX, first_offline_answer=False)


def test_the_vendor_before_a_product_the_portfolio_names_is_dropped() -> None:
    assert without_vendors("Has he used Amazon SQS?", KNOWN) == "Has he used SQS?"
    assert without_vendors("any AWS Lambda work?", KNOWN) == "any Lambda work?"


def test_a_vendor_before_a_product_the_portfolio_lacks_or_before_a_common_word_stays() -> None:
    assert without_vendors("Has he used Amazon DynamoDB?", KNOWN) is None  # the product is what is missing
    assert without_vendors("Has he worked at Google Research?", KNOWN) is None  # an employer, not a product


def test_a_product_asked_with_its_vendor_is_answered_from_the_line_naming_it() -> None:
    answer = ask("Has he used Amazon SQS?")
    assert answer.answered and answer.cited and "SQS" in answer.text


def test_an_employer_is_named_by_all_its_words_in_one_entry() -> None:
    # "Google" is in the portfolio (a Scholar profile), "research" too, but no entry names Google Research
    answer = ask("Has he worked at Google Research?")
    assert not answer.answered and "Google Research" in answer.text
