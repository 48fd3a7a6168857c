"""Words a job ad wraps a thing in that a résumé rarely repeats: never a thing to show on their own.

Why: "given talks", "contribute to open source", "clear tutorials", "JavaScript fundamentals" ask for
the talks, the open-source work, the tutorials and JavaScript; the verb or praise around them is how
the ad is written, and a résumé that shows the thing says it otherwise ("conference talk", "Maintainer").
"""

from __future__ import annotations

__all__ = ["AD_WORDS"]

AD_WORDS: tuple[str, ...] = tuple(
    str.split(
        "given giving contribute contributing clear clearly fundamentals fundamental basics "
        "solid-grounding grounding ecosystem ecosystems codebase codebases "
        # how a recruiter's email asks ("they need deep experience with Kafka") and joins its asks
        "need needs needed additionally furthermore moreover "
        # the generic head after what names the way ("parameter-efficient methods", "profiling techniques")
        "methods techniques approaches "
        # how little of a cost is wanted, not a thing: "with minimal downtime" is shown by "under five minutes of
        # downtime"
        "minimal "
        # having a credential or knowing what a thing is: "You hold the CKA", "what an SLO means"
        "hold holds holding possess possesses means "
        # a hold on what follows ("a solid grasp of quantity surveying" asks quantity surveying)
        "grasp "
        # how much of the work, not which ("write tests for everything you ship")
        "everything anything "
        # keeping a thing growing, as "maintain" keeps it running ("design and evolve the public API")
        "evolve evolves evolving "
        # what the ad asks to be shown ("Show 5+ years of consulting experience"):
        # the asking, not a thing asked
        "show shows "
        # which one of what is named, or with whom: "Kubernetes, specifically EKS", "WCAG 2.2 in particular",
        # "OKRs together with product" ask for EKS, WCAG 2.2 and OKRs set with product
        "specifically particular particularly especially notably together"
    )
)
