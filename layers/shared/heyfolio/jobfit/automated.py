"""Automated testing asked ("experience writing automated tests", "test automation") against testing that was
run by hand or coordinated ("Coordinated user acceptance testing (UAT) with lenders").
Why: "automated" shares its stem with the ad's wrapper verb "automate" ("Automate bank reconciliations"), so
the word was read as wording and the ask came down to "tests", which any testing line met. Automated testing
is a kind of testing: a content shows it by saying so (automated tests, test automation), by a kind of test
only code runs (unit, integration, end-to-end, regression suites) or by a test framework it names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["automation_unshown"]

_AUTOMATED_ASK = re.compile(
    r"\bautomated\s+(?:[\w-]+\s+){0,2}?(?:tests?|testing)\b|\btest(?:ing)?\s+automation\b|"
    r"\bautomation\s+test(?:s|ing)?\b",
    re.IGNORECASE,
)
_AUTOMATED_SHOWN = re.compile(
    r"\bautomated\s+(?:[\w-]+\s+){0,2}?(?:tests?|testing|test suites?)\b|\btest(?:ing)?\s+automation\b|"
    r"\bautomation\s+test(?:s|ing)?\b|\bautomated\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?tests?\b|"
    r"\b(?:unit|integration|end-to-end|e2e|regression|contract|snapshot|property-based|load|component|ui)"
    r"[- ]tests?\b|\btest[- ]driven\b|\bTDD\b|\btest (?:suites?|harness(?:es)?|coverage)\b|"
    r"\b(?:pytest|junit|testng|nunit|xunit|jest|vitest|mocha|jasmine|rspec|cypress|selenium|playwright|appium|"
    r"detox|xctest|espresso|testcontainers|cucumber|robot framework|k6|gatling|jmeter|postman|phpunit|"
    r"hypothesis|unittest)\b|"
    # tests written as code ("Wrote 400 tests for the billing service", "an automation framework in Java")
    r"\b(?:wrote|written|writing|write|writes|added|adding|built|building)\s+(?:[\w,-]+\s+){0,3}?tests\b|"
    r"\bautomation\s+(?:framework|suite|scripts?|harness)\b",
    re.IGNORECASE,
)
# A sentence that says both an automating word and testing ("automated the regression suite", "QA automation").
_AUTOMATING = re.compile(r"\bautomat\w*", re.IGNORECASE)
_TESTING = re.compile(r"\b(?:test\w*|QA|regression|quality assurance)\b", re.IGNORECASE)


def automation_unshown(ask: str, sentences: Iterable[str]) -> bool:
    """Whether ``ask`` asks automated testing that no sentence of the content shows."""
    if _AUTOMATED_ASK.search(ask) is None:
        return False
    return not any(
        _AUTOMATED_SHOWN.search(s) or (_AUTOMATING.search(s) and _TESTING.search(s)) for s in sentences
    )
