"""The GitHub/flows fixtures (tests/support/github_fixtures.py), as tests/flows and tests/github use them."""

from tests.support.github_fixtures import *  # noqa: F403
