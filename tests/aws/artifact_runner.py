"""Runs one built function the way Lambda would, in a fresh interpreter, with only what was packaged.

Started by tests/aws/test_built_artifact.py as ``python3.13 -I -S artifact_runner.py <function dir>
<layer python dirs> <event file> <calls file>``: ``-I -S`` keeps the development venv, the user site
and any site-packages off the path, so ``sys.path`` is the standard library, the function folder and
the ``python/`` of each of the function's layers (``os.pathsep``-separated, in the template's order:
on Lambda they are all extracted into ``/opt``, so ``/opt/python`` holds them together). This file itself imports
only the standard library until the path is set.

It records each AWS API call (botocore's ``before-parameter-build`` hook, from the layer's botocore)
to the calls file for the IAM check, refuses any connection off loopback (no test reaches the
network), calls the handler with the event and prints the result as JSON on the last line.
"""

import importlib.util
import json
import os
import socket
import sys
import time
import uuid


def _guard_network() -> None:
    real = socket.socket.connect

    def connect(self, address):  # type: ignore[no-untyped-def]
        if isinstance(address, tuple) and self.family in (socket.AF_INET, socket.AF_INET6):
            host = str(address[0])
            if host not in ("127.0.0.1", "::1", "localhost"):
                raise OSError(f"the built function tried to reach {host}: tests must not reach the network")
        return real(self, address)

    socket.socket.connect = connect  # type: ignore[method-assign]


def _record_calls(path: str) -> None:
    import botocore.session

    original = botocore.session.Session.__init__

    def hook(params, model, **_):  # type: ignore[no-untyped-def]
        sm = model.service_model
        keep = {k: params[k] for k in ("TableName", "IndexName") if k in params}
        if "RequestItems" in params:
            keep["RequestItems"] = {t: {} for t in params["RequestItems"]}
        if "TransactItems" in params:
            keep["TransactItems"] = [
                {kind: {"TableName": body.get("TableName", "")} for kind, body in item.items()}
                for item in params["TransactItems"]
            ]
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(json.dumps([sm.signing_name or sm.endpoint_prefix, model.name, keep]) + "\n")

    def init(session, *args, **kwargs):  # type: ignore[no-untyped-def]
        original(session, *args, **kwargs)
        session.register("before-parameter-build", hook, unique_id="heyfolio-artifact-recorder")

    botocore.session.Session.__init__ = init  # type: ignore[method-assign]

    from heyfolio.aws import lite  # the layer's standard-library DynamoDB and S3 client of the hot read paths

    def lite_hook(service, operation, params):  # type: ignore[no-untyped-def]
        keep = {k: params[k] for k in ("TableName", "IndexName") if k in params}
        if "RequestItems" in params:
            keep["RequestItems"] = {t: {} for t in params["RequestItems"]}
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(json.dumps([service, operation, keep]) + "\n")

    lite.on_call(lite_hook)


class Context:
    """The LambdaContext attributes handlers and Powertools read."""

    def __init__(self, name: str) -> None:
        self.function_name = name
        self.function_version = "$LATEST"
        self.memory_limit_in_mb = 512
        self.aws_request_id = str(uuid.uuid4())
        self.invoked_function_arn = f"arn:aws:lambda:us-east-1:123456789012:function:{name}"
        self.log_group_name = f"/aws/lambda/{name}"
        self.log_stream_name = "built-artifact"
        self._deadline = time.monotonic() + 30

    def get_remaining_time_in_millis(self) -> int:
        return max(0, int((self._deadline - time.monotonic()) * 1000))


def _peak_mb() -> float:
    """This interpreter's peak resident memory (``VmHWM``: unlike ``ru_maxrss``, not carried over
    from the test process that started it); 0 where /proc is missing."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def main() -> None:
    function_dir, layer_dirs, event_file, calls_file = sys.argv[1:5]
    sys.path[:0] = [function_dir, *layer_dirs.split(os.pathsep)]
    _guard_network()
    _record_calls(calls_file)
    spec = importlib.util.spec_from_file_location("app", f"{function_dir}/app.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["app"] = module
    spec.loader.exec_module(module)
    with open(event_file, encoding="utf-8") as fh:
        event = json.load(fh)
    result = module.handler(event, Context(function_dir.rstrip("/").rsplit("/", 1)[-1]))
    leaked = sorted(p for p in sys.path if "site-packages" in p or ".venv" in p)
    peak_mb = _peak_mb()
    print("\n" + json.dumps({"result": result, "leaked_paths": leaked, "peak_mb": peak_mb}, default=str))


if __name__ == "__main__":
    main()
