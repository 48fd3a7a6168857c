"""``heyfolio eval --questions mine.yaml --jobs jobs.yaml``: the project's answer checks on your content.

Why: an owner should see, before visitors do, whether the portfolio answers the questions recruiters
ask and how job descriptions are judged against it, with the misses spelled out so the content can
say more (see README, "How an owner checks the answers").
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from heyfolio.config import get_settings
from heyfolio.content.model import ContentError

__all__ = ["run_eval"]


def run_eval(
    *, content: Path, questions: Sequence[Path], jobs: Sequence[Path], fail_under: float | None = None
) -> int:
    """Print each set's figures and misses; 0, or 1 when a rate is under ``fail_under``, 2 on bad input."""
    import yaml

    from heyfolio.dev.evaluate import load_questions, score_offline, score_search
    from heyfolio.jobfit.evaluate import evaluate_jobfit
    from heyfolio.published import load_published

    try:
        published = load_published(content, get_settings())
    except ContentError as exc:
        print(f"content at {content} is not valid: {exc}", file=sys.stderr)
        return 2
    rates: list[float] = []
    for path in questions:
        try:
            qs = load_questions(path)
        except (OSError, ValueError) as exc:
            print(f"{path}: {exc}", file=sys.stderr)
            return 2
        search = score_search(published.index, qs)
        offline = score_offline(published.portfolio, published.index, qs)
        rates += [search.rate, offline.rate]
        print(f"{path.name}: {len(qs)} questions")
        print(f"  search recall@5: {search.hits}/{search.total} = {search.rate:.3f}")
        print(
            f"  offline answers with the facts and cited: {offline.hits}/{offline.total} = {offline.rate:.3f}"
            f" (unanswerable questions answered anyway: {offline.unanswerable_answered})"
        )
        for line in search.misses:
            print(f"  search miss: {line}")
        for line in offline.misses:
            print(f"  offline miss: {line}")
    for path in jobs:
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
            result = evaluate_jobfit(data, lambda _name: (published.portfolio, published.chunks))
        except (OSError, ValueError, KeyError, yaml.YAMLError) as exc:
            print(f"{path}: {exc}", file=sys.stderr)
            return 2
        rates += [result.accuracy, result.matched_precision]
        s = result.summary()
        print(f"{path.name}: {s['jobs']} jobs, {s['requirements']} requirements")
        print(
            f"  accuracy {s['accuracy']:.3f}, precision of 'matched' {s['matched_precision']:.3f}, extras {s['extras']}"
        )
        for line in result.misses:
            print(f"  job-fit miss: {line}")
    if fail_under is not None and any(r < fail_under for r in rates):
        return 1
    return 0
