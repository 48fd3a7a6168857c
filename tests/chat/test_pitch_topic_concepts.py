"""A pitch's topic is read as a concept: a sentence naming a related word ("payments" for a fintech
role) speaks to it, and the current role's results on the topic lead its strongest evidence."""

from __future__ import annotations

from heyfolio.chat.evidence import topic_evidence, topic_rank
from heyfolio.chat.offline import compose
from heyfolio.content.model import Basics, PartialDate, Portfolio, Resume, Work
from heyfolio.search.chunks import Chunk, chunk_portfolio
from heyfolio.search.index import SearchIndex

HIGHLIGHTS = (
    "Cut the cloud bill from €90,000 to €50,000 a month with autoscaling.",
    "Moved 200 cron jobs to a managed scheduler and cut incidents from nine a quarter to one.",
    "Designed the pipeline that carries 18,000 payment events per second with a p99 under 300 ms.",
)
RESUME = Resume(
    basics=Basics(
        name="Ada Lind", label="Platform Engineer", summary="Platform engineer who likes boring systems."
    ),
    work=(
        Work(
            name="Nordbank",
            position="Staff Platform Engineer",
            start_date=PartialDate("2022-01", 2022, 1),
            highlights=HIGHLIGHTS,
        ),
    ),
)
PORTFOLIO = Portfolio(resume=RESUME)


def _one(rarity: float = 1.0) -> float:
    return rarity


def _job(text: str) -> Chunk:
    return Chunk(
        id="profile#work/0", uri="portfolio://profile#work/0", kind="work", title="Engineer", text=text
    )


def test_a_related_word_speaks_to_the_topic_asked() -> None:
    job = _job("- Rewrote the office wiki.\n- Built the ledger that settles 3 million card payments a day.")
    for question in (
        "why would she suit a fintech team?",
        "what makes her a good pick for a fintech company",
        "sell me on her for our fintech start-up",
    ):
        [found] = topic_evidence(question, [job], lambda _: 1.0)
        assert "card payments" in found.sentence, question


def test_the_word_asked_still_beats_a_related_word() -> None:
    job = _job("- Built the ledger that settles card payments.\n- Wrote the fintech onboarding guide.")
    found = topic_evidence("why hire her for a fintech role?", [job], lambda _: 1.0, limit=1)
    assert "fintech onboarding" in found[0].sentence


def test_the_current_roles_results_on_the_topic_come_first() -> None:
    for question in (
        "what's her strongest selling point for a fintech role?",
        "why is she a good fit for a payments team?",
        "why would a card payments business want her?",
    ):
        order = sorted(HIGHLIGHTS, key=topic_rank(question, lambda _: 1.0))
        assert order[0] == HIGHLIGHTS[2], question


def test_a_pitch_without_a_topic_keeps_the_proof_order() -> None:
    assert sorted(HIGHLIGHTS, key=topic_rank("why should we hire her?", lambda _: 1.0)) == sorted(
        HIGHLIGHTS, key=topic_rank("give me the pitch", lambda _: 1.0)
    )


def test_the_pitch_reply_brings_the_result_on_the_topic_once() -> None:
    index = SearchIndex.build(chunk_portfolio(PORTFOLIO))
    answer = compose(
        "what's her strongest selling point for a fintech role?", PORTFOLIO, index, first_offline_answer=False
    )
    assert answer.answered and answer.cited
    assert "18,000 payment events" in answer.text
    assert answer.text.count("18,000 payment events") == 1
