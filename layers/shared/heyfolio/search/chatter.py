"""A question without the conversation around it: greetings, "quick question:", "thanks!".

Why: recruiters write to a chat as to a person ("Hi, quick question: does she have a PhD?",
"How long was he at Acme? Thanks!"). Those words are no part of what is asked, yet they are
read as if they were: "quick" is a word of speed, "question" and "thanks" are words no passage
uses and so weigh against every passage, and a question's cues anchored at its start ("does she
...", "how long ...") no longer stand there. The wrapper is taken off before the question is read;
only words around the question are taken, never words inside it, and a message that is nothing
but a greeting stays as written (the chat answers a greeting as one).
"""

from __future__ import annotations

import re

__all__ = ["without_chatter"]

_GAP = r"[\s,;:.!?…—–-]*"  # what separates a greeting from the question

# What opens a message before its question. Each alternative is a whole phrase of conversation, so a
# question starting with a word of one ("right to work?", "so far, how many ...") is left alone.
_PAUSE = r"(?=\s*[,!.:;…—–]|\s+-)"  # a word followed by a pause, not by a hyphen joining it to the next
_OPENER = re.compile(
    r"""^\s*(?:
        (?:hi|hello|hey|heya|hiya|howdy|greetings|good\s+(?:morning|afternoon|evening|day))\b
            (?:\s+(?:there|all|everyone|folks|team)\b|\s+(?-i:[A-Z])[\w'’-]*{pause})?
      | (?:ok(?:ay)?|alright|sorry|oh|hmm+|um+|uh+){pause}
      | (?:btw|by\s+the\s+way|out\s+of\s+curiosity)(?=\W)
      | (?:(?:a|one|another|one\s+more|a\s+quick|quick|a\s+small|small|a\s+follow[-\s]?up|follow[-\s]?up|
            a\s+last|last|a\s+final|final|a\s+couple\s+of|couple\s+of|two|a\s+few|few)\s+)?
            (?:questions?|q|qs|query|queries)(?:\s+(?:for\s+you|about\s+(?:her|him|them)))?{pause_end}
      | (?:one\s+more|another\s+one|one\s+last\s+thing|also|and|so|next){pause}
      | (?:a\s+)?quick\s+one{pause}
      | (?:just\s+)?(?:curious|wondering){pause}
      | i\s*(?:'|’)?(?:m|\s+am|\s+was)\s+(?:just\s+)?(?:curious|wondering)(?:\s+about)?(?=\W)
      | i\s*(?:(?:'|’)d|\s+would|\s+want(?:ed)?)\s+(?:like\s+)?to\s+(?:know|ask|check|understand|find\s+out)
            (?:\s+about)?(?=\W)
      | (?:can|could|would)\s+(?:you|u)\s+(?:please\s+)?(?:tell|let)\s+me(?:\s+know)?(?=\W)
      | (?:please\s+)?(?:tell|let)\s+me(?:\s+know)?(?=\s+(?:if|whether|how|what|when|where|who|which|why|about)\b)
      | do\s+you\s+(?:happen\s+to\s+)?know(?=\s+(?:if|whether|how|what|when|where|who|which|why)\b)
      | any\s+idea(?=\s+(?:if|whether|how|what|when|where|who|which|why)\b)
    )""".replace("{pause_end}", _PAUSE[:-1] + "|\\s*$)").replace("{pause}", _PAUSE),
    re.IGNORECASE | re.VERBOSE,
)

# What closes a message after its question: thanks, the courtesies that go with it, "just curious", "lol".
_CLOSER = re.compile(
    r"""(?:^|[\s,;:.!?…—–-])(?:
        (?:many\s+|thanks?\s+)?thanks?(?:\s+(?:a\s+lot|so\s+much|very\s+much|in\s+advance|again))?
      | thank\s+(?:you|u)(?:\s+(?:so\s+much|very\s+much|in\s+advance))?
      | thx|tks|ty|tia|cheers|much\s+appreciated|appreciate\s+it
      # "... outside work? just curious": why the visitor asks, said after the question
      | (?:i\s*(?:'|’)?m\s+|i\s+am\s+)?just\s+(?:curious|wondering|asking)|out\s+of\s+curiosity
      # a laugh or a chat tag after the question ("so what does he actually do lol"): no word of it;
      # left in, the speller reads "lol" as a content word ("lot")
      | lol+|lmao|rofl|ha(?:ha)+|he(?:he)+|tbh|tbf|imo|imho|fwiw
    )(?:\s+(?-i:[A-Z])[\w'’-]*)?[\s.!?…:)]*$""",
    re.IGNORECASE | re.VERBOSE,
)
# "does he know TIA Portal?": a courtesy's letters in capitals, with no pause before them and a name
# after, are a term the question asks of (a product, a standard), not "thanks in advance" to someone
_NAMED_TERM = re.compile(r"\s+(?-i:[A-Z]{2,})\s+(?-i:[A-Z])[\w'’-]*[\s.!?…:)]*$")
_WORD = re.compile(r"[^\W_]{2,}")


def _named_term(text: str, closer: re.Match[str]) -> bool:
    """Whether a closer read at the end of ``text`` is a term of the question (``_NAMED_TERM``)."""
    before = text[: closer.start()].rstrip()
    return bool(_NAMED_TERM.match(closer.group(0))) and not before.endswith(tuple(",;:.!?…—–-"))


_ROUNDS = 4  # openers taken off in a row at most ("Hi! Sorry, quick question: ...")


def without_chatter(message: str) -> str:
    """``message`` without the greetings and courtesies around its question ("Hi, quick question:
    where is she based? Thanks!" -> "where is she based?"); unchanged when nothing would be left."""
    text = message
    for _ in range(_ROUNDS):
        m = _OPENER.match(text)
        if m is None:
            break
        text = re.sub(rf"^{_GAP}", "", text[m.end() :])
        if not _WORD.search(text):
            return message  # a greeting and nothing else: the chat answers it as one
    m = _CLOSER.search(text)
    if m is not None and _WORD.search(text[: m.start()]) and not _named_term(text, m):
        text = text[: m.start()].rstrip(" ,;:—–-")
    return text
