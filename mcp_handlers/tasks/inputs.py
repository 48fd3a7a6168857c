"""The flows' questions to a task's client and its answers: :mod:`heyfolio.flows.task_inputs`.

Kept here under its old name for the task layer (``status``, ``methods``) and its tests; the store
lives in the core because the flows' own steps (core) ask through it.
"""

from heyfolio.flows.task_inputs import (
    MAX_KEY_CHARS,
    PK_PREFIX,
    RETENTION_SECONDS,
    answer,
    answers,
    ask,
    outstanding,
)

__all__ = ["MAX_KEY_CHARS", "PK_PREFIX", "RETENTION_SECONDS", "answer", "answers", "ask", "outstanding"]
