"""A pitch's topic is read as a concept: a sentence naming a related word ("payments" for a fintech
role) speaks to it, and the current role's results on the topic lead its strongest evidence."""

from __future__ import annotations

from heyfolio.chat.evidence import topic_credit, topic_evidence
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


def test_a_result_on_the_topic_earns_credit_and_others_none() -> None:
    for question in (
        "what's her strongest selling point for a fintech role?",
        "why is she a good fit for a payments team?",
        "why would a card payments business want her?",
    ):
        credit = topic_credit(question, lambda _: 1.0)
        assert credit(HIGHLIGHTS[2]) > 0, question
        assert credit(HIGHLIGHTS[0]) == 0, question


def test_a_pitch_without_a_topic_credits_nothing() -> None:
    for question in ("why should we hire her?", "give me the pitch", "what makes her stand out?"):
        assert all(topic_credit(question, lambda _: 1.0)(h) == 0 for h in HIGHLIGHTS)


def test_the_pitch_keeps_the_strongest_proof_and_adds_the_result_on_the_topic() -> None:
    index = SearchIndex.build(chunk_portfolio(PORTFOLIO))
    plain = compose("why should we hire her?", PORTFOLIO, index, first_offline_answer=False)
    assert "€90,000 to €50,000" in plain.text and "18,000 payment events" not in plain.text
    topical = compose(
        "what would she bring to a fintech start-up?", PORTFOLIO, index, first_offline_answer=False
    )
    assert "€90,000 to €50,000" in topical.text and "18,000 payment events" in topical.text


def test_the_pitch_reply_brings_the_result_on_the_topic_once() -> None:
    index = SearchIndex.build(chunk_portfolio(PORTFOLIO))
    answer = compose(
        "what's her strongest selling point for a fintech role?", PORTFOLIO, index, first_offline_answer=False
    )
    assert answer.answered and answer.cited
    assert "18,000 payment events" in answer.text
    assert answer.text.count("18,000 payment events") == 1
