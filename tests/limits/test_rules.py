"""Limit rules as written in settings, and their validation at startup."""

from __future__ import annotations

import pytest

from heyfolio.config import Settings
from heyfolio.limits.rules import Window, parse_limits


def test_parse_sorts_shortest_first_and_labels_round_trip() -> None:
    windows = parse_limits("120/d, 5/m,40/h")
    assert windows == (Window(60, 5), Window(3600, 40), Window(86400, 120))
    assert [w.label for w in windows] == ["5/m", "40/h", "120/d"]
    assert parse_limits("100/10s")[0] == Window(10, 100) and parse_limits("100/10s")[0].label == "100/10s"
    assert parse_limits("7/90m")[0].label == "7/90m"


@pytest.mark.parametrize("text", ["", " , ", "5", "5/w", "x/m", "0/m", "5/0m", "-1/m", "5/m,6/m", "5/m;40/h"])
def test_bad_rules_are_refused_with_the_setting_name(text: str) -> None:
    with pytest.raises(ValueError, match="HEYFOLIO_CHAT_LIMITS"):
        parse_limits(text, setting="HEYFOLIO_CHAT_LIMITS")


def test_settings_defaults_and_overrides() -> None:
    default = Settings.from_env({})
    assert [w.label for w in default.chat_limits] == ["5/m", "40/h", "120/d"]
    assert [w.label for w in default.mcp_limits] == ["3000/m"], "locally: room for the Inspector"
    on_aws = Settings.from_env({"HEYFOLIO_ENV": "aws"})
    assert [w.label for w in on_aws.mcp_limits] == ["300/m", "6000/h", "50000/d"], "per verified caller"
    assert [w.label for w in on_aws.limits["mcp_ip"]] == ["60/m", "600/h", "3000/d"], "anonymous, per IP"
    s = Settings.from_env(
        {
            "HEYFOLIO_CHAT_LIMITS": "2/m",
            "HEYFOLIO_MCP_LIMITS": "10/s,100/h",
            "HEYFOLIO_BUDGET_DAILY_USD": "0.5",
            "HEYFOLIO_BUDGET_MONTHLY_USD": "9",
            "HEYFOLIO_LIMITS_BACKEND": "memory",
            "HEYFOLIO_BODY_LIMITS": "/api/chat=4k,*=1m",
            "HEYFOLIO_JSON_MAX_DEPTH": "8",
        }
    )
    assert s.chat_limits == (Window(60, 2),) and s.mcp_limits == (Window(1, 10), Window(3600, 100))
    assert (s.budget_daily_usd, s.budget_monthly_usd, s.limits_backend) == (0.5, 9.0, "memory")
    assert s.body_limits["/api/chat"] == 4096 and s.body_limits["*"] == 1024 * 1024
    assert s.body_limits["/mcp"] == 64 * 1024 and s.json_max_depth == 8


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"HEYFOLIO_MCP_LIMITS": "lots"}, "HEYFOLIO_MCP_LIMITS"),
        ({"HEYFOLIO_BUDGET_DAILY_USD": "five"}, "HEYFOLIO_BUDGET_DAILY_USD"),
        ({"HEYFOLIO_BUDGET_MONTHLY_USD": "-1"}, "HEYFOLIO_BUDGET_MONTHLY_USD"),
        ({"HEYFOLIO_BUDGET_DAILY_USD": "nan"}, "HEYFOLIO_BUDGET_DAILY_USD"),
        ({"HEYFOLIO_BUDGET_DAILY_USD": "inf"}, "HEYFOLIO_BUDGET_DAILY_USD"),
        ({"HEYFOLIO_LIMITS_BACKEND": "redis"}, "HEYFOLIO_LIMITS_BACKEND"),
        ({"HEYFOLIO_BODY_LIMITS": "/mcp:64k"}, "HEYFOLIO_BODY_LIMITS"),
        ({"HEYFOLIO_BODY_LIMITS": "/mcp=0"}, "HEYFOLIO_BODY_LIMITS"),
    ],
)
def test_bad_settings_stop_startup(env: dict[str, str], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Settings.from_env(env)
