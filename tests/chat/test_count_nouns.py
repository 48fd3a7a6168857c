"""A count is answered only by a figure of the thing asked for: the noun written with the number."""

from __future__ import annotations

from heyfolio.chat.count_nouns import accepted_nouns, attached_nouns, matches
from heyfolio.chat.counting import count_evidence, read_count, states_count
from heyfolio.chat.offline import OfflineAnswer, compose
from heyfolio.content.model import Basics, PartialDate, Portfolio, Resume, ResumeProject, Work
from heyfolio.search.chunks import Chunk, chunk_portfolio
from heyfolio.search.index import SearchIndex
from heyfolio.search.text import analyze


def _chunk(text: str, title: str = "Entry", kind: str = "work") -> Chunk:
    return Chunk(id="x", uri="portfolio://x", kind=kind, title=title, text=text)


def test_the_noun_a_figure_counts_is_read_after_it_and_before_of() -> None:
    assert {"student"} <= attached_nouns("Helped grow the club from 12 to 45 regular students.")
    assert "download" in attached_nouns("Sentier reached 1.2 million downloads and 4.8 stars.")
    assert "engin" in attached_nouns("I lead six mobile engineers (three iOS, three Android).")
    assert "team" in attached_nouns("Managed a team of seven.")
    assert "team" in attached_nouns("Ran a six-person team.")
    assert attached_nouns("Joined in 2019 and left in 2021.") == set()  # years count nothing


def test_synonyms_answer_a_specific_noun_and_any_people_noun_answers_people() -> None:
    customers = accepted_nouns(analyze("customers"))
    assert matches("client", customers) and not matches("app", customers)
    people = accepted_nouns(analyze("people"), analyze("installed the hiking app"))
    # the people who installed it are counted by its downloads, not by the engineers who built it
    assert matches("download", people) and not matches("engin", people)
    assert matches("engin", accepted_nouns(analyze("people"), analyze("did she manage")))
    assert not matches("download", accepted_nouns(analyze("people"), analyze("work with")))
    assert matches("servic", accepted_nouns(analyze("microservices")))  # the end of a compound


def test_a_figure_of_another_thing_does_not_answer_a_count() -> None:
    count = read_count("how many customers does Tiroir have?")
    assert count is not None
    tiroir = _chunk(
        "Tiroir: a SwiftUI package. 1,700 GitHub stars and used in about 300 published apps.", "Tiroir"
    )
    assert not states_count(count, [tiroir])
    assert states_count(count, [_chunk("Tiroir is sold to 40 paying clients.", "Tiroir")])


def test_a_figure_of_the_thing_counted_in_a_passage_about_something_else_does_not_answer() -> None:
    count = read_count("how many downloads does Tiroir have?")
    assert count is not None
    other = _chunk("Marée Douce: 95,000 downloads since launch.", "Marée Douce")
    assert not count_evidence(count, [other])
    found = count_evidence(count, [other, _chunk("Tiroir has 5,000 downloads a month.", "Tiroir")])
    assert [c.sentence for c in found] == ["Tiroir has 5,000 downloads a month."]


def test_people_installing_an_app_are_counted_by_its_downloads() -> None:
    count = read_count("How many people installed the hiking app?")
    assert count is not None
    assert states_count(count, [_chunk("Hiking app. Sentier reached 1.2 million downloads.", "Sentier")])
    assert not states_count(count, [_chunk("Hiking app. Rated 4.8 from the stores.", "Sentier")])


def test_a_team_size_is_a_count_of_the_people_on_it() -> None:
    count = read_count("How big is the team she is in charge of right now?")
    assert count is not None
    assert states_count(count, [_chunk("I lead six mobile engineers as a hands-on tech lead.")])
    assert not states_count(count, [_chunk("Cut the cold start from 2.9 s to 1.1 s.")])


RESUME = Resume(
    basics=Basics(name="Ana Lima", label="Mobile engineer", summary="Mobile engineer in Porto."),
    work=(
        Work(
            name="Ferry Apps",
            position="Tech Lead",
            start_date=PartialDate("2022-01-01", 2022, 1),
            summary="Tech lead of the ferry apps. I lead five mobile engineers.",
            highlights=("The ferry apps have 800,000 downloads.",),
        ),
    ),
    projects=(
        ResumeProject(
            name="Gaveta",
            description="Open-source Swift package for bottom sheets.",
            highlights=("900 GitHub stars and used in about 120 published apps.",),
        ),
    ),
)
PORTFOLIO = Portfolio(resume=RESUME)
INDEX = SearchIndex.build(chunk_portfolio(PORTFOLIO))


def ask(question: str) -> OfflineAnswer:
    return compose(question, PORTFOLIO, INDEX, first_offline_answer=False)


def test_a_count_with_no_figure_of_its_kind_is_honestly_not_given() -> None:
    answer = ask("how many customers does Gaveta have?")
    assert not answer.answered and not answer.cited
    assert "doesn't give that number" in answer.text and "120" not in answer.text


def test_a_count_stated_in_words_is_answered_and_cited() -> None:
    answer = ask("how big is her team?")
    assert answer.answered and answer.cited and "five mobile engineers" in answer.text
    stars = ask("how many stars does Gaveta have?")
    assert stars.answered and "900 GitHub stars" in stars.text


def test_a_count_of_some_kind_of_people_is_answered_by_a_team_of_them() -> None:
    count = read_count("how many engineers did she manage at Pay?")
    assert count is not None
    assert states_count(count, [_chunk("At Pay she managed a team of seven.", "Manager at Pay")])
    assert not states_count(count, [_chunk("At Pay she cut costs by 38%.", "Manager at Pay")])


def test_throughput_units_answer_each_other() -> None:
    count = read_count("how many requests per second does the pipeline handle?")
    assert count is not None and not count.loose
    assert states_count(count, [_chunk("The pipeline carries 22,000 events per second.", "Pipeline")])


def test_a_thing_whose_synonyms_are_unknown_is_counted_by_a_figure_naming_it_or_about_it() -> None:
    count = read_count("how many DAGs does she look after at Pay?")
    assert count is not None and count.loose
    assert states_count(count, [_chunk("Owns 310 Airflow DAGs.", "Other")])  # the sentence names them
    assert states_count(count, [_chunk("Runs scheduling at Pay for 310 pipelines.", "Engineer at Pay")])
    assert not states_count(count, [_chunk("Runs scheduling with 310 pipelines.", "Other")])
