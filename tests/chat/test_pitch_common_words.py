"""A pitch's topic leaves out a word most of the owner's passages say when a rarer one is asked
beside it: for a mobile engineer, "app" matches every line, "offline" only the ones on the role asked."""

from __future__ import annotations

from heyfolio.chat.evidence import topic_credit, topic_evidence
from heyfolio.search.chunks import Chunk

_IDF = {"app": 0.5, "offlin": 2.5, "kiosk": 2.8}


def _rarity(term: str) -> float:
    return _IDF.get(term, 3.0)  # a word no passage says is the rarest


def _job(text: str) -> Chunk:
    return Chunk(
        id="profile#work/0", uri="portfolio://profile#work/0", kind="work", title="Engineer", text=text
    )


JOB = _job(
    "- Moved the banking app's settings screens to SwiftUI and the app's charts to a shared module.\n"
    "- Built offline check-in so visitors can scan their pass with no signal; queue times fell by 40%."
)


def test_a_common_word_gives_way_to_the_rarer_topic_beside_it() -> None:
    [found] = topic_evidence(
        "why would she be right for our offline-first kiosk app?", [JOB], _rarity, limit=1
    )
    assert "offline check-in" in found.sentence
    credit = topic_credit("why hire her for an offline kiosk app?", _rarity)
    assert credit(JOB.text.splitlines()[1]) > credit(JOB.text.splitlines()[0])


def test_a_common_word_asked_alone_still_counts() -> None:
    credit = topic_credit("why hire her for an app team?", _rarity)
    assert credit("Moved the banking app's settings screens to SwiftUI.") > 0
