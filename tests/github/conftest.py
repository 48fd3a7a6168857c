"""The GitHub/flows fixtures (tests/support/github_fixtures.py), shared with the sibling folder."""

from tests.support.github_fixtures import *  # noqa: F403
