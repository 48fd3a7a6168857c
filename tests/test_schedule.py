"""The parallel run's file order (tests/support/schedule.py): longest expected first, nothing dropped."""

from __future__ import annotations

from tests.support.schedule import DEFAULT_TEST_SECONDS, order_longest_first


def test_files_go_longest_first_by_the_sum_of_their_tests_seconds() -> None:
    units = {
        "tests/a.py": ["tests/a.py::one", "tests/a.py::two"],
        "tests/b.py": ["tests/b.py::slow"],
        "tests/c.py": [f"tests/c.py::t{i}" for i in range(30)],
    }
    seconds = {"tests/a.py::one": 1.0, "tests/a.py::two": 2.0, "tests/b.py::slow": 100.0}
    # c: 30 unmeasured tests at the default each; b: one measured slow test; a: 3 s.
    assert 30 * DEFAULT_TEST_SECONDS > 3.0
    assert order_longest_first(units, seconds) == ["tests/b.py", "tests/c.py", "tests/a.py"]


def test_unmeasured_files_keep_their_order_and_every_file_is_kept() -> None:
    units = {f"tests/f{i}.py": [f"tests/f{i}.py::t"] for i in range(5)}
    assert order_longest_first(units, {}) == list(units)
    assert order_longest_first(units, {"tests/f3.py::t": 9.0}) == [
        "tests/f3.py",
        "tests/f0.py",
        "tests/f1.py",
        "tests/f2.py",
        "tests/f4.py",
    ]
