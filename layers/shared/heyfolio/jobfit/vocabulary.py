"""Related skills for job fit, organised by concept: a general vocabulary, reviewed by hand, that
holds for any owner's content (nothing here names the sample owners' projects or employers).

Why by concept: a job ad and a résumé name the same thing differently (a recruiter writes "ARM
instances", an engineer "Graviton"; an ad "learners", a club "students"). Each concept says which
words *show* it (a narrower or same thing: Graviton is an ARM instance, so it shows "ARM") and
which are only *related* (cloud spend is related to FinOps, not FinOps itself: partial evidence).
Links run one way, from the thing asked to what shows it; the reverse is not implied (EKS shows
Kubernetes; Kubernetes does not show EKS).

``SHOWN_BY`` and ``RELATED_TO`` are merged into the matcher's own tables (``assess``).
"""

from __future__ import annotations

__all__ = ["CONCEPTS", "RELATED_TO", "SHOWN_BY"]

# concept -> (asked as, shown by, related only)
CONCEPTS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    # Hardware and cloud
    "ARM processors": (
        ("arm", "arm64", "aarch64"),
        ("graviton", "arm64", "aarch64", "apple silicon", "cortex-m", "cortex-a"),
        (),
    ),
    "GPU computing": (("gpu", "gpus"), ("cuda", "gpu", "gpus"), ("webgl", "webgpu", "glsl", "shader")),
    "Cloud cost management": (("finops",), ("finops",), ("aws spend", "cloud spend", "cost", "right-sizing")),
    # Reliability
    "Service-level objectives": (
        ("slo", "slos", "sli", "service level objective"),
        ("slo", "slos", "service level objective", "error budget"),
        ("p99", "p95", "mean time to recovery", "sla", "latency target"),
    ),
    "Event streaming": (
        ("event streaming", "event-streaming", "streaming platform"),
        ("event ingestion", "event pipeline", "kafka", "redpanda", "pulsar", "kinesis", "stream processing"),
        ("message queue", "rabbitmq", "sqs"),
    ),
    "Caching": (
        ("caching", "cache", "caches"),
        ("cache", "caching", "cached", "redis", "memcached", "varnish", "cdn"),
        (),
    ),
    # Data science
    "Model validation": (
        ("cross-validation", "backtesting", "backtest", "backtests"),
        ("cross-validation", "backtest", "backtests", "backtesting", "holdout", "walk-forward"),
        ("evaluation",),
    ),
    # Teaching and people
    "Learners": (("learner", "learners"), ("students", "pupils", "trainees", "learners"), ()),
    "Young people": (
        ("kids", "teenagers", "teens", "youth"),
        ("young people", "children", "teenagers", "teens", "kids", "pupils", "schoolchildren"),
        (),
    ),
    "Programming": (("programming", "coding"), ("coding", "programming", "code club"), ()),
    # Ways of working
    "Manual work": (("manual", "manually"), ("by hand", "hand-managed", "manually", "manual"), ()),
    # Media
    "Video encoding": (
        ("video encoding", "video coding"),
        ("video compression", "video codec", "mpeg", "h.264", "hevc", "av1"),
        ("compression", "codec"),
    ),
    # Interfaces
    "User interfaces": (
        ("ui", "ux", "ui/ux", "user interface"),
        ("user interface", "ui", "ux"),
        ("frontend", "dashboard", "web development", "html", "css", "react"),
    ),
}


def _tables() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    shown: dict[str, tuple[str, ...]] = {}
    related: dict[str, tuple[str, ...]] = {}
    for asked, by, rel in CONCEPTS.values():
        for a in asked:
            shown[a] = tuple(dict.fromkeys([*shown.get(a, ()), *(b for b in by if b != a)]))
            if rel:
                related[a] = tuple(dict.fromkeys([*related.get(a, ()), *rel]))
    return shown, related


SHOWN_BY, RELATED_TO = _tables()
