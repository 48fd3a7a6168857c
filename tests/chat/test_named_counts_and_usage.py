"""Counts asked of one named entry are read from it; users said in a product's own words; a change
asked "how much cheaper" is no pay question; the passage search ranks first is never crowded out."""

from __future__ import annotations

from heyfolio.chat.count_nouns import accepted_nouns, attached_nouns, noun_terms, verb_terms
from heyfolio.chat.counting import naming_passages, read_count, states_count
from heyfolio.chat.offline import OfflineAnswer, _with_best, compose
from heyfolio.content.model import Basics, PartialDate, Portfolio, Resume, ResumeProject, Work
from heyfolio.search.attributes import asked_attribute
from heyfolio.search.chunks import Chunk, chunk_portfolio
from heyfolio.search.figures import mentioning_lines
from heyfolio.search.index import Hit, SearchIndex
from heyfolio.search.understand import read_pitch


def _date(raw: str) -> PartialDate:
    year, month = (int(p) for p in raw.split("-")[:2])
    return PartialDate(raw, year, month)


RESUME = Resume(
    basics=Basics(name="Tomasz Wierzba", label="Python developer", summary="Python developer in Gdańsk."),
    work=(
        Work(
            name="Bursztyn Maps",
            position="Backend Developer",
            start_date=_date("2020-03"),
            summary="Map tiles and routing for city cycling apps.",
            highlights=(
                "Cut the hosting bill from EUR 9,000 to EUR 3,500 a month by moving tiles to a CDN.",
            ),
        ),
    ),
    projects=(
        ResumeProject(
            name="kettlebell",
            description="Open-source Flask extension for rate limiting by API key.",
            highlights=("About 900 GitHub stars and used in about 120 published services.",),
            start_date=_date("2021-02"),
        ),
        ResumeProject(
            name="Rowerowo",
            description="Free web app that plans safe cycling routes for families.",
            highlights=("About 4,200 registered cyclists in Gdańsk and Sopot.",),
            start_date=_date("2022-05"),
        ),
        ResumeProject(
            name="Pogoda",
            description="Weather app for sailors on the Baltic coast.",
            highlights=("61,000 downloads since launch.",),
            start_date=_date("2023-04"),
        ),
        ResumeProject(
            name="Szkoła Kodu",
            description="Website of coding exercises for primary schools.",
            highlights=("Used by about 2,500 pupils and teachers a month.",),
            start_date=_date("2019-09"),
        ),
    ),
)
PORTFOLIO = Portfolio(resume=RESUME)
INDEX = SearchIndex.build(chunk_portfolio(PORTFOLIO))


def ask(question: str) -> OfflineAnswer:
    return compose(question, PORTFOLIO, INDEX, first_offline_answer=False)


def _chunk(ident: str, title: str, text: str) -> Chunk:
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind="resume_project", title=title, text=text)


def test_a_count_is_read_only_from_the_passages_writing_the_name_asked_about() -> None:
    chunks = [
        _chunk("a", "kettlebell", "About 900 GitHub stars."),
        _chunk("b", "Pogoda", "61,000 downloads since launch."),
    ]
    assert [c.id for c in naming_passages("How many people use the Kettlebell package?", chunks)] == ["a"]
    # a name no passage writes leaves them all; the owner's own name names no entry
    assert len(naming_passages("How many people use the Hammer package?", chunks)) == 2
    assert len(naming_passages("How many downloads has Tomasz had?", chunks, ["Tomasz"])) == 2


def test_another_entrys_figure_does_not_answer_a_count_of_the_named_one() -> None:
    answer = ask("How many people use the Kettlebell package?")
    assert "61,000" not in answer.text


