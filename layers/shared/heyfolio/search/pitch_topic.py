"""What a pitch is about: the words of a why-hire question that are not how any pitch is asked.

Why: "pitch her to me for an accessibility role" and "why her for a data role?" aim the general ask at
a topic. The owner's summary still opens the case, but the passages on the topic (the accessibility
audit, the data pipelines) are what the visitor asked for; "why should we hire her?" names no topic,
and the owner's general evidence answers it. Read by search, which ranks the topic's passages among
the pitch's, and by the offline answerer, which picks the sentences on the topic.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from heyfolio.search.text import analyze

__all__ = ["topic_terms"]

# The words a pitch is asked with, whatever its topic: hiring, judging, selling, counting reasons,
# and the organisation asked about in general ("a good fit for an X team").
_FRAME = frozenset(
    analyze(
        "why hire hiring hired fit fits good great strong strongest best better right ideal perfect candidate "
        "choice pick choose bring brings add value pitch sell selling case reason reasons convince stand standout "
        "out achievement achievements accomplishment accomplishments proudest biggest greatest main top key "
        "give make put tell show think say want need one two three four five few couple sum summary overview "
        "nutshell elevator line sentence paragraph short quick brief point points team teams role roles position job company "
        "org organisation organization group employer us our we place asset addition person engineer hand "
        # the position asked about as a verb or a title ("the right person to lead our team", "as our
        # head of X"): which job, not what it is about
        "lead leads leading leader head heads manage manager managing run runs running "
        # the result asked for as a thing done ("the most impressive thing he has shipped")
        "thing things impressive notable important most ship shipped deliver delivered done achieve achieved "
        "accomplish accomplished feat feats contribution contributions "
        # the work asked for by how it impresses ("the coolest thing she's worked on", "her strongest
        # piece of work", "her superpower", "worth hiring", "the argument for her"): no topic
        "coolest interesting exciting remarkable piece pieces work worked working superpower superpowers "
        "worth argument arguments chance "
        # how the result is asked for ("the hardest problem she solved", "what sets her apart", "put her
        # forward"): no topic
        "set sets apart forward differentiate differentiates problem problems solve solved solving challenge "
        "challenges hardest toughest difficult complex ambitious technical technically edge advantage "
        "competitive differentiator unique known "
        # how the visitor asks what she would do for them ("how could she help us with our on-call mess?")
        "help helps helping"
    )
)
# "an accessibility-first team", "offline-first", "API-first": the word before says what comes first;
# "first" itself says only that it is a priority.
_PRIORITY = re.compile(r"(?<=\w)-first\b", re.IGNORECASE)
# "why hire her over other frontend leads?", "what sets her apart from other data engineers?": the
# others she is weighed against, not the topic asked (their words picked lines about any "frontend")
_OTHERS = re.compile(
    r"\b(?:over|than|from|versus|vs\.?|compared (?:to|with)|among|against) (?:all |the |any )?(?:other|rest of)\b[^?.!,;]*",
    re.IGNORECASE,
)
_IDIOMS = re.compile(
    r"\bin front of\b|\bon board\b|\bon onboard\b|\bat work\b|"
    # a company by its stage of growth ("a logistics scale-up"): the organisation asked about in general,
    # whose "scale" is no topic ("a German scale")
    r"\bscale-?ups?\b|"
    # the recruiter's own client ("put her forward to my client"): who asks, not what about
    r"\b(?:to|for|with) (?:my|our) clients?\b",
    re.IGNORECASE,
)


def topic_terms(question: str, names: Sequence[str] = ()) -> frozenset[str]:
    """The index terms of what a pitch ``question`` is about ("accessibility-heavy team":
    access, heavi), less the words any pitch is asked with, figures and the owner's ``names``."""
    framed = _FRAME | frozenset(analyze(" ".join(names)))
    question = _OTHERS.sub(" ", question)
    terms = analyze(_PRIORITY.sub(" ", _IDIOMS.sub(" ", question)))
    return frozenset(t for t in terms if t not in framed and not t.isdigit())
