"""The REST shim speaks Upstash's protocol: shapes, auth, encodings, pipelines, scripts."""

from __future__ import annotations

import base64
import hashlib
from typing import Any

import httpx
import pytest
import redis
from upstash_redis.errors import UpstashError

from tests.support.upstash_rest_shim import UpstashRestShim, compatible_script


def post(
    shim: UpstashRestShim, path: str, body: Any, *, b64: bool = False, token: str | None = None
) -> httpx.Response:
    headers = {"Authorization": f"Bearer {token or shim.token}"}
    if b64:
        headers["Upstash-Encoding"] = "base64"
    return httpx.post(shim.url + path, json=body, headers=headers, timeout=60)


def test_single_command_result_and_error_shapes(shim: UpstashRestShim, direct: redis.Redis) -> None:
    assert post(shim, "/", ["SET", "k", "v"]).json() == {"result": "OK"}
    assert post(shim, "/", ["GET", "k"]).json() == {"result": "v"}
    assert post(shim, "/", ["GET", "missing"]).json() == {"result": None}
    assert post(shim, "/", ["INCRBY", "n", 5]).json() == {"result": 5}
    assert post(shim, "/", ["LRANGE", "nothing", 0, -1]).json() == {"result": []}
    wrong = post(shim, "/", ["INCR", "k"])
    assert wrong.status_code == 400 and wrong.json()["error"].startswith("ERR value is not an integer")
    wrongtype = post(shim, "/", ["LPUSH", "k", "x"]).json()
    assert wrongtype["error"].startswith("WRONGTYPE")
    assert direct.get("k") == b"v", "the shim really wrote to redis-server"


def test_bearer_token_is_required(shim: UpstashRestShim, direct: redis.Redis) -> None:
    assert post(shim, "/", ["SET", "a", "1"], token="wrong").status_code == 401
    missing = httpx.post(shim.url + "/", json=["SET", "a", "1"], timeout=60)
    assert missing.status_code == 401 and missing.json() == {"error": "Unauthorized"}
    assert direct.get("a") is None, "an unauthorised command must not run"


def test_base64_encoding_on_request(shim: UpstashRestShim, direct: redis.Redis) -> None:
    direct.set("u", "héllo")
    assert post(shim, "/", ["GET", "u"], b64=True).json() == {
        "result": base64.b64encode("héllo".encode()).decode()
    }
    assert post(shim, "/", ["SET", "x", "1"], b64=True).json() == {"result": "OK"}, "status OK stays plain"
    assert post(shim, "/", ["INCR", "x"], b64=True).json() == {"result": 2}, "integers are not encoded"
    direct.rpush("l", "a", "b")
    assert post(shim, "/", ["LRANGE", "l", 0, -1], b64=True).json() == {"result": ["YQ==", "Yg=="]}


def test_pipeline_runs_each_command_and_reports_each_error(
    shim: UpstashRestShim, direct: redis.Redis
) -> None:
    body = post(
        shim, "/pipeline", [["SET", "p", "1"], ["INCR", "p"], ["LPUSH", "p", "x"], ["GET", "p"]]
    ).json()
    assert body[0] == {"result": "OK"} and body[1] == {"result": 2} and body[3] == {"result": "2"}
    assert body[2]["error"].startswith("WRONGTYPE")


def test_multi_exec_is_atomic_and_aborts_on_a_bad_command(shim: UpstashRestShim, direct: redis.Redis) -> None:
    ok = post(shim, "/multi-exec", [["INCR", "m"], ["INCR", "m"], ["GET", "m"]]).json()
    assert ok == [{"result": 1}, {"result": 2}, {"result": "2"}]
    aborted = post(shim, "/multi-exec", [["INCR", "m"], ["NOSUCHCOMMAND"]])
    assert aborted.status_code == 400 and "unknown command" in aborted.json()["error"].lower()
    assert direct.get("m") == b"2", "nothing of an aborted transaction ran"


def test_library_client_end_to_end(upstash: Any) -> None:
    assert upstash.set("a", "b") is True and upstash.get("a") == "b"
    assert upstash.incrbyfloat("f", 0.25) == 0.25
    pipe = upstash.pipeline()
    pipe.incr("c")
    pipe.incr("c")
    assert pipe.exec() == [1, 2]
    with pytest.raises(UpstashError, match="WRONGTYPE"):
        upstash.lpush("a", "x")


def test_upstash_only_script_flags_are_dropped() -> None:
    script = "#!lua flags=allow-key-locking,no-writes\nreturn 1"
    assert compatible_script(script) == "#!lua flags=no-writes\nreturn 1"
    assert compatible_script("return 2") == "return 2"
    assert (
        compatible_script("#!lua name=x flags=allow-key-locking\nreturn 1") == "#!lua name=x flags=\nreturn 1"
    )


def test_eval_evalsha_and_script_load_with_the_clients_hash(shim: UpstashRestShim, upstash: Any) -> None:
    script = "#!lua flags=allow-key-locking\nreturn redis.call('INCRBY', KEYS[1], ARGV[1])"
    assert upstash.eval(script, ["e"], [3]) == 3
    sha = hashlib.sha1(script.encode()).hexdigest()
    assert upstash.evalsha(sha, ["e"], [4]) == 7
    other = "#!lua flags=allow-key-locking\nreturn 'loaded'"
    other_sha = hashlib.sha1(other.encode()).hexdigest()
    assert upstash.script_load(other) == other_sha
    assert upstash.evalsha(other_sha) == "loaded"
    with pytest.raises(UpstashError, match="NOSCRIPT"):
        upstash.evalsha("0" * 40)


@pytest.mark.parametrize(
    "body",
    [{"not": "a list"}, [], [1, 2], ["SET", "k", True], ["SET", "k", None], ["SET", "k", {"a": 1}]],
)
def test_malformed_commands_are_refused(shim: UpstashRestShim, direct: redis.Redis, body: Any) -> None:
    response = post(shim, "/", body)
    assert response.status_code == 400 and response.json()["error"].startswith("ERR")
    assert direct.dbsize() == 0


def test_unknown_endpoint_and_non_json(shim: UpstashRestShim) -> None:
    assert post(shim, "/set/a/b", ["SET"]).status_code == 404
    raw = httpx.post(
        shim.url + "/", content=b"{", headers={"Authorization": f"Bearer {shim.token}"}, timeout=60
    )
    assert raw.status_code == 400