def test_people_signed_up_for_a_product_are_its_users() -> None:
    assert set(noun_terms("users")) <= attached_nouns("About 4,200 registered cyclists in Gdańsk.")
    assert not set(noun_terms("users")) & attached_nouns("About 4,200 cyclists passed the bridge.")
    count = read_count("How many users does Rowerowo have?")
    assert count is not None
    assert states_count(count, [_chunk("r", "Rowerowo", "About 4,200 registered cyclists in Gdańsk.")])
    answer = ask("How many users does Rowerowo have?")
    assert answer.answered and "4,200 registered cyclists" in answer.text


def test_people_who_use_a_thing_are_counted_as_who_they_are() -> None:
    nouns = accepted_nouns(noun_terms("people"), verb_terms("how many people use the site"))
    assert set(noun_terms("pupils")) <= nouns
    assert not set(noun_terms("contributors")) & nouns  # who build it are not who use it
    answer = ask("How many people use Szkoła Kodu?")
    assert answer.answered and "2,500 pupils and teachers" in answer.text


def test_an_entry_described_with_the_name_asked_is_the_thing_counted() -> None:
    text = "Project: kettlebell — Open-source Flask extension for rate limiting.\n- About 900 GitHub stars."
    assert mentioning_lines([("kettlebell", text)], "Flask") == [text]
    # a highlight naming it is still read alone
    job = "Work experience: Backend Developer at Acme\n- Wrote a Flask admin.\n- 40 stars on the blog."
    assert mentioning_lines([("Backend Developer at Acme", job)], "Flask") == ["- Wrote a Flask admin."]
    answer = ask("How many stars does his Flask extension have?")
    assert answer.answered and "900 GitHub stars" in answer.text


def test_how_much_cheaper_is_a_change_asked_not_pay() -> None:
    assert asked_attribute("How much cheaper did he make the hosting bill at Bursztyn Maps?") is None
    assert asked_attribute("How much faster did she make the build?") is None
    assert asked_attribute("How much did he make at Bursztyn Maps?") == "pay"
    assert asked_attribute("How much money did she make there?") == "pay"
    answer = ask("How much cheaper did he make the hosting bill at Bursztyn Maps?")
    assert answer.answered and "EUR 9,000 to EUR 3,500" in answer.text


def test_why_bring_someone_in_is_a_why_hire_question() -> None:
    assert read_pitch("Why should we bring Tomasz in as a contractor?") == "pitch"
    assert read_pitch("Why would we go with him over an agency?") == "pitch"
    assert read_pitch("Why should I engage her for a data project?") == "pitch"
    assert read_pitch("Why did he bring in a CDN?") is None


class _Deeper:
    """A stand-in index whose ranking one slot deeper leads with another passage."""

    def __init__(self, deeper: list[Hit]) -> None:
        self.deeper = deeper

    def search(self, query: str, limit: int = 5, *, weak: bool = False) -> list[Hit]:
        return self.deeper[:limit]


def _hit(ident: str, score: float) -> Hit:
    return Hit(chunk=_chunk(ident, ident, "text"), score=score, snippet="text")


def test_the_passage_ranked_first_one_slot_deeper_leads_when_crowded_out() -> None:
    shallow = [_hit("paper", 0.23), _hit("summary", 0.18)]
    deeper = [_hit("job", 0.24), _hit("paper", 0.23), _hit("summary", 0.18)]
    found = _with_best(_Deeper(deeper), "how much cheaper?", shallow)  # type: ignore[arg-type]
    assert [h.chunk.id for h in found] == ["job", "paper", "summary"]
    # already there: as it was
    same = _with_best(_Deeper(shallow), "how much cheaper?", shallow)  # type: ignore[arg-type]
    assert [h.chunk.id for h in same] == ["paper", "summary"]
    assert _with_best(_Deeper(deeper), "x", []) == []


RESULTS = Resume(
    basics=Basics(name="Ana Ferreira", label="Platform engineer", summary="Platform engineer in Braga."),
    work=(
        Work(
            name="Lusomar Freight",
            position="Platform Engineer",
            start_date=_date("2019-02"),
            end_date=_date("2022-06"),
            summary="Lusomar Freight: shipping software company of about 300 employees.",
            highlights=(
                "Migrated 85 services from virtual machines to Kubernetes.",
                "Brought build time down from 30 minutes to 6 minutes.",
                "Merged 12 cloud accounts into one organization.",
            ),
        ),
    ),
)
RESULTS_INDEX = SearchIndex.build(chunk_portfolio(Portfolio(resume=RESULTS)))


