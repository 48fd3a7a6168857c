"""A pitch's topic read without the owner's own field: for a mobile engineer whose headline says
"apps", "app" matches every line, while "offline" picks the lines on the role asked."""

from __future__ import annotations

from heyfolio.chat.evidence import topic_credit, topic_evidence
from heyfolio.search.chunks import Chunk

_IDF = {"app": 0.5, "offlin": 2.5, "kiosk": 2.8}
HEADLINE = "Mobile engineer. I build native apps for iPhone and Android."


def _rarity(term: str) -> float:
    return _IDF.get(term, 3.0)  # a word no passage says is the rarest


def _job(text: str) -> Chunk:
    return Chunk(
        id="profile#work/0", uri="portfolio://profile#work/0", kind="work", title="Engineer", text=text
    )


APP_LINE = "Moved the banking app's settings screens to SwiftUI and the app's charts to a shared module."
OFFLINE_LINE = (
    "Built offline check-in so visitors can scan their pass with no signal; queue times fell by 40%."
)
JOB = _job(f"- {APP_LINE}\n- {OFFLINE_LINE}")


def test_the_owners_field_gives_way_to_the_rarer_topic_beside_it() -> None:
    question = "why hire her for an offline kiosk app?"
    beyond = topic_credit(question, _rarity, chunks=[JOB], headline=HEADLINE)
    assert beyond(OFFLINE_LINE) > beyond(APP_LINE) == 0
    whole = topic_credit(question, _rarity)  # without the field: both lines name the topic
    assert whole(OFFLINE_LINE) == whole(APP_LINE) > 0
    [found] = topic_evidence(question, [JOB], _rarity, limit=1, headline=HEADLINE)
    assert found.sentence == OFFLINE_LINE


def test_the_field_stays_the_topic_asked_alone_or_beside_words_nothing_names() -> None:
    for question in ("why hire her for an app team?", "why hire her for an app team in Reykjavik?"):
        credit = topic_credit(question, _rarity, chunks=[JOB], headline=HEADLINE)
        assert credit(APP_LINE) > 0, question


def test_a_common_word_outside_the_headline_stays() -> None:
    credit = topic_credit(
        "why hire her for an offline kiosk app?", _rarity, chunks=[JOB], headline="Web engineer."
    )
    assert credit(APP_LINE) > 0


def test_the_pitch_shows_the_line_on_the_rarer_topic_beside_the_field() -> None:
    from heyfolio.chat.offline import compose
    from heyfolio.content.model import Basics, PartialDate, Portfolio, Resume, Work
    from heyfolio.search.chunks import chunk_portfolio
    from heyfolio.search.index import SearchIndex

    highlights = (
        "Cut crash reports in the banking app by 60% with a new error boundary.",
        "Moved the app's 120 screens to SwiftUI in nine months.",
        "Rewrote the app's onboarding in SwiftUI and raised sign-ups by 12%.",
        "Designed offline check-in so visitors can scan a pass with no signal.",
    )
    portfolio = Portfolio(
        resume=Resume(
            basics=Basics(
                name="Ada Lind", label="Mobile Engineer", summary="Mobile engineer who builds native apps."
            ),
            work=(
                Work(
                    name="Kioskly",
                    position="Senior Mobile Engineer",
                    start_date=PartialDate("2022-01", 2022, 1),
                    highlights=highlights,
                ),
            ),
        )
    )
    index = SearchIndex.build(chunk_portfolio(portfolio))
    answer = compose(
        "why would she be right for our app in places with no reception?",
        portfolio,
        index,
        first_offline_answer=False,
    )
    assert answer.answered and "offline check-in" in answer.text