def test_what_she_achieved_at_a_job_is_its_results_with_figures_not_only_the_measured_change() -> None:
    answer = compose(
        "What did she achieve at Lusomar?",
        Portfolio(resume=RESULTS),
        RESULTS_INDEX,
        first_offline_answer=False,
    )
    assert answer.answered
    assert "85 services" in answer.text and "30 minutes to 6 minutes" in answer.text
    assert "12 cloud accounts" in answer.text
    assert "300 employees" not in answer.text  # the company's size is no result of hers


def test_anything_she_shipped_that_others_use_asks_which_projects_are_adopted() -> None:
    from heyfolio.chat.adoption import asks_adoption

    assert asks_adoption("Has she shipped anything used by other companies?")
    assert asks_adoption("Has he built anything that's used in production?")
    assert not asks_adoption("Has she shipped anything in Rust?")


def test_a_certificate_is_dated_by_when_it_was_earned_not_a_date_its_name_states() -> None:
    from heyfolio.content.model import Certificate

    resume = Resume(
        basics=Basics(name="Lena Roth", label="Cloud engineer", summary="Cloud engineer in Graz."),
        certificates=(
            Certificate(name="Azure Administrator Associate - expired 2024-05", date=_date("2018-04")),
            Certificate(name="Terraform Associate", date=_date("2022-09")),
            Certificate(name="Certified Kubernetes Administrator", date=_date("2020-01")),
        ),
    )
    portfolio = Portfolio(resume=resume)
    index = SearchIndex.build(chunk_portfolio(portfolio))
    answer = compose("What's her most recent certification?", portfolio, index, first_offline_answer=False)
    assert answer.answered
    first = answer.text.split("\n")[1]  # the first of the ranked lines
    assert "Terraform Associate" in first and "Azure" not in first


def test_the_biggest_latency_improvement_is_ranked_among_latency_speedups() -> None:
    from heyfolio.search.speedups import asks_speedup, timed_words

    assert asks_speedup("What's the biggest latency improvement he delivered?")
    assert timed_words("What's her best load-time win?") == ["load", "time"]
    assert timed_words("What's her biggest speed-up?") == []
    resume = Resume(
        basics=Basics(name="Piotr Nowak", label="Backend engineer", summary="Backend engineer in Poznań."),
        work=(
            Work(
                name="Kantor Online",
                position="Backend Engineer",
                start_date=_date("2021-01"),
                highlights=(
                    "Cut the p99 latency of the quote API from 900 ms to 120 ms.",
                    "Brought the nightly import down from 6 hours to 10 minutes.",
                ),
            ),
        ),
    )
    portfolio = Portfolio(resume=resume)
    index = SearchIndex.build(chunk_portfolio(portfolio))
    answer = compose(
        "What's the biggest latency improvement he delivered?", portfolio, index, first_offline_answer=False
    )
    assert answer.answered and "900 ms to 120 ms" in answer.text
    assert "6 hours to 10 minutes" not in answer.text  # an import made faster is no latency


def test_how_big_the_org_someone_manages_is_a_team_size() -> None:
    count = read_count("How big is the org Piotr manages?")
    assert count is not None
    team = _chunk("t", "Lead", "Manage two teams, 11 engineers in total.")
    assert states_count(count, [team])


def test_a_question_after_a_lead_in_is_a_part_of_its_own() -> None:
    from heyfolio.chat.compound import unanswered_parts

    message = "Hi! Quick ones for Ana: what's her notice period? And does she speak German?"
    assert "what's her notice period" in " ".join(unanswered_parts(message, "German: fluent."))
